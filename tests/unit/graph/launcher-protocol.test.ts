import { isDealgraphError } from '../../../graph/errors';
import { checkPrerequisites, parseJavaMajor } from '../../../graph/local/jars';
import { launcherArgs, parseLauncherLine } from '../../../graph/local/jvm';

describe('launcher protocol', () => {
  it('reads the ready line with its real port', () => {
    expect(parseLauncherLine('DEALGRAPH_NEO4J_READY bolt://127.0.0.1:43123')).toEqual({
      kind: 'ready',
      uri: 'bolt://127.0.0.1:43123',
      port: 43123,
    });
  });

  it('maps error lines to typed errors, with a hint for a busy port', () => {
    const busy = parseLauncherLine(
      'DEALGRAPH_NEO4J_ERROR PORT_IN_USE port 7687 on 127.0.0.1 is already in use',
    );
    expect(busy?.kind).toBe('error');
    if (busy?.kind !== 'error') return;
    expect(busy.error.code).toBe('PORT_IN_USE');
    expect(busy.error.message).toContain('7687');
    expect(busy.error.message).toContain('NEO4J_BOLT_PORT');

    const locked = parseLauncherLine('DEALGRAPH_NEO4J_ERROR STORE_LOCKED data dir /d is locked');
    expect(locked?.kind === 'error' && locked.error.code).toBe('STORE_LOCKED');
    const other = parseLauncherLine('DEALGRAPH_NEO4J_ERROR START_FAILED boom');
    expect(other?.kind === 'error' && other.error.code).toBe('NEO4J_START_FAILED');
  });

  it('ignores anything else', () => {
    expect(parseLauncherLine('2026-01-01 INFO Started.')).toBeNull();
    expect(parseLauncherLine('DEALGRAPH_NEO4J_READY nonsense')).toBeNull();
  });

  it('passes memory, port and stdin watching to the JVM', () => {
    const args = launcherArgs({
      libDir: '/lib',
      dataDir: '/d',
      boltPort: 0,
      pageCacheMb: 64,
      heapMb: 512,
      watchStdin: true,
    });
    expect(args).toContain('-Xmx512m');
    expect(args.slice(args.indexOf('-cp'), args.indexOf('-cp') + 2)).toEqual(['-cp', '/lib/*']);
    expect(args.slice(args.indexOf('--bolt-port'), args.indexOf('--bolt-port') + 2)).toEqual([
      '--bolt-port',
      '0',
    ]);
    expect(args.slice(args.indexOf('--pagecache-mb'), args.indexOf('--pagecache-mb') + 2)).toEqual([
      '--pagecache-mb',
      '64',
    ]);
    expect(args).toContain('--watch-stdin');
    expect(
      launcherArgs({
        libDir: '/lib',
        dataDir: '/d',
        boltPort: 0,
        pageCacheMb: 64,
        heapMb: 512,
        watchStdin: false,
      }),
    ).not.toContain('--watch-stdin');
  });

  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['java version "1.8.0_392"', 8],
    ['openjdk version "25" 2025-09-16', 25],
    ['command not found', null],
  ])('parses java -version output %j', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('checkPrerequisites', () => {
  it('says what to install, or to use NEO4J_URI, when java is missing', () => {
    let error: unknown;
    try {
      checkPrerequisites({ needMaven: true, env: { ...process.env, PATH: '/nonexistent-dealgraph-path' } });
    } catch (err) {
      error = err;
    }
    expect(isDealgraphError(error, 'PREREQUISITE_MISSING')).toBe(true);
    expect((error as Error).message).toMatch(/Java 17\+/);
    expect((error as Error).message).toContain('Maven');
    expect((error as Error).message).toContain('NEO4J_URI');
  });
});
