// UPCODING spread thin (upcoding-flat-severity.ts): a hospital whose severity-III stays cost what
// severity I costs at other hospitals, one added complication at a time. Near misses: a hospital
// whose severity-III stays carry severity III's resources, one with too few such stays to judge,
// and, at the coding hospital, a severity-III stay that did use its resources.
import { describe, expect, it } from 'vitest';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const id = (k: string): string => String(FACILITIES[k]?.['facility_id']);
const CODER = id('jakarta1');
const HONEST = id('jakarta2');
const FEW = id('bandung');
const PEER = id('makassar');

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;

/** A stay of a new card at `facility_id`, `los` days, every tariff component `component` rupiah. */
function stay(facility_id: string, severity: 'I' | 'III', los: number, component: number): string {
  n++;
  const card = `fs${n}`;
  members.push(member(card));
  const day = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const components = Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, component]));
  const c = claim(card, {
    facility_id,
    tgl_masuk: day,
    tgl_pulang: addDays(day, los),
    kode_inacbg: `A-4-11-${severity}`,
    diagnosa: severity === 'I' ? 'A01.0' : 'A01.0#D64.9',
    procedure: '99.21',
    tarif_inacbg: severity === 'I' ? 2_300_000 : 5_060_000,
    ...components,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// the norm elsewhere: typhoid of four days at severity I, seven days at over twice the bill at severity III
for (let i = 0; i < 24; i++) {
  stay(PEER, 'I', 4, 100_000 + 1_000 * (i % 5));
  stay(PEER, 'III', 7, 220_000 + 1_000 * (i % 5));
}
// the coding hospital: honest severity-I stays, and severity III coded onto stays of the same days and bill
for (let i = 0; i < 10; i++) stay(CODER, 'I', 3 + (i % 3), 95_000 + 2_000 * i);
const coded = Array.from({ length: 6 }, (_, i) => stay(CODER, 'III', 3 + (i % 3), 98_000 + 3_000 * i));
const treated = stay(CODER, 'III', 7, 230_000);
// a hospital whose severity-III stays used their resources, and one with four cheap ones only
const honest = Array.from({ length: 6 }, (_, i) => stay(HONEST, 'III', 6 + (i % 2), 200_000 + 5_000 * i));
const few = Array.from({ length: 4 }, () => stay(FEW, 'III', 4, 100_000));

const run = runDetectorsOnce({ members, claims });

describe("UPCODING: a provider's severity III billed as severity I", () => {
  it('names the severity-III stays that lean to severity I at the coding hospital', () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, 'severity_three_billed_as_one_at_provider');
      expect(h?.evidence_en).toContain('7 severity-III stays');
      expect(h?.evidence_en).toContain('A-4-11-I');
      expect(h?.evidence_id).toContain('severitas III');
      expect(h?.strength).toBe('suspicious');
      expect(h?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('stays silent on a treated severity III, a hospital whose severity III costs its level and one with too few stays', () => {
    for (const sep of [treated, ...honest, ...few])
      expect(run().hitsOf(sep, 'severity_three_billed_as_one_at_provider'), sep).toHaveLength(0);
  });
});
