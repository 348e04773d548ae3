// One line per command, loaded only when asked for: `telisik train` imports the training
// modules and not the API server, BullMQ or PostgreSQL (start-up was a quarter of a
// whole training run). Help and --version load every command.
import type { Command } from 'commander';

type CommandModule = Promise<{ register: (program: Command) => void }>;

/** Top-level command name -> the module that registers it, in help order. */
const COMMAND_MODULES: Readonly<Record<string, () => CommandModule>> = Object.freeze({
  generate: () => import('./generate.js'),
  ingest: () => import('./ingest.js'),
  warehouse: () => import('./warehouse.js'),
  run: () => import('./run.js'),
  serve: () => import('./serve.js'),
  clients: () => import('./clients.js'),
  train: () => import('./train.js'),
  score: () => import('./score.js'),
  models: () => import('./models.js'),
  k3: () => import('./k3-export.js'),
  worker: () => import('./worker.js'),
});

/**
 * Registers the command `args` names (its first operand), or every command when it names
 * none we know (help, --version, a typo: commander then answers with the full list).
 */
export async function registerCommands(program: Command, args: readonly string[] = []): Promise<void> {
  const named = args.find((a) => !a.startsWith('-'));
  const wanted = named !== undefined && Object.hasOwn(COMMAND_MODULES, named) ? [named] : Object.keys(COMMAND_MODULES);
  const modules = await Promise.all(wanted.map((name) => (COMMAND_MODULES[name] as () => CommandModule)()));
  for (const m of modules) m.register(program);
}
