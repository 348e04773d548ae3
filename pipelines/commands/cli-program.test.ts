// The command line as a user meets it: --version, descriptions worded one way, `run`
// naming every stage it runs, numbers refused with a message naming the option (before
// any work starts), and no advice to use an option the command does not have.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { createStageRegistry } from '../runtime/stages/default-registry.js';
import { createProgram } from '../runtime/cli/program.js';

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Parses argv with nothing printed, nothing exited and no command run (every action is
 * replaced by a recorder: a parse that wrongly succeeds must not generate or run anything).
 */
async function parse(argv: string[]): Promise<{ error?: { code: string; message: string }; out: string; err: string; ran: boolean }> {
  let out = '';
  let err = '';
  let ran = false;
  const program = await createProgram();
  const quiet = (c: Command): void => {
    c.exitOverride().configureOutput({ writeOut: (s) => void (out += s), writeErr: (s) => void (err += s) });
    if (c !== program && c.commands.length === 0) c.action(() => void (ran = true));
    for (const sub of c.commands) quiet(sub);
  };
  quiet(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return { out, err, ran };
  } catch (e) {
    const error = e as { code: string; message: string };
    return { error: { code: error.code, message: error.message }, out, err, ran };
  }
}

function allCommands(c: Command): Command[] {
  return [c, ...c.commands.flatMap(allCommands)];
}

describe('telisik --version', () => {
  it('prints the package version', async () => {
    const { error, out } = await parse(['--version']);
    expect(error?.code).toBe('commander.version');
    expect(out.trim()).toBe(PACKAGE_VERSION);
  });
});

describe('loading', () => {
  it('loads only the command the command line names, and every command for help, --version or an unknown name', async () => {
    const names = async (args: string[]): Promise<string[]> => (await createProgram(args)).commands.map((c) => c.name());
    const all = await names([]);
    expect(all).toEqual(expect.arrayContaining(['generate', 'run', 'serve', 'train', 'worker', 'k3']));
    expect(await names(['train', '--family', 'poisson'])).toEqual(['train']);
    expect(await names(['--version'])).toEqual(all);
    expect(await names(['trian'])).toEqual(all);
  });
});

describe('descriptions', () => {
  it('are worded one way: commands start with a capital, and neither commands nor options end with a period', async () => {
    const program = await createProgram();
    for (const command of allCommands(program).slice(1)) {
      const d = command.description();
      expect(d, command.name()).toMatch(/^[A-Z]/);
      expect(d, command.name()).not.toMatch(/(?<!\.)\.$/);
      for (const option of command.options) expect(option.description, `${command.name()} ${option.flags}`).not.toMatch(/(?<!\.)\.$/);
    }
  });

  it('`run` names every stage of the registry, fraud and K3 included', async () => {
    const run = (await createProgram()).commands.find((c) => c.name() === 'run')!;
    const text = run.description().toLowerCase();
    for (const stage of createStageRegistry().names()) expect(text, stage).toContain(stage.toLowerCase());
  });

  it('`run` does not mention --demo-key, an option it does not have, in its help or when the pseudonym key is missing', async () => {
    const { out } = await parse(['run', '--help']);
    expect(out).toContain('--members');
    expect(out).not.toContain('--demo-key');
    // The real action, with every path in a temporary folder: it must stop before any work.
    const dir = mkdtempSync(join(tmpdir(), 'telisik-cli-'));
    const saved = process.env.TELISIK_PSEUDONYM_KEY;
    delete process.env.TELISIK_PSEUDONYM_KEY;
    try {
      const program = (await createProgram()).exitOverride();
      const argv = [
        'run',
        '--inline',
        '--input',
        join(dir, 'extract'),
        '--db',
        join(dir, 'w.duckdb'),
        '--out',
        join(dir, 'out'),
        '--store',
        `duckdb:${join(dir, 'ops.duckdb')}`,
      ];
      const failure = await program.parseAsync(argv, { from: 'user' }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(failure?.message).toContain('TELISIK_PSEUDONYM_KEY is not set');
      expect(failure?.message).not.toContain('--demo-key');
    } finally {
      if (saved !== undefined) process.env.TELISIK_PSEUDONYM_KEY = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('numbers', () => {
  it('accepts sensible values (the command would run)', async () => {
    for (const argv of [
      ['run', '--members', '200', '--seed', '0'],
      ['generate', '--members', '10', '--fraud-rate', '0', '--defect-rate', '1', '--claims-per-member-year', '0.2'],
      ['worker', '--concurrency', '2'],
    ]) {
      const { error, ran } = await parse(argv);
      expect(error, argv.join(' ')).toBeUndefined();
      expect(ran, argv.join(' ')).toBe(true);
    }
  });

  const refused: Array<[string[], string]> = [
    [['run', '--members', '0'], '--members'],
    [['run', '--members', '-5'], '--members'],
    [['run', '--members', '2.5'], '--members'],
    [['run', '--members', 'many'], '--members'],
    [['run', '--seed', '-1'], '--seed'],
    [['generate', '--members', '0'], '--members'],
    [['generate', '--months', '0'], '--months'],
    [['generate', '--threads', '0'], '--threads'],
    [['generate', '--fraud-rate', '1.5'], '--fraud-rate'],
    [['generate', '--defect-rate', '-0.1'], '--defect-rate'],
    [['generate', '--claims-per-member-year', '0'], '--claims-per-member-year'],
    [['generate', '--seed', '1e400'], '--seed'],
    [['worker', '--concurrency', '0'], '--concurrency'],
  ];
  for (const [argv, flag] of refused) {
    it(`refuses ${argv.join(' ')} naming ${flag}`, async () => {
      const { error, err, ran } = await parse(argv);
      expect(ran).toBe(false);
      expect(error?.code).toBe('commander.invalidArgument');
      expect(err).toContain(flag);
      expect(err).toContain(argv[argv.length - 1]!);
    });
  }
});

describe('the environment', () => {
  /** Every TELISIK_* name in the TypeScript sources, less constants that merely share the prefix. */
  function namesInCode(): Set<string> {
    const root = new URL('../../', import.meta.url);
    const names = new Set<string>();
    const constants = new Set<string>();
    for (const top of ['pipelines', 'api', 'features', 'models', 'data-samples']) {
      for (const file of readdirSync(new URL(top, root), { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.ts')) continue;
        const text = readFileSync(new URL(`${top}/${file}`, root), 'utf8');
        for (const m of text.matchAll(/TELISIK_[A-Z0-9_]+/g)) names.add(m[0]);
        for (const m of text.matchAll(/\bconst (TELISIK_[A-Z0-9_]+)\s*[:=]/g)) constants.add(m[1]!);
      }
    }
    return new Set([...names].filter((n) => !constants.has(n)));
  }

  it("every TELISIK_* variable the code reads is in the README's environment table", () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('### Environment'));
    const rows = table.split('\n').filter((l) => l.startsWith('| `'));
    const documented = new Set(rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`(TELISIK_[A-Z0-9_]+)`/g)].map((m) => m[1]!)));
    const missing = [...namesInCode()].filter((n) => !documented.has(n)).sort();
    expect(missing).toEqual([]);
    expect(documented.size).toBeGreaterThan(20);
  });
});
