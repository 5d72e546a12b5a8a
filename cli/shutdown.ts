/** After this long, a shutdown that hangs gives way to a hard exit. */
export const SHUTDOWN_TIMEOUT_MS = 20000;

type Closer = () => Promise<void>;

/**
 * Runs the registered closers in reverse order once, on Ctrl-C, SIGTERM or a fatal error, so the HTTP
 * server stops before the driver and the driver before the Neo4j it talks to. The embedded JVM also exits
 * by itself when this process dies (it watches its stdin), so even a hard crash leaves no store lock.
 */
export function installShutdown(log: (line: string) => void = (l) => process.stderr.write(l + '\n')): {
  add(closer: Closer): void;
  shutdown(code: number): Promise<never>;
  /** True once a signal or a fatal error started the shutdown: errors after that are its consequences. */
  isShuttingDown(): boolean;
} {
  const closers: Closer[] = [];
  let shuttingDown: Promise<never> | null = null;

  const shutdown = (code: number): Promise<never> => {
    if (shuttingDown) return shuttingDown;
    shuttingDown = (async () => {
      const timer = setTimeout(() => {
        log('dealgraph: shutdown took too long, exiting');
        process.exit(code || 1);
      }, SHUTDOWN_TIMEOUT_MS);
      timer.unref();
      for (const close of [...closers].reverse()) {
        try {
          await close();
        } catch (err) {
          log(`dealgraph: error while shutting down: ${(err as Error).message}`);
        }
      }
      process.exit(code);
    })();
    return shuttingDown;
  };

  process.once('SIGINT', () => {
    log('\ndealgraph: shutting down…');
    void shutdown(0);
  });
  process.once('SIGTERM', () => void shutdown(0));
  process.once('uncaughtException', (err) => {
    log(`dealgraph: fatal: ${err.stack ?? err.message}`);
    void shutdown(1);
  });
  process.once('unhandledRejection', (err) => {
    log(`dealgraph: fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    void shutdown(1);
  });
  return { add: (closer) => closers.push(closer), shutdown, isShuttingDown: () => shuttingDown !== null };
}
