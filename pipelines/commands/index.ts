// One line per command module; each module adds its subcommands to the program.
import type { Command } from 'commander';
import { register as registerClients } from './clients.js';
import { register as registerGenerate } from './generate.js';
import { register as registerIngest } from './ingest.js';
import { register as registerK3 } from './k3-export.js';
import { register as registerModels } from './models.js';
import { register as registerRun } from './run.js';
import { register as registerScore } from './score.js';
import { register as registerServe } from './serve.js';
import { register as registerTrain } from './train.js';
import { register as registerWarehouse } from './warehouse.js';
import { register as registerWorker } from './worker.js';

const registrars: Array<(program: Command) => void> = [
  registerGenerate,
  registerIngest,
  registerWarehouse,
  registerRun,
  registerServe,
  registerClients,
  registerTrain,
  registerScore,
  registerModels,
  registerK3,
  registerWorker,
];

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program);
}
