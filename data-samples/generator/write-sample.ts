// Script: regenerates the committed sample under data-samples/sample (`npx tsx data-samples/generator/write-sample.ts`).
import { fileURLToPath } from 'node:url';
import { generate } from './index.js';
import { SAMPLE_OPTIONS } from './sample.js';

const outDir = fileURLToPath(new URL('../sample', import.meta.url));
const result = await generate({ ...SAMPLE_OPTIONS, outDir });
for (const [name, file] of Object.entries({ ...result.tables, ...result.truth })) console.log(`${name}: ${file.rows} rows`);
