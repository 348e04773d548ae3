#!/usr/bin/env node
// The telisik command line. Each command lives in pipelines/commands/ and registers itself;
// the program (version, wording) is put together in runtime/cli/program.ts.
import { createProgram } from './runtime/cli/program.js';

createProgram(process.argv.slice(2))
  .then((program) => program.parseAsync(process.argv))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? `telisik: ${err.message}` : err);
    process.exitCode = 1;
  });
