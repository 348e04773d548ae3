// One line per command module; each module adds its subcommands to the program.
import type { Command } from 'commander';

const registrars: Array<(program: Command) => void> = [];

export function registerCommands(program: Command): void {
  for (const register of registrars) register(program);
}
