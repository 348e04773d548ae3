// SCHEMA.md is generated from the definitions: it must match what the renderer produces now.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../schema/index.js';
import { renderSchemaDoc } from './schema-doc.js';
import { TRUTH_TABLES } from './truth-tables.js';

describe('SCHEMA.md', () => {
  it('is up to date (regenerate with npx tsx data-samples/generator/write-schema-doc.ts)', async () => {
    const committed = await readFile(new URL('../SCHEMA.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderSchemaDoc());
  });

  it('documents every source and truth column', () => {
    const doc = renderSchemaDoc();
    for (const t of TABLES) for (const c of t.columns) expect(doc).toContain(`| \`${c.name}\` |`);
    for (const t of TRUTH_TABLES) expect(doc).toContain(`### truth/${t.name}`);
  });
});
