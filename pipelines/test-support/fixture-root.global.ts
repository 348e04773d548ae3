// Vitest global setup: one directory per vitest run under which test fixtures that several
// files need (a generated extract, a published fraud run) are built once and read by all of
// them (fixture-root.ts). Nothing is built here, so a run of one unrelated file pays nothing;
// the directory goes when the run ends, so no fixture outlives the code that built it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's fixture directory (fixture-root.ts); absent when a config without this setup runs the files. */
    sharedFixtureRoot: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), 'telisik-run-fixtures-'));
  project.provide('sharedFixtureRoot', root);
  return () => rm(root, { recursive: true, force: true });
}
