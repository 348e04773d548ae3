import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{pipelines,models,features,api,data-samples,notebooks}/**/*.test.ts'],
    // DuckDB and tfjs are native/wasm: forks isolate them better than threads.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
