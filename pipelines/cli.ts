#!/usr/bin/env node
// The telisik command line. Each command lives in pipelines/commands/ and registers itself.
import { Command } from 'commander';
import { registerCommands } from './commands/index.js';

const program = new Command('telisik')
  .description('Risk analytics and fraud scoring for BPJS data')
  .showHelpAfterError();
registerCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? `telisik: ${err.message}` : err);
  process.exitCode = 1;
});
