// A two-stage pipeline for fault tests: `hold` keeps its job active until the test writes a
// release marker, then fires progress reports without awaiting them (as the ingest and
// generate stages do) and finishes; `tail` only proves the run got past it.
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { defineStage } from '../stages/stage-definition.js';
import type { RunSpec } from '../stages/stage-definition.js';
import { StageRegistry } from '../stages/stage-registry.js';

export function faultMarker(run: RunSpec, name: string): string {
  return join(run.outDir, `fault-${name}`);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

const hold = defineStage({
  name: 'hold',
  description: 'Holds its job until released, then reports progress without awaiting it.',
  retry: { attempts: 2, backoff: { type: 'fixed', delay: 100 } },
  processors: [
    {
      name: 'held',
      description: 'One partition, held.',
      async process(task) {
        if (task.run.params?.['hold'] === true) {
          await writeFile(faultMarker(task.run, 'holding'), String(process.pid));
          while (!(await exists(faultMarker(task.run, 'release')))) await sleep(50);
        }
        for (let percent = 10; percent <= 100; percent += 10) void task.reportProgress(percent, 'fired, not awaited');
        // Gives the fired reports time to settle (or fail) while this job is still active.
        await sleep(500);
        await writeFile(faultMarker(task.run, 'held-done'), String(process.pid));
        return { outputs: [{ kind: 'report', name: 'held' }] };
      },
    },
  ],
});

const tail = defineStage({
  name: 'tail',
  description: 'Runs after hold.',
  processors: [
    {
      name: 'last',
      description: 'Nothing.',
      async process() {
        return { outputs: [{ kind: 'report', name: 'tail' }] };
      },
    },
  ],
});

export function createStageRegistry(): StageRegistry {
  return new StageRegistry().register(hold).register(tail);
}
