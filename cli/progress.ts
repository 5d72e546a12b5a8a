/** How often a long run reports when stderr is not a terminal (CI logs): one line per this many ms. */
export const PROGRESS_LOG_INTERVAL_MS = 2000;

export interface Progress {
  tick(done: number, total: number): void;
  /** Prints the final count; prints nothing when there was nothing to do. */
  finish(): void;
}

/**
 * A progress line on stderr: redrawn in place on a terminal, throttled plain lines otherwise, so that
 * piping `extract --json` to a file keeps stdout clean and CI logs stay short.
 */
export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastLog = 0;
  let last: { done: number; total: number } | null = null;
  let printedFinal = false;
  const line = (done: number, total: number): string => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    return `${label}: ${done}/${total} (${(done / seconds).toFixed(1)}/s)`;
  };
  return {
    tick(done, total) {
      last = { done, total };
      if (stream.isTTY) {
        stream.write('\r\x1b[K' + line(done, total));
      } else if (Date.now() - lastLog >= PROGRESS_LOG_INTERVAL_MS) {
        lastLog = Date.now();
        printedFinal = done === total;
        stream.write(line(done, total) + '\n');
      }
    },
    finish() {
      if (last && !printedFinal)
        stream.write((stream.isTTY ? '\r\x1b[K' : '') + line(last.done, last.total) + '\n');
    },
  };
}
