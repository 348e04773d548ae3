// CANCELLED_SERVICE and where hospitals put an operation's money (cancelled-fee-line.ts): a cath
// lab bills a PCI on the non-surgical line with no surgical fee and no theatre time (red team
// RT-NM-TRANSFER-01), while the code's peers book it on the surgical line. Where two hospitals
// other than the claim's own bill the code on the non-surgical line, a claim with no surgical fee
// is judged by its non-surgical fee against theirs. Hits: a PCI with no surgical fee and an ordinary
// non-surgical line (cancelled), the same where one other hospital alone bills it so, and at a cath
// lab that would be its own second voice. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';
import { NON_SURGICAL_LINE_SCOPE, OPERATION_RECORD_TABLE } from './operation-records.js';

const book = patients('fl');
const SURGICAL_LINE = String(FACILITIES['jakarta1']?.['facility_id']);
const CATH_LAB_A = '3501R001';
const CATH_LAB_B = '3502R001';
const REFERRAL = '3503R001';
const OTHER = '3504R001';
const facilities: Row[] = [...Object.values(FACILITIES), ...[CATH_LAB_A, CATH_LAB_B, REFERRAL, OTHER].map((id) => hospital(id))];

const PEER_SURGICAL = 15_000_000;
const PEER_NON_SURGICAL = 1_500_000;
/** A PCI as its surgical-line peers bill it: the surgical fee, ordinary non-surgical fees, the stent and cath-lab materials. */
const PCI: Row = {
  kode_inacbg: 'I-1-40-I',
  diagnosa: 'I21.0',
  procedure: '00.66#36.07',
  tgl_masuk: '2025-03-10',
  tgl_pulang: '2025-03-13',
  tarif_prosedur_bedah: PEER_SURGICAL,
  tarif_prosedur_non_bedah: PEER_NON_SURGICAL,
  tarif_tenaga_ahli: 5_000_000,
  tarif_alkes: 2_000_000,
  tarif_bmhp: 5_000_000,
  tarif_sewa_alat: 1_500_000,
  waktu_masuk: '2025-03-10 08:00:00',
  waktu_operasi: '2025-03-10 11:00:00',
  waktu_pulang: '2025-03-13 10:00:00',
};
/** The same PCI at a cath lab: no surgical fee, no operation time, the procedure on the non-surgical line. */
const nonSurgical = (fee: number): Row => ({
  ...PCI,
  tarif_prosedur_bedah: 0,
  tarif_prosedur_non_bedah: fee,
  waktu_masuk: null,
  waktu_operasi: null,
  waktu_pulang: null,
});
const pci = (facility: string, over: Row = {}): string => book.stay({ ...PCI, facility_id: facility, ...over });

// the code's peers: 24 PCIs on the surgical line
for (let i = 0; i < 24; i++) pci(SURGICAL_LINE, { tarif_kamar: 100_000 + 1_000 * i });
// two cath labs bill it on the non-surgical line (Rp7 million: the money moved there)
for (const lab of [CATH_LAB_A, CATH_LAB_B]) for (let i = 0; i < 3; i++) pci(lab, nonSurgical(7_000_000));
// a referral hospital's PCI on the non-surgical line (RT-NM-TRANSFER-01: under the token share of the surgical median
// once the peers' ordinary non-surgical fees are taken off, 74% of the cath labs' own fee)
const transferForPci = pci(REFERRAL, nonSurgical(5_200_000));
// a cancelled PCI billed with no surgical fee and an ordinary non-surgical line
const cancelled = pci(OTHER, nonSurgical(PEER_NON_SURGICAL));
// a cath lab's own low PCI: the other voice alone is no convention, so it is judged as before
const ownVoiceOnly = pci(CATH_LAB_A, nonSurgical(5_000_000));

const run = runDetectorsOnce({ facilities, members: book.members, claims: book.claims });
const signals = (sep: string): string[] => run().signalsOf(sep, 'CANCELLED_SERVICE');

describe('CANCELLED_SERVICE: an operation billed on the non-surgical line where other hospitals bill it so', () => {
  it('records per operation the facilities whose bills of it carry no surgical fee, with their non-surgical fee', async () => {
    const rows = await run().warehouse.query<{ facility_id: string; non_surgical_fees: number }>(
      `SELECT facility_id, non_surgical_fees FROM ${OPERATION_RECORD_TABLE} WHERE scope = '${NON_SURGICAL_LINE_SCOPE}' AND group_key = '00.66' ORDER BY facility_id`,
    );
    expect(rows.map((r) => r.facility_id)).toEqual([CATH_LAB_A, CATH_LAB_B, REFERRAL, OTHER]);
    expect(rows.find((r) => r.facility_id === CATH_LAB_B)?.non_surgical_fees).toBe(7_000_000);
  });

  it('judges a PCI with no surgical fee against the cath labs that bill it on the non-surgical line', () => {
    expect(signals(transferForPci)).toEqual([]);
  });

  it('still flags a cancelled PCI: no surgical fee and an ordinary non-surgical line', () => {
    expect(signals(cancelled)).toEqual(['operation_without_surgical_cost']);
    const hit = run().hitsOf(cancelled, 'operation_without_surgical_cost')[0];
    expect(hit?.evidence_en).toContain('against Rp7,000,000, the median non-surgical fee of the 2 other hospitals');
    expect(hit?.evidence_id).toContain('median jasa non-bedah 2 RS lain');
  });

  it("leaves out the claim's own hospital: one other cath lab is no convention", () => {
    expect(signals(ownVoiceOnly)).toEqual(['operation_without_surgical_cost']);
    expect(run().hitsOf(ownVoiceOnly, 'operation_without_surgical_cost')[0]?.evidence_en).toContain(
      'against a peer median of Rp15,000,000 surgical fee',
    );
  });
});
