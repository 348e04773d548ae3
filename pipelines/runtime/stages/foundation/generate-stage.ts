// The `generate` stage, for runs that ask for synthetic data: a seeded, deterministic
// extract written to a temporary folder and swapped in whole, so a retry after a crash
// regenerates the same files and a reader never sees half an extract.
import { rename, rm } from 'node:fs/promises';
import type { GenerateOptions, GenerateProgress, GenerateResult } from '../../../../data-samples/generator/index.js';
import { temporaryPathFor } from '../../../../features/snapshot/index.js';
import { DEFAULT_WAREHOUSE_MEMORY_LIMIT } from '../../../../features/warehouse/index.js';
import type { StageDefinition } from '../stage-definition.js';
import { defineStage } from '../stage-definition.js';
import { BadInputError } from '../stage-errors.js';
import { extractDir } from './run-paths.js';

/** The generator's entry point (data-samples/generator). */
export type SyntheticExtractGenerator = (options: GenerateOptions, onProgress?: (p: GenerateProgress) => void) => Promise<GenerateResult>;

// Loaded on first use: the generator pulls in the whole simulation, which workers that
// never generate should not pay for.
async function loadGenerator(): Promise<SyntheticExtractGenerator> {
  return (await import('../../../../data-samples/generator/index.js')).generate;
}

/** Replaces folder `target` with `next`: the old one is moved aside first, then removed. */
async function swapDirectory(next: string, target: string): Promise<void> {
  const old = temporaryPathFor(target);
  await rename(target, old).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
  await rename(next, target);
  await rm(old, { recursive: true, force: true });
}

export const GENERATE_STAGE: StageDefinition = defineStage({
  name: 'generate',
  description: 'Seeded synthetic BPJS extract (members, contributions, claims, KK/PAK, ...) with ground truth.',
  appliesTo: (run) => run.synthetic !== undefined,
  retry: { attempts: 2, backoff: { type: 'exponential', delay: 2_000 } },
  processors: [
    {
      name: 'synthetic-extract',
      description: "The whole extract for the run's member count and seed.",
      async process(task) {
        const synthetic = task.run.synthetic;
        if (!synthetic) throw new BadInputError('generate needs run.synthetic');
        if (!Number.isInteger(synthetic.members) || synthetic.members < 1)
          throw new BadInputError(`members must be a positive integer, got ${synthetic.members}`);
        const generate = await loadGenerator();
        const target = extractDir(task.run);
        const temporary = temporaryPathFor(target);
        try {
          // The warehouse's memory budget, not the generator's own 1 GB: at a million members
          // the claim skeleton ran out of 1 GB (a step that does not spill), and took 2 GB.
          const memoryLimit = process.env['TELISIK_WAREHOUSE_MEMORY_LIMIT'] ?? DEFAULT_WAREHOUSE_MEMORY_LIMIT;
          const spec = { outDir: temporary, members: synthetic.members, seed: synthetic.seed, memoryLimit };
          const result = await generate(spec, (p) => {
            // Not awaited (the generator's callback is synchronous); reportProgress never
            // rejects (stage-execution.ts), so a lost Redis cannot crash the worker here.
            if (p.total > 0) void task.reportProgress(Math.round((100 * p.done) / p.total), p.phase);
          });
          await swapDirectory(temporary, target);
          return {
            outputs: Object.entries(result.tables).map(([table, file]) => ({
              kind: 'file' as const,
              name: file.path.replace(temporary, target),
              rows: file.rows,
              detail: { table },
            })),
          };
        } catch (err) {
          await rm(temporary, { recursive: true, force: true });
          throw err;
        }
      },
    },
  ],
});
