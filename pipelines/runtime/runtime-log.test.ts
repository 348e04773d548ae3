// The runtime log shows people plain lines on a terminal and machines JSON elsewhere:
// one format per stream, never pino JSON in the middle of the human text.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createRuntimeLog } from './runtime-log.js';

function sink(isTTY: boolean): { stream: Writable & { isTTY: boolean }; lines: () => string[] } {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        text += String(chunk);
        done();
      },
    }),
    { isTTY },
  );
  return { stream, lines: () => text.split('\n').filter(Boolean) };
}

const flush = () => new Promise((r) => setTimeout(r, 20));

describe('runtime log', () => {
  it('writes plain, human lines on a terminal: time, level, message, no JSON', async () => {
    const out = sink(true);
    const log = createRuntimeLog('info', { stream: out.stream, env: { NO_COLOR: '1' } });
    log.info('worker up on redis://127.0.0.1:6379');
    log.warn('Redis unreachable, retrying');
    log.error('run failed: no such file');
    await flush();
    const lines = out.lines();
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d info {2}worker up on redis:\/\/127\.0\.0\.1:6379$/);
    expect(lines[1]).toMatch(/^\d\d:\d\d:\d\d warn {2}Redis unreachable, retrying$/);
    expect(lines[2]).toMatch(/^\d\d:\d\d:\d\d error run failed: no such file$/);
    for (const line of lines) expect(line.startsWith('{')).toBe(false);
  });

  it('writes JSON lines when the stream is not a terminal (logs, CI, pipes)', async () => {
    const out = sink(false);
    const log = createRuntimeLog('info', { stream: out.stream, env: {} });
    log.warn('disk nearly full');
    await flush();
    const [line] = out.lines();
    expect(JSON.parse(line!)).toMatchObject({ level: 40, msg: 'disk nearly full' });
  });

  it('writes JSON on a terminal when TELISIK_LOG_FORMAT=json, and plain lines off one with TELISIK_LOG_FORMAT=pretty', async () => {
    const tty = sink(true);
    createRuntimeLog('info', { stream: tty.stream, env: { TELISIK_LOG_FORMAT: 'json' } }).info('as json');
    const pipe = sink(false);
    createRuntimeLog('info', { stream: pipe.stream, env: { TELISIK_LOG_FORMAT: 'pretty', NO_COLOR: '1' } }).info('as text');
    await flush();
    expect(JSON.parse(tty.lines()[0]!)).toMatchObject({ msg: 'as json' });
    expect(pipe.lines()[0]).toMatch(/^\d\d:\d\d:\d\d info {2}as text$/);
  });

  it('refuses an unknown TELISIK_LOG_FORMAT, naming it', () => {
    expect(() => createRuntimeLog('info', { stream: sink(true).stream, env: { TELISIK_LOG_FORMAT: 'xml' } })).toThrow(/TELISIK_LOG_FORMAT/);
  });

  it('honours the level in both formats', async () => {
    for (const isTTY of [true, false]) {
      const out = sink(isTTY);
      const log = createRuntimeLog('warn', { stream: out.stream, env: { NO_COLOR: '1' } });
      log.info('hidden');
      log.warn('shown');
      await flush();
      expect(out.lines().join('\n')).not.toContain('hidden');
      expect(out.lines().join('\n')).toContain('shown');
    }
  });
});
