import { createProgress } from '../../../cli/progress';

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const stream = {
    isTTY,
    text: '',
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream as unknown as NodeJS.WriteStream & { text: string };
}

describe('createProgress', () => {
  it('prints plain throttled lines off a terminal, and the final count once', () => {
    const stream = fakeStream(false);
    const progress = createProgress('ingest', stream);
    progress.tick(1, 3);
    progress.tick(2, 3); // within the throttle interval: not printed
    progress.finish();
    const lines = stream.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^ingest: 1\/3 /);
    expect(lines[1]).toMatch(/^ingest: 2\/3 /);
  });

  it('does not repeat a final count it already printed', () => {
    const stream = fakeStream(false);
    const progress = createProgress('ingest', stream);
    progress.tick(5, 5);
    progress.finish();
    expect(stream.text.trim().split('\n')).toHaveLength(1);
  });

  it('redraws in place on a terminal and prints nothing when there was nothing to do', () => {
    const tty = fakeStream(true);
    const progress = createProgress('ingest', tty);
    progress.tick(1, 2);
    progress.tick(2, 2);
    progress.finish();
    expect(tty.text.split('\r\x1b[K').filter(Boolean)).toHaveLength(3);
    const idle = fakeStream(false);
    createProgress('ingest', idle).finish();
    expect(idle.text).toBe('');
  });
});
