// INFLATED_BILL's blood signal (red team RT-INFLATED-41): blood services billed beyond what
// pre-transfusion tests and one unused bag cost, with no transfusion (ICD-9-CM 99.0x) on the
// claim. Near misses: the transfusion coded, and blood tests below two bags.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { INFLATED_BILL_DETECTOR } from './inflated-bill.js';

const members: Row[] = [];
const claims: Row[] = [];

/** A dengue stay (A-4-13-I) on a card of its own, its blood services and procedures as given. */
function dengue(i: number, over: Row): string {
  const card = `blood${i}`;
  members.push(member(card));
  const day = `2024-05-${String(2 + 3 * i).padStart(2, '0')}`;
  const c = claim(card, {
    kode_inacbg: 'A-4-13-I',
    diagnosa: 'A91',
    procedure: '90.59',
    tgl_masuk: day,
    tarif_kamar: 100_000 + 1_000 * i,
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const noTransfusion = dengue(1, { tarif_pelayanan_darah: 2_400_000 });
const noProcedure = dengue(2, { procedure: null, tarif_pelayanan_darah: 2_400_000 });
const transfused = dengue(3, { procedure: '90.59#99.04', tarif_pelayanan_darah: 2_400_000 });
const bloodTests = dengue(4, { tarif_pelayanan_darah: 1_200_000 });

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hits.filter((h) => h.fraud_type === 'INFLATED_BILL' && h.signal === 'blood_without_transfusion');
});

afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL: blood billed with no transfusion', () => {
  const flagged = (): string[] => hits.map((h) => h.nomor_sep).sort();

  it('flags blood services above two bags with no transfusion coded, with or without other procedures', () => {
    expect(INFLATED_BILL_DETECTOR.thresholds.bloodWithoutTransfusion.value).toBe(1_470_000);
    expect(flagged()).toEqual([noTransfusion, noProcedure].sort());
    expect(flagged()).not.toContain(transfused);
    expect(flagged()).not.toContain(bloodTests);
  });

  it('puts the blood billed at risk and says so in both languages', () => {
    const h = hits.find((x) => x.nomor_sep === noTransfusion);
    expect(h?.amount_at_risk).toBe(2_400_000);
    expect(h?.evidence_en).toContain('Blood services Rp2,400,000 billed');
    expect(h?.evidence_en).toContain('no transfusion coded');
    expect(h?.evidence_id).toContain('Layanan darah Rp2,400,000 ditagih');
  });
});
