// What every bench ends with: the load average it ran under and one line of name=value
// pairs a script can read (`grep '^bench=' | tr ' ' '\n'`). A bench's run() returns its
// figures; the runner adds the bench's name, its wall time and the load average.
import { availableParallelism, loadavg } from 'node:os';

/** A bench's headline figures: names a script reads, values without spaces. */
export type BenchFigures = Readonly<Record<string, number | string | boolean>>;

/** The 1, 5 and 15 minute load averages, e.g. "1.23/0.98/0.50". */
export function loadAverage(): string {
  return loadavg()
    .map((v) => v.toFixed(2))
    .join('/');
}

/** A human line: the load average against the cores it shares. */
export function loadLine(when = 'now'): string {
  return `load average (1/5/15 min) ${when}: ${loadAverage()} on ${availableParallelism()} cores`;
}

// Four significant figures under 1,000 and whole numbers above (never an exponent); trailing zeros are
// trimmed only after a decimal point (3049.7 once came out as "305": "3050" lost its last zero).
const numberText = (v: number): string => {
  if (Number.isInteger(v) || Math.abs(v) >= 1000) return v.toFixed(0);
  const text = v.toPrecision(4);
  return text.includes('.') && !text.includes('e') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
};

const value = (v: number | string | boolean): string => (typeof v === 'number' ? numberText(v) : String(v).replace(/\s+/g, '_'));

/** `bench=NAME a=1 b=2.5 load=1.20 cores=2`: one line, one space between pairs. */
export function summaryLine(bench: string, figures: BenchFigures, seconds: number): string {
  const pairs: [string, number | string | boolean][] = [
    ['bench', bench],
    ...Object.entries(figures),
    ['seconds', Math.round(seconds)],
    ['load', Number((loadavg()[0] ?? 0).toFixed(2))],
    ['cores', availableParallelism()],
  ];
  return pairs.map(([k, v]) => `${k}=${value(v)}`).join(' ');
}
