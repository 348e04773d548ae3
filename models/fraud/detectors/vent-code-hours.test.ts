// ICD-9-CM 96.72 (96 consecutive hours or more) against the ventilator hours the claim records
// (VENTILATOR long_ventilation_code_short_hours, RT-VENT-61): the code on 70 hours is named; 96.72
// within the hour's slack (95 h), on 100 hours or with no hours recorded stay silent. The other way
// round (hours_past_boundary_code_under, RT-VENT-91): 96.71 on 100 hours is named as suspicious;
// 96.71 on 90 hours, and 96.71 beside 96.72 on 130 hours (a short run, then a long one), are not.
// Distinct cards, one warehouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
/** A respiratory-failure stay in ICU coded `px`, ventilated `hours`. */
function stay(px: string, hours: number): string {
  n++;
  const card = `vent${n}`;
  members.push(member(card));
  const masuk = `2024-03-${String(2 * n).padStart(2, '0')}`;
  const c = claim(card, {
    tgl_masuk: masuk,
    kode_inacbg: 'J-4-20-II',
    diagnosa: 'J96.0#J18.9',
    procedure: `96.04#${px}`,
    icu_indikator: 1,
    icu_los: 4,
    ventilator_hour: hours,
    tarif_sewa_alat: 2_400_000,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const shortHours = stay('96.72', 70);
const withinSlack = stay('96.72', 95);
const longHours = stay('96.72', 100);
const noHours = stay('96.72', 0);
const shortCodeLongHours = stay('96.71', 100);
const shortCodeShortHours = stay('96.71', 90);
const twoRuns = stay('96.71#96.72', 130);

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => run?.close());

describe('96.72 against the recorded ventilator hours', () => {
  it('names 96.72 on 70 recorded hours as certain, the unrecorded hours priced from the rental', () => {
    const [hit] = run.hitsOf(shortHours, 'long_ventilation_code_short_hours');
    expect(hit?.fraud_type).toBe('VENTILATOR');
    expect(hit?.strength).toBe('certain');
    // (96 - 70) / 96 of the Rp2,400,000 rental
    expect(hit?.amount_at_risk).toBe(650_000);
    expect(hit?.evidence_en).toContain('70 ventilator hours');
  });

  it('leaves 96.72 within the slack, on 96 hours or more or with no hours, and 96.71 on long hours, silent', () => {
    for (const sep of [withinSlack, longHours, noHours, shortCodeLongHours])
      expect(run.hitsOf(sep, 'long_ventilation_code_short_hours')).toEqual([]);
  });
});

describe('96.71 against the recorded ventilator hours', () => {
  it('names 100 hours beside 96.71 as suspicious, the hours past the boundary priced from the rental', () => {
    const [hit] = run.hitsOf(shortCodeLongHours, 'hours_past_boundary_code_under');
    expect(hit?.fraud_type).toBe('VENTILATOR');
    expect(hit?.strength).toBe('suspicious');
    // (100 - 96 + 1) / 100 of the Rp2,400,000 rental
    expect(hit?.amount_at_risk).toBe(120_000);
    expect(hit?.evidence_en).toContain('100 ventilator hours');
  });

  it('leaves 96.71 under the boundary, and 96.71 beside 96.72, silent', () => {
    for (const sep of [shortCodeShortHours, twoRuns, longHours]) expect(run.hitsOf(sep, 'hours_past_boundary_code_under')).toEqual([]);
  });
});
