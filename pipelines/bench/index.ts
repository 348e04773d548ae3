// `npm run bench`: runs every *.bench.js module in this folder in turn (or those named
// on the command line). Benchmarks print their own tables; they are never tests.
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.js')).sort();
for (const file of files) {
  const name = file.replace(/\.bench\.js$/, '');
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n=== bench: ${name} ===`);
  const mod = (await import(pathToFileURL(`${here}/${file}`).href)) as { run: () => Promise<void> };
  await mod.run();
}
