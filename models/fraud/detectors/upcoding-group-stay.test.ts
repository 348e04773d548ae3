// UPCODING by a dearer group of the same CMG (patterns.ts unsupportedSeveritySql, red team
// RT-UPCODE-62): newborns kept for phototherapy of jaundice (P-8-11, a three-day norm) coded as
// neonates with major problems (P-8-17) by putting respiratory distress first, with a phototherapy
// stay's bill and length. Where the jaundice group's peers send their babies home sooner than its
// norm, a stay of the norm is still the cheaper group's: its tariff pays for those days.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);

const book = peerStays('ug', 11);
const { claims, members } = book;
const stay = book.stayAt;
const jaundice = { kode_inacbg: 'P-8-11-I', diagnosa: 'P59.9', procedure: null };
// a neonate with major problems: a week and more, intubated, billed at three times a jaundice stay
const major = {
  kode_inacbg: 'P-8-17-I',
  diagnosa: 'P22.0',
  procedure: '96.04',
  tarif_kamar: 1_500_000,
  tarif_obat: 1_500_000,
  tarif_bmhp: 1_000_000,
};

// the peers send their jaundiced babies home on day two, under the group's norm of three
for (let i = 0; i < 24; i++) {
  stay(i % 2 ? PEER_A : PEER_B, 2, jaundice);
  stay(i % 2 ? PEER_A : PEER_B, 8 + (i % 4), major);
}
// the coding hospital: phototherapy stays of the jaundice norm, coded P-8-17 with oxygen only
const coded = Array.from({ length: 5 }, () =>
  stay(CODER, 3, { ...jaundice, kode_inacbg: 'P-8-17-I', diagnosa: 'P22.0#P59.9', procedure: '93.96' }),
);
// near miss: a genuine distressed newborn there, nine days and the bill of its care
const genuine = stay(CODER, 9, major);

const run = runDetectorsOnce({ members, claims });

describe("UPCODING: a stay of the cheaper group's norm coded into a dearer group", () => {
  it('names the jaundice stays coded as major neonatal problems though they last the jaundice norm, longer than its peers', () => {
    for (const sep of coded) {
      const [h] = run().hitsOf(sep, 'severity_without_resource_use');
      expect(h?.evidence_en).toContain('P-8-11-I');
    }
  });

  it('stays silent on a genuine distressed newborn', () => {
    expect(
      run()
        .hitsOfType('UPCODING')
        .filter((h) => h.nomor_sep === genuine),
    ).toHaveLength(0);
  });
});
