// `telisik train --family poisson` on freMTPL2 as a whole process (start-up, load, fit,
// bundle, report with its charts) against R's glm on the same file and machine in the same
// run (issue 16: at most a fifth of R's time). The two take turns, TELISIK_BENCH_REPEATS times
// (default 3), and the medians are compared. R reads a CSV export of the Parquet file (base R
// reads no Parquet); its read and fit times are reported apart. Without Rscript the bench says so.
// TELISIK_TRAIN_BASELINE_CLI names another build's dist/pipelines/cli.js (an earlier commit's):
// it takes its turn too, so a change is measured before and after in the same run and load.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createOfflineDuckDB } from '../../data-samples/sql/index.js';
import { fremtpl2Path, fremtpl2SpecPath } from '../../models/families/poisson/fremtpl2.js';
import { loadAverage } from './summary.js';

const here = dirname(fileURLToPath(import.meta.url));
/** pipelines/bench in the source tree, where the R script lives (the build copies no .R file). */
const sourceHere = here.includes('/dist/') ? here.replace('/dist/', '/') : here;
const REPEATS = Number(process.env['TELISIK_BENCH_REPEATS'] ?? 3);
const BASELINE_CLI = process.env['TELISIK_TRAIN_BASELINE_CLI'];
/** The issue's target: telisik's whole process at most this share of R's. */
export const TRAIN_SHARE_OF_R_TARGET = 0.2;

interface Timed {
  readonly wall: number;
  readonly cpu: number;
  readonly maxRssMiB: number;
  readonly stdout: string;
}

/** Runs a command under /usr/bin/time when it exists (CPU and peak memory), else times the wall only. */
function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Timed {
  const gnuTime = spawnSync('/usr/bin/time', ['--version'], { encoding: 'utf8' }).status === 0;
  const started = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', command, ...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(command, [...args], { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr);
  return { wall, cpu: m ? Number(m[2]) + Number(m[3]) : Number.NaN, maxRssMiB: m ? Number(m[4]) / 1024 : Number.NaN, stdout: r.stdout };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

function hasRscript(): boolean {
  try {
    execFileSync('Rscript', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface TrainVsR {
  readonly telisikSeconds: number;
  readonly telisikCpuSeconds: number;
  readonly rSeconds: number | null;
  readonly rFitSeconds: number | null;
  readonly share: number | null;
  /** The baseline build's median wall time and share of R's, when one was given. */
  readonly baselineSeconds: number | null;
  readonly baselineShare: number | null;
}

export async function trainVersusR(): Promise<TrainVsR> {
  const dir = mkdtempSync(join(tmpdir(), 'telisik-train-vs-r-'));
  try {
    const data = fremtpl2Path();
    const cli = resolve(here, '../cli.js');
    // a throwaway signing key: the bundle is written and signed as in production, then deleted
    const env = { ...process.env, TELISIK_BUNDLE_KEY: process.env['TELISIK_BUNDLE_KEY'] ?? `bench-${'k'.repeat(40)}` };
    const r = hasRscript();
    const csv = join(dir, 'freMTPL2freq.csv');
    if (r) {
      const instance = await createOfflineDuckDB(':memory:');
      const c = await instance.connect();
      await c.run('COPY (SELECT * FROM read_parquet($1)) TO $2 (HEADER)', [data, csv]);
      c.closeSync();
      instance.closeSync();
    } else {
      console.log("Rscript not found: R's glm is not run (install it with `apt-get install -y r-base-core`); telisik alone is timed");
    }
    const ours: Timed[] = [];
    const before: Timed[] = [];
    const trainArgs = (i: number, tag: string): string[] => [
      'train',
      '--family',
      'poisson',
      '--spec',
      fremtpl2SpecPath('glm1'),
      '--data',
      data,
      '--out',
      join(dir, `${tag}${i}`),
    ];
    const theirs: (Timed & { fit: number; read: number; inSample: string })[] = [];
    for (let i = 0; i < REPEATS; i++) {
      if (BASELINE_CLI) before.push(timed(process.execPath, [resolve(BASELINE_CLI), ...trainArgs(i, 'baseline')], env));
      ours.push(timed(process.execPath, [cli, ...trainArgs(i, 'out')], env));
      if (r) {
        const t = timed('Rscript', [join(sourceHere, 'fremtpl2-glm1.R'), csv], env);
        const field = (k: string): string => new RegExp(`${k}=([\\d.]+)`).exec(t.stdout)?.[1] ?? 'NaN';
        theirs.push({ ...t, fit: Number(field('fit_s')), read: Number(field('read_s')), inSample: field('in_sample') });
      }
      console.log(
        `  run ${i + 1}: telisik ${ours.at(-1)?.wall.toFixed(1)} s${BASELINE_CLI ? ` (baseline build ${before.at(-1)?.wall.toFixed(1)} s)` : ''}${r ? `, R ${theirs.at(-1)?.wall.toFixed(1)} s (glm ${theirs.at(-1)?.fit.toFixed(1)} s)` : ''}; load ${loadAverage()}`,
      );
    }
    const rows = [
      {
        process: 'telisik train --family poisson (load, fit, bundle, report)',
        'wall s (median)': median(ours.map((x) => x.wall)).toFixed(1),
        'CPU s (median)': median(ours.map((x) => x.cpu)).toFixed(1),
        'peak MiB': Math.round(median(ours.map((x) => x.maxRssMiB))),
        note: '',
      },
    ];
    if (BASELINE_CLI)
      rows.push({
        process: `baseline build ${BASELINE_CLI}`,
        'wall s (median)': median(before.map((x) => x.wall)).toFixed(1),
        'CPU s (median)': median(before.map((x) => x.cpu)).toFixed(1),
        'peak MiB': Math.round(median(before.map((x) => x.maxRssMiB))),
        note: '',
      });
    if (r) {
      rows.push({
        process: 'Rscript glm (read CSV, code GLM1, fit)',
        'wall s (median)': median(theirs.map((x) => x.wall)).toFixed(1),
        'CPU s (median)': median(theirs.map((x) => x.cpu)).toFixed(1),
        'peak MiB': Math.round(median(theirs.map((x) => x.maxRssMiB))),
        note: `read ${median(theirs.map((x) => x.read)).toFixed(1)} s, glm() ${median(theirs.map((x) => x.fit)).toFixed(1)} s; in-sample deviance ${theirs[0]?.inSample}`,
      });
    }
    console.table(rows);
    const telisikSeconds = median(ours.map((x) => x.wall));
    const rSeconds = r ? median(theirs.map((x) => x.wall)) : null;
    const share = rSeconds ? telisikSeconds / rSeconds : null;
    const baselineSeconds = BASELINE_CLI ? median(before.map((x) => x.wall)) : null;
    const baselineShare = rSeconds && baselineSeconds !== null ? baselineSeconds / rSeconds : null;
    if (baselineShare !== null) console.log(`baseline build / R whole process: ${baselineShare.toFixed(2)}, median of ${REPEATS}`);
    if (share !== null)
      console.log(
        `telisik / R whole process: ${share.toFixed(2)} (target at most ${TRAIN_SHARE_OF_R_TARGET}: ${share <= TRAIN_SHARE_OF_R_TARGET ? 'met' : 'missed'}), median of ${REPEATS}`,
      );
    return {
      telisikSeconds,
      telisikCpuSeconds: median(ours.map((x) => x.cpu)),
      rSeconds,
      rFitSeconds: r ? median(theirs.map((x) => x.fit)) : null,
      share,
      baselineSeconds,
      baselineShare,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
