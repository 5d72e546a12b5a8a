import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Runs Neo4j Community embedded with Bolt on 127.0.0.1 for dealgraph. Started from source
 * (`java -cp 'lib/*' Launcher.java ...`) so no build step is needed.
 *
 * Protocol on stdout (everything else Neo4j says goes to the logs in the data dir):
 *   DEALGRAPH_NEO4J_READY bolt://127.0.0.1:PORT   once Bolt accepts connections
 *   DEALGRAPH_NEO4J_ERROR CODE message             then exit with a non-zero status
 */
public class Launcher {
  static final String READY_PREFIX = "DEALGRAPH_NEO4J_READY";
  static final String ERROR_PREFIX = "DEALGRAPH_NEO4J_ERROR";
  static final String BOLT_HOST = "127.0.0.1";
  static final String DEFAULT_DATABASE = "neo4j";
  static final long DEFAULT_PAGECACHE_MB = 256;
  static final long DEFAULT_TX_MEMORY_MB = 512;
  /** Small transaction log files: dealgraph's writes are batched, and big files just waste disk. */
  static final long LOG_ROTATION_THRESHOLD_BYTES = 32L * 1024 * 1024;
  static final long DATABASE_AVAILABLE_TIMEOUT_MS = 120_000;
  static final int BOLT_PROBE_TIMEOUT_MS = 2_000;
  static final long MB = 1024L * 1024L;
  /** Procedures a --plugin-dir may register and run unrestricted (APOC for the bench's @neo4j/graphql run). */
  static final String PLUGIN_PROCEDURES = "apoc.*";

  static final int EXIT_BAD_ARGS = 2;
  static final int EXIT_START_FAILED = 3;

  /** The real stdout, kept for the protocol lines; System.out is pointed at stderr so stray prints stay out of it. */
  static PrintStream protocol;
  static final AtomicBoolean stopped = new AtomicBoolean(false);
  static final AtomicReference<DatabaseManagementService> running = new AtomicReference<>();

