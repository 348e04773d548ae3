// The telisik program: every command (pipelines/commands/), `--version` from package.json,
// and one wording for descriptions, applied to every command whoever registered it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { registerCommands } from '../../commands/index.js';

/** The package's version: the nearest package.json above this file (source and dist/ alike). */
export function packageVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '0.0.0';
    if (dirname(dir) === dir) return '0.0.0';
  }
}

/** A closing period, not the end of an ellipsis (`postgres://...`). */
const SINGLE_FINAL_PERIOD = /(?<!\.)\.$/;

/** Command descriptions read as sentences without a final period: "Serve the API", not "serve the API.". */
function sentence(text: string): string {
  const trimmed = text.trim().replace(SINGLE_FINAL_PERIOD, '');
  return trimmed.length === 0 ? trimmed : trimmed[0]!.toUpperCase() + trimmed.slice(1);
}

function wordConsistently(command: Command): void {
  command.description(sentence(command.description()));
  for (const option of command.options) option.description = option.description.replace(SINGLE_FINAL_PERIOD, '');
  for (const sub of command.commands) wordConsistently(sub);
}

/** The program; with `args` (the command line after `node telisik`) only the command it names is loaded. */
export async function createProgram(args: readonly string[] = []): Promise<Command> {
  const program = new Command('telisik')
    .description('Risk analytics and fraud scoring for BPJS data')
    .version(packageVersion(), '-V, --version', 'print the telisik version')
    .showHelpAfterError();
  await registerCommands(program, args);
  wordConsistently(program);
  return program;
}
