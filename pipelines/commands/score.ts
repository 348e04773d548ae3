// `telisik score`: score a table (CSV, Parquet or Arrow) with a model bundle, no target
// needed, and write one row per input row (Parquet or CSV): score, PD, band, reasons and
// explanation, or the reason a row could not be scored.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { Presets, SingleBar } from 'cli-progress';
import { loadBundle } from '../../models/bundle/bundle-io.js';
import { bundleScorer } from '../../models/scoring/family-scorers.js';
import { scoreFile } from '../../models/scoring/score-file.js';
import type { ScoreFileOutcome } from '../../models/scoring/score-file.js';
import { initBackend } from '../../models/tf/backend.js';

export interface ScoreCommandOptions {
  readonly bundleDir: string;
  readonly dataPath: string;
  readonly outPath: string;
  /** Explain every scored row (default true). */
  readonly explain?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/** Score a file with a verified bundle; the programmatic face of the command. */
export async function runScore(
  o: ScoreCommandOptions,
): Promise<ScoreFileOutcome & { readonly modelVersion: string; readonly family: string }> {
  await initBackend();
  const scorer = bundleScorer(await loadBundle(o.bundleDir));
  try {
    const outcome = await scoreFile(scorer, o.dataPath, o.outPath, {
      ...(o.explain === false ? { explain: false } : {}),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    });
    return { ...outcome, modelVersion: scorer.version, family: scorer.family };
  } finally {
    scorer.dispose();
  }
}

export function register(program: Command): void {
  program
    .command('score')
    .description('Score a table with a model bundle: one output row per input row, with reasons, or why it was not scored')
    .requiredOption('--bundle <dir>', "model bundle folder (a train run's OUT/bundle, or a registry version)")
    .requiredOption('--data <file>', 'table to score: .parquet, .csv or .arrow (no target needed)')
    .requiredOption('--out <file>', 'output: .parquet or .csv')
    .option('--no-explain', 'leave out the per-row explanation (reasons are still given)')
    .action(async (o: { bundle: string; data: string; out: string; explain: boolean }) => {
      const bar = process.stderr.isTTY
        ? new SingleBar({ format: 'scoring [{bar}] {value}/{total} rows', stream: process.stderr }, Presets.shades_classic)
        : null;
      bar?.start(0, 0);
      try {
        const outcome = await runScore({
          bundleDir: resolve(o.bundle),
          dataPath: resolve(o.data),
          outPath: resolve(o.out),
          explain: o.explain,
          ...(bar
            ? {
                onProgress: (done: number, total: number) => {
                  bar.setTotal(total);
                  bar.update(done);
                },
              }
            : {}),
        });
        bar?.stop();
        console.log(`model ${outcome.modelVersion} (${outcome.family})`);
        console.log(`  rows: ${outcome.rows}, scored: ${outcome.scored}`);
        for (const [code, n] of Object.entries(outcome.notScored)) console.log(`  not scored, ${code}: ${n}`);
        console.log(`scores ${resolve(o.out)}`);
      } finally {
        bar?.stop();
      }
    });
}
