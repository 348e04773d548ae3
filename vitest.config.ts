import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Test files run at once. Vitest's own default (cores - 1) is one file at a time on the 2-core CI
 * runner, where a single-threaded file, or one waiting on a child process, a browser, Redis or a
 * socket, left a core idle (CI: 1,253 s of the 30-minute limit in vitest, one file at a time).
 * Two at a time is safe: servers listen on port 0, Redis tests own their key prefix or their
 * redis-server port, PostgreSQL suites their schema, and files write under mkdtemp only.
 * Larger machines keep vitest's default.
 */
const TEST_FILES_AT_ONCE = Math.max(availableParallelism() - 1, 2);

/**
 * Hang guards, not timing figures: with two files sharing two cores a step takes up to twice its
 * serial time, so the guard sized for a serial run (120 s) is doubled.
 */
const HANG_GUARD_MS = 240_000;

export default defineConfig({
  test: {
    include: ['{pipelines,models,features,api,data-samples,notebooks}/**/*.test.ts'],
    // a directory per run where fixtures several files read (an extract, a published fraud run) are built once
    globalSetup: ['pipelines/test-support/fixture-root.global.ts'],
    // DuckDB and tfjs are native/wasm: forks isolate them better than threads.
    pool: 'forks',
    maxWorkers: TEST_FILES_AT_ONCE,
    testTimeout: HANG_GUARD_MS,
    hookTimeout: HANG_GUARD_MS,
  },
});
