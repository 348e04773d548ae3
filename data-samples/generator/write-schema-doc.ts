// Script: writes data-samples/SCHEMA.md from the table definitions (`npx tsx data-samples/generator/write-schema-doc.ts`).
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderSchemaDoc } from './schema-doc.js';

const target = fileURLToPath(new URL('../SCHEMA.md', import.meta.url));
await writeFile(target, renderSchemaDoc());
console.log(`wrote ${target}`);
