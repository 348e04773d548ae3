// INFLATED_BILL as a provider's pattern (red team RT-INFLATED-61): a hospital billing drugs at 1.7x
// and consumables at 2x on every stay of three ordinary groups, each claim under the single-claim
// line, is flagged on every stay; near miss: a hospital whose own tariffs put drugs and
// consumables 20% above the others' on every stay stays silent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const id = (key: string): string => String(FACILITIES[key]?.['facility_id']);
const GROUPS: readonly Row[] = [
  { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' },
  { kode_inacbg: 'A-4-13-I', diagnosa: 'A90' },
  { kode_inacbg: 'K-4-17-I', diagnosa: 'A09#E86' },
];

let cards = 0;
/** A stay of group `g` at `facility`, drugs and consumables times `drugs` and `consumables`, varied a little per patient. */
function stay(facility: string, g: Row, drugs = 1, consumables = 1): string {
  const card = `ip${++cards}`;
  members.push(member(card));
  const vary = 0.8 + 0.04 * (cards % 11);
  const day = new Date(Date.UTC(2024, 0, 1 + (cards % 300))).toISOString().slice(0, 10);
  const c = claim(card, {
    ...g,
    facility_id: facility,
    tgl_masuk: day,
    tarif_obat: Math.round(100_000 * vary * drugs),
    tarif_bmhp: Math.round(100_000 * vary * consumables),
    tarif_kamar: 100_000 + 1_000 * cards,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// the ordinary stays of two hospitals: twelve of each group each
for (const g of GROUPS) for (let i = 0; i < 12; i++) for (const h of ['jakarta1', 'jakarta2']) stay(id(h), g);
// the whole house raised: drugs 1.7x, consumables 2x, five stays of each group
const raised = GROUPS.flatMap((g) => Array.from({ length: 5 }, () => stay(id('bandung'), g, 1.7, 2)));
// near miss: a hospital whose own tariffs run 20% above the others' on every stay
const pricier = GROUPS.flatMap((g) => Array.from({ length: 5 }, () => stay(id('makassar'), g, 1.2, 1.2)));

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL provider pattern', () => {
  it("flags the raised hospital's stays above their peers, which no single-claim line catches", () => {
    const flagged = raised.filter((sep) => (run?.hitsOf(sep, 'provider_drug_device_pattern').length ?? 0) > 0);
    expect(flagged).toHaveLength(raised.length);
    expect(raised.flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? [])).toEqual([]);
    expect(run?.hitsOf(raised[0] ?? '', 'provider_drug_device_pattern')[0]?.evidence_en).toContain('15 times in 15');
  });

  it('leaves a hospital whose own tariffs run modestly above the others silent', () => {
    expect(pricier.flatMap((sep) => run?.signalsOf(sep, 'INFLATED_BILL') ?? [])).toEqual([]);
  });
});