  public static void main(String[] args) {
    protocol = System.out;
    System.setOut(System.err);

    Path dataDir = null;
    int boltPort = 7687;
    long pageCacheMb = DEFAULT_PAGECACHE_MB;
    long txMemoryMb = DEFAULT_TX_MEMORY_MB;
    boolean watchStdin = false;
    Path pluginDir = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--data-dir": dataDir = Path.of(args[++i]).toAbsolutePath(); break;
          case "--bolt-port": boltPort = Integer.parseInt(args[++i]); break;
          case "--pagecache-mb": pageCacheMb = Long.parseLong(args[++i]); break;
          case "--tx-memory-mb": txMemoryMb = Long.parseLong(args[++i]); break;
          case "--watch-stdin": watchStdin = true; break;
          case "--plugin-dir": pluginDir = Path.of(args[++i]).toAbsolutePath(); break;
          default: throw new IllegalArgumentException("unknown argument " + args[i]);
        }
      }
      if (dataDir == null) throw new IllegalArgumentException("--data-dir is required");
      if (boltPort < 0 || boltPort > 65535) throw new IllegalArgumentException("--bolt-port out of range: " + boltPort);
    } catch (RuntimeException e) {
      fail("BAD_ARGS", e.getMessage() == null ? e.toString() : e.getMessage(), EXIT_BAD_ARGS);
      return;
    }

    // Both before the (slow) start, so a parent that dies meanwhile still takes us down.
    Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "dealgraph-neo4j-shutdown"));
    if (watchStdin) watchStdin();

    DatabaseManagementService service;
    try {
      Files.createDirectories(dataDir);
      DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
          .setConfig(GraphDatabaseSettings.logs_directory, dataDir.resolve("logs"))
          .setConfig(GraphDatabaseSettings.auth_enabled, false)
          .setConfig(GraphDatabaseSettings.udc_enabled, false)
          .setConfig(GraphDatabaseSettings.routing_enabled, false)
          .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
          .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, LOG_ROTATION_THRESHOLD_BYTES)
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * MB)
          .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, txMemoryMb * MB)
          .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, new SocketAddress(BOLT_HOST, boltPort))
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
      if (pluginDir != null) allowPlugins(builder, pluginDir);
      service = builder.build();
      running.set(service);
    } catch (Throwable e) {
      reportStartFailure(e, dataDir, boltPort);
      return;
    }

    try {
      GraphDatabaseService db = service.database(DEFAULT_DATABASE);
      if (!db.isAvailable(DATABASE_AVAILABLE_TIMEOUT_MS)) {
        fail("START_FAILED", "database " + DEFAULT_DATABASE + " not available after " + DATABASE_AVAILABLE_TIMEOUT_MS + " ms", EXIT_START_FAILED);
        return;
      }
      ConnectorPortRegister ports = ((GraphDatabaseAPI) db).getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
      HostnamePort bolt = ports.getLocalAddress(ConnectorType.BOLT);
      if (bolt == null) {
        fail("START_FAILED", "Bolt connector did not register a port", EXIT_START_FAILED);
        return;
      }
      probe(bolt.getPort());
      protocol.println(READY_PREFIX + " bolt://" + BOLT_HOST + ":" + bolt.getPort());
      protocol.flush();
    } catch (Throwable e) {
      reportStartFailure(e, dataDir, boltPort);
    }
  }

  /**
   * APOC-style plugins: Neo4j scans plugin_dir for procedures, and the jars must also be on our classpath
   * (the caller adds them). Only apoc.* gets unrestricted access; nothing changes without --plugin-dir.
   */
  static void allowPlugins(DatabaseManagementServiceBuilder builder, Path pluginDir) {
    builder
        .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of(PLUGIN_PROCEDURES))
        .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of(PLUGIN_PROCEDURES));
  }

  /** Ready means a client can connect, not just that the connector thinks it is bound. */
  static void probe(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(BOLT_HOST, port), BOLT_PROBE_TIMEOUT_MS);
    }
  }

  /** The owning Node process holds our stdin; when it dies (even by SIGKILL) the pipe closes and we must go. */
  static void watchStdin() {
    Thread watcher = new Thread(() -> {
      InputStream in = System.in;
      byte[] buffer = new byte[256];
      try {
        while (in.read(buffer) >= 0) {
          // input is ignored; only end-of-file matters
        }
      } catch (IOException ignored) {
        // a broken pipe means the same as end-of-file
      }
      System.exit(0);
    }, "dealgraph-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  static void shutdown() {
    DatabaseManagementService service = running.get();
    if (service == null || !stopped.compareAndSet(false, true)) return;
    try {
      service.shutdown();
    } catch (Throwable e) {
      System.err.println("dealgraph: Neo4j shutdown failed: " + e);
    }
  }

  static void reportStartFailure(Throwable e, Path dataDir, int boltPort) {
    e.printStackTrace(System.err);
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      String message = String.valueOf(t.getMessage());
      if (t instanceof BindException || name.endsWith("PortBindException") || message.contains("Address already in use")) {
        fail("PORT_IN_USE", "port " + boltPort + " on " + BOLT_HOST + " is already in use", EXIT_START_FAILED);
        return;
      }
      if (name.endsWith("FileLockException") || message.contains("locked by another process")) {
        fail("STORE_LOCKED", "data dir " + dataDir + " is locked by another Neo4j process", EXIT_START_FAILED);
        return;
      }
    }
    Throwable root = e;
    while (root.getCause() != null) root = root.getCause();
    fail("START_FAILED", root.getClass().getSimpleName() + ": " + root.getMessage(), EXIT_START_FAILED);
  }

  static void fail(String code, String message, int exitCode) {
    protocol.println(ERROR_PREFIX + " " + code + " " + message.replace('\n', ' '));
    protocol.flush();
    System.exit(exitCode);
  }
}
