// `npm run bench`: runs every *.bench.js module in this folder in turn (or those named
// on the command line). Benchmarks print their own tables; they are never tests. Each
// ends with the load average and one `bench=NAME name=value ...` line (summary.ts).
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLine, summaryLine } from './summary.js';
import type { BenchFigures } from './summary.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.js')).sort();
const unknown = wanted.filter((w) => !files.includes(`${w}.bench.js`));
if (unknown.length > 0)
  throw new Error(`no bench named ${unknown.join(', ')}; there are ${files.map((f) => f.replace(/\.bench\.js$/, '')).join(', ')}`);
for (const file of files) {
  const name = file.replace(/\.bench\.js$/, '');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== bench: ${name} ===`);
  console.log(loadLine('at start'));
  const started = performance.now();
  const mod = (await import(pathToFileURL(`${here}/${file}`).href)) as { run: () => Promise<BenchFigures | void> };
  const figures = (await mod.run()) ?? {};
  console.log(loadLine('at end'));
  console.log(summaryLine(name, figures, (performance.now() - started) / 1000));
}
