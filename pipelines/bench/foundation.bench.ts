// Foundation bench (issue 2): generation and ingestion throughput in rows per second, and
// peak memory, at two sizes so that "memory flat as size grows" is visible. Each step runs
// in a child process so its peak RSS is its own. Sizes: TELISIK_BENCH_MEMBERS (default
// 1,000,000) and a quarter of it.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface StepResult {
  step: string;
  seconds: number;
  rows: Record<string, number>;
  perTable: Record<string, { rows: number; seconds: number }>;
  maxRssMiB: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const workRoot = join(process.cwd(), 'var', 'bench', 'foundation');

function step(...args: string[]): StepResult {
  const out = execFileSync(process.execPath, [join(here, 'foundation-step.js'), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as StepResult;
}

const total = (rows: Record<string, number>): number => Object.values(rows).reduce((a, b) => a + b, 0);
const rate = (n: number, s: number): string => Math.round(n / s).toLocaleString('en-US');

export async function run(): Promise<void> {
  const large = Number(process.env['TELISIK_BENCH_MEMBERS'] ?? 1_000_000);
  const sizes = [Math.round(large / 4), large];
  const table: string[] = [];
  for (const members of sizes) {
    const dir = join(workRoot, `m${members}`);
    await rm(dir, { recursive: true, force: true });
    const gen = step('generate', dir, String(members));
    const ing = step('ingest', dir, join(dir, 'warehouse.duckdb'));
    const contrib = ing.perTable['contributions'];
    table.push(
      `| ${members.toLocaleString('en-US')} | ${total(gen.rows).toLocaleString('en-US')} | ${gen.seconds.toFixed(1)} s | ${rate(total(gen.rows), gen.seconds)} | ${Math.round(gen.maxRssMiB)} MiB ` +
        `| ${ing.seconds.toFixed(1)} s | ${rate(total(ing.rows), ing.seconds)} | ${contrib ? `${contrib.rows.toLocaleString('en-US')} in ${contrib.seconds.toFixed(1)} s (${rate(contrib.rows, contrib.seconds)}/s)` : '-'} | ${Math.round(ing.maxRssMiB)} MiB |`,
    );
    console.log(`members ${members}: generate ${JSON.stringify(gen)}`);
    console.log(`members ${members}: ingest ${JSON.stringify(ing)}`);
    await rm(dir, { recursive: true, force: true });
  }
  console.log('\n| members | rows generated | generate | rows/s | peak RSS | ingest | rows/s | contributions | peak RSS |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const line of table) console.log(line);
}
