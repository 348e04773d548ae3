// Hospital chronic drugs while the chronic programme still supplies the same condition (issue 11,
// RT-ABUSE-41): hospital clinic drugs twelve days into a 30-day PRB supply, month after month, are
// a second source of the same drugs; one such control visit (a regimen changed once), a visit for
// another condition group, near the end of the supply, or with no chronic drugs billed is none.
// One in-memory warehouse, distinct cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
const prbClaims: Row[] = [];

/** A member whose PRB pharmacy dispenses 30 days for `prbDx` on each of `fills`, and hospital clinic visits on `visits`. */
function prbMember(
  card: string,
  prbDx: string,
  fills: readonly string[],
  visits: readonly string[],
  visitDx: string,
  chronicDrugs: number,
): string[] {
  members.push(member(card, { birth_date: '1955-03-01' }));
  fills.forEach((date, i) =>
    prbClaims.push({
      prb_claim_id: `PRB-${card}-${i}`,
      card_key: card,
      fktp_id: '3171P001',
      apotek_id: '3171A001',
      tgl_resep: date,
      diagnosa: prbDx,
      hari_obat: 30,
      biaya_obat: 150_000,
    }),
  );
  return visits.map((visit) => {
    const c = claim(card, {
      tgl_masuk: visit,
      tgl_pulang: visit,
      jenis_rawat: 2,
      kode_inacbg: 'I-5-16-0',
      tarif_inacbg: 250_000,
      diagnosa: visitDx,
      procedure: '89.52',
      tarif_obat_kronis: chronicDrugs,
    });
    claims.push(c);
    return String(c['nomor_sep']);
  });
}

const MONTHLY = ['2024-02-01', '2024-03-02', '2024-04-01'];
// twelve days into the March and the April supply: 18 days in hand each time
const [march, april] = prbMember('prb1', 'I10', MONTHLY, ['2024-03-14', '2024-04-13'], 'I10', 320_000);
// one control visit twelve days into a supply: a regimen changed once
const onceOnly = prbMember('prb5', 'I10', MONTHLY, ['2024-03-14'], 'I10', 320_000);
// the same visits for angina while the programme supplies hypertension: another condition's drugs
const otherCondition = prbMember('prb2', 'I10', MONTHLY, ['2024-03-14', '2024-04-13'], 'I25.1', 320_000);
// five days before each supply runs out: within the refill tolerance
const nearTheEnd = prbMember('prb3', 'E11.9', MONTHLY, ['2024-03-27', '2024-04-26'], 'E11.9', 320_000);
// visits that bill no chronic drugs
const noChronicDrugs = prbMember('prb4', 'I10', MONTHLY, ['2024-03-14', '2024-04-13'], 'I10', 0);

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims, prb_claims: prbClaims });
  hits = run.hits.filter((h) => h.fraud_type === 'PARTICIPANT_ABUSE');
});

afterAll(async () => {
  await run?.close();
});

describe('PARTICIPANT_ABUSE: hospital chronic drugs during a PRB supply', () => {
  it('names a double supply repeated month after month as suspicious, with the other claim, the PRB fills and the days in hand', () => {
    const [hit, ...more] = hits.filter((h) => h.nomor_sep === march);
    expect(more).toEqual([]);
    expect(hit?.signal).toBe('chronic_drugs_during_prb_supply');
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.related_sep).toEqual([april, 'PRB-prb1-1', 'PRB-prb1-0']);
    // 18 of 30 days covered: 18/30 of Rp320,000
    expect(hit?.amount_at_risk).toBe(192_000);
    expect(hit?.evidence_en).toBe(
      `Chronic drugs (Rp320,000) billed on 2024-03-14 for I10 while the chronic programme still supplied the same condition (I10, PRB fill of 2024-03-02): 18 days of supply in hand (tolerance 10 days); the card held two supplies again within 60 days (${april})`,
    );
    expect(hits.filter((h) => h.nomor_sep === april).map((h) => h.signal)).toEqual(['chronic_drugs_during_prb_supply']);
  });

  it('leaves alone one overlap, another condition group, visits near the end of the supply and visits without chronic drugs', () => {
    for (const sep of [...onceOnly, ...otherCondition, ...nearTheEnd, ...noChronicDrugs])
      expect(
        hits.filter((h) => h.nomor_sep === sep),
        sep,
      ).toEqual([]);
  });
});
