// Rupiah amounts in the evidence of every signal that fires on the fraud tests' generated extract
// print as whole rupiah with thousands separators (evidence-rupiah.ts): tariff lines and peer
// medians are DOUBLE, and format('{:,}') printed them with a decimal ("Rp350,000.0").
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWarehouse } from '../../../features/warehouse/index.js';
import type { Warehouse } from '../../../features/warehouse/index.js';
import { buildFraudTables } from '../tables.js';
import { copyWarehouse, ingestedFraudExtract } from '../test-support/ingested-extract.js';
import type { IngestedExtract } from '../test-support/ingested-extract.js';
import { rupiahOrSql, rupiahSql } from './evidence-rupiah.js';

interface Hit {
  readonly fraud_type: string;
  readonly signal: string;
  readonly nomor_sep: string;
  readonly evidence_en: string;
  readonly evidence_id: string;
}

/** A rupiah amount with a decimal part, as the auditor read it (the brief's pattern). */
const DECIMAL_RUPIAH = /Rp[0-9.,]+\.[0-9]/;
/** Every amount after "Rp" in a text. */
const AMOUNTS = /Rp-?[0-9][0-9.,]*/g;
/** Whole rupiah, thousands separated by commas. */
const WHOLE_RUPIAH = /^Rp-?[0-9]{1,3}(,[0-9]{3})*$/;
/** Amounts end a clause before these: a sentence's full stop, a list's comma. */
const trimPunctuation = (x: string): string => x.replace(/[.,]+$/, '');

let extract: IngestedExtract | undefined;
let dir = '';
let w: Warehouse | undefined;
let hits: Hit[] = [];

beforeAll(async () => {
  extract = await ingestedFraudExtract();
  dir = await mkdtemp(join(tmpdir(), 'telisik-rupiah-'));
  await copyWarehouse(extract, join(dir, 'w.duckdb'));
  w = await openWarehouse(join(dir, 'w.duckdb'), { threads: 2 });
  await buildFraudTables(w.connection);
  hits = await w.query<Hit>('SELECT fraud_type, signal, nomor_sep, evidence_en, evidence_id FROM fraud_detector_hits');
}, 600_000);

afterAll(async () => {
  await w?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  await extract?.dispose();
});

describe('rupiah amounts in detector evidence', () => {
  it('prints every amount of every signal firing on the generated extract as whole rupiah, in English and Indonesian', () => {
    const withAmounts = new Set<string>();
    for (const h of hits)
      for (const [lang, text] of [
        ['en', h.evidence_en],
        ['id', h.evidence_id],
      ] as const) {
        const where = `${h.fraud_type}/${h.signal} ${h.nomor_sep} (${lang}): ${text}`;
        expect(text, where).not.toMatch(DECIMAL_RUPIAH);
        for (const amount of text.match(AMOUNTS) ?? []) {
          expect(trimPunctuation(amount), where).toMatch(WHOLE_RUPIAH);
          withAmounts.add(`${h.fraud_type}/${h.signal}`);
        }
      }
    // the check reads the amounts of many signals, not one: of bill content, coding and cancelled operations at least
    const types = new Set([...withAmounts].map((s) => s.split('/')[0]));
    expect(withAmounts.size, [...withAmounts].join(', ')).toBeGreaterThanOrEqual(5);
    expect(types.size, [...types].join(', ')).toBeGreaterThanOrEqual(2);
  });

  it('rounds a fractional amount to the nearest rupiah and keeps NULL for a missing norm', async () => {
    const [row] =
      (await w?.query<{ a: string; b: string; c: string | null; d: string }>(
        `SELECT ${rupiahSql('350000.0::DOUBLE')} AS a, ${rupiahSql('1234567.5::DOUBLE')} AS b, ${rupiahSql('NULL::DOUBLE')} AS c,
          ${rupiahOrSql('NULL::DOUBLE', 'no peer median')} AS d`,
      )) ?? [];
    expect(row).toEqual({ a: 'Rp350,000', b: 'Rp1,234,568', c: null, d: 'no peer median' });
  });
});
