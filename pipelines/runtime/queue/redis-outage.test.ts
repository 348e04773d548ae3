// The outage log folds a Redis outage into one line (plus a reminder per interval) and one
// "reachable again" line; errors while Redis is up are still logged one by one.
import { describe, expect, it } from 'vitest';
import type { RuntimeLog } from '../runtime-log.js';
import { isUnreachableError, RedisOutageLog, redactedRedisUrl } from './redis-outage.js';

function collectingLog(): RuntimeLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
}

describe('RedisOutageLog', () => {
  it('logs one line per outage, a reminder per interval, and the recovery', () => {
    let now = 0;
    const log = collectingLog();
    const outage = new RedisOutageLog('redis://user:secret@10.0.0.5:6380', log, { reminderMs: 30_000, now: () => now });
    for (let i = 0; i < 145 * 10; i++) {
      now += 7; // ten seconds of errors at 145 a second, from several sources
      outage.error(i % 2 ? 'worker gates' : 'redis', refused());
    }
    expect(log.lines).toEqual(['warn Redis unreachable at redis://user:***@10.0.0.5:6380, retrying (connect ECONNREFUSED 127.0.0.1:6379)']);
    now += 25_000;
    outage.error('redis', new Error('Connection is closed.'));
    expect(log.lines).toHaveLength(2);
    expect(log.lines[1]).toMatch(
      /^warn Redis still unreachable at redis:\/\/user:\*\*\*@10\.0\.0\.5:6380 after 35 s, retrying \(1450 errors since the last line\)$/,
    );
    outage.up();
    expect(log.lines[2]).toBe('info Redis reachable again at redis://user:***@10.0.0.5:6380 after 35 s');
  });

  it('logs errors one by one while Redis is up (a near miss: not every error is an outage)', () => {
    const log = collectingLog();
    const outage = new RedisOutageLog('redis://127.0.0.1:6379', log);
    outage.error('worker stage-ingest', new Error('Missing lock for job 12. moveToFinished'));
    outage.error('worker stage-ingest', new Error('Missing lock for job 13. moveToFinished'));
    outage.up(); // no outage under way: nothing to announce
    expect(log.lines).toEqual([
      'error worker stage-ingest: Missing lock for job 12. moveToFinished',
      'error worker stage-ingest: Missing lock for job 13. moveToFinished',
    ]);
  });

  it('tells unreachable errors by their code or class, not by their message', () => {
    expect(isUnreachableError(refused())).toBe(true);
    expect(isUnreachableError(Object.assign(new Error('x'), { code: 'ETIMEDOUT' }))).toBe(true);
    expect(isUnreachableError(new Error('connect ECONNREFUSED (but only in the text)'))).toBe(false);
    expect(isUnreachableError('ECONNREFUSED')).toBe(false);
    expect(redactedRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
