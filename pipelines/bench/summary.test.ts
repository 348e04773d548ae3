// The last line of every bench is read by scripts: one `name=value` pair per word.
import { describe, expect, it } from 'vitest';
import { quantile } from './load-generator.js';
import { summaryLine } from './summary.js';

describe('bench summary line', () => {
  it('starts with the bench, keeps values free of spaces and ends with the load and cores', () => {
    const line = summaryLine('fraud', { claims_per_s_core: 1234, arrival_p50_ms: 12.3456, note: 'two words', ok: true }, 61.7);
    const pairs = Object.fromEntries(line.split(' ').map((p) => p.split('=') as [string, string]));
    expect(line.split(' ').every((p) => /^[a-z0-9_]+=\S+$/.test(p))).toBe(true);
    expect(pairs['bench']).toBe('fraud');
    expect(pairs['claims_per_s_core']).toBe('1234');
    expect(pairs['arrival_p50_ms']).toBe('12.35');
    expect(pairs['note']).toBe('two_words');
    expect(pairs['ok']).toBe('true');
    expect(pairs['seconds']).toBe('62');
    expect(Number(pairs['load'])).toBeGreaterThanOrEqual(0);
    expect(Number(pairs['cores'])).toBeGreaterThanOrEqual(1);
    expect(Object.keys(pairs).at(-1)).toBe('cores');
  });

  it("keeps the zeros of a number's whole part", () => {
    const line = summaryLine('fraud', { p99: 3049.7, p50: 1103.8, cpu: 250.0, small: 0.125, tiny: 20.5 }, 1);
    const pairs = Object.fromEntries(line.split(' ').map((p) => p.split('=') as [string, string]));
    expect(pairs['p99']).toBe('3050');
    expect(pairs['p50']).toBe('1104');
    expect(pairs['cpu']).toBe('250');
    expect(pairs['small']).toBe('0.125');
    expect(pairs['tiny']).toBe('20.5');
  });
});

describe('quantile (nearest rank)', () => {
  it('gives the p50, p99 and maximum of sorted latencies', () => {
    const sorted = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(100);
    expect(quantile(sorted, 0.99)).toBe(198);
    expect(quantile(sorted, 1)).toBe(200);
    expect(quantile([7], 0.99)).toBe(7);
    expect(Number.isNaN(quantile([], 0.5))).toBe(true);
  });
});
