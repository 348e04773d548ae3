// UPCODING by moving the primary diagnosis to a dearer group of its ICD-10 category
// (upcoding-sibling.ts, red team RT-UPCODE-61): concussions coded as traumatic subdural
// haemorrhage, with a concussion's bill and stay; and the genuine haemorrhages that stay silent.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import { peerStays } from '../test-support/patients.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);

const book = peerStays('us', 11);
const { claims, members } = book;
const stay = book.stayAt;
const concussion = { kode_inacbg: 'S-4-10-I', diagnosa: 'S06.0#S00.9', procedure: '87.03' };
// a subdural haematoma's stay: a week, observed and scanned again, billed at twice a concussion's
const subdural = { kode_inacbg: 'G-4-13-I', diagnosa: 'S06.5', procedure: '87.03', tarif_kamar: 400_000, tarif_obat: 400_000 };

for (let i = 0; i < 24; i++) {
  stay(i % 2 ? PEER_A : PEER_B, 3 + (i % 3), concussion);
  stay(i % 2 ? PEER_A : PEER_B, 6 + (i % 4), subdural);
}
// the coding hospital: concussions coded as subdural haemorrhage, home on day two, a concussion's bill
const moved = Array.from({ length: 5 }, () => stay(CODER, 2, { ...concussion, kode_inacbg: 'G-4-13-I', diagnosa: 'S06.5#S00.9' }));
// near misses: a genuine subdural kept a week there; a small intracerebral bleed (I61, a category no
// cheaper group shares) home on day two
const genuineSubdural = stay(CODER, 7, subdural);
const smallBleed = stay(CODER, 2, { kode_inacbg: 'G-4-13-I', diagnosa: 'I61.9', procedure: '87.03' });

// the fourth digit (RT-UPCODE-95): hypertensive urgencies coded I11.0 (with heart failure, I-4-12)
// with the bill and stay of the hypertension group; peers' hypertension stays three days
const hypertension = { kode_inacbg: 'I-4-17-I', diagnosa: 'I10', procedure: '89.52' };
for (let i = 0; i < 24; i++) stay(i % 2 ? PEER_A : PEER_B, 2 + (i % 3), hypertension);
const fourthDigit = Array.from({ length: 4 }, (_, i) =>
  stay(CODER, 2 + (i % 2), { ...hypertension, kode_inacbg: 'I-4-12-I', diagnosa: 'I11.0' }),
);
// near misses: genuine hypertensive heart failure, five days of a heart failure's bill; and I50 (no variant) on a short stay
const heartFailure = stay(CODER, 5, {
  kode_inacbg: 'I-4-12-I',
  diagnosa: 'I11.0',
  procedure: '89.52#88.72',
  tarif_kamar: 400_000,
  tarif_obat: 500_000,
});
const shortFailure = stay(CODER, 2, { ...hypertension, kode_inacbg: 'I-4-12-I', diagnosa: 'I50.0' });

const run = runDetectorsOnce({ members, claims });

describe('UPCODING: a diagnosis moved to the dearer group of its category', () => {
  it('names each concussion coded as subdural haemorrhage, with the tariff share above the head-injury group at risk', () => {
    for (const sep of moved) {
      const [h] = run().hitsOf(sep, 'diagnosis_moved_to_dearer_group');
      expect(h?.evidence_en).toContain('S-4-10-I');
      // G-4-13 (Rp6.6M base) over S-4-10 (Rp3.2M): 52% of the Rp5M hand-built tariff
      expect(h?.amount_at_risk).toBeCloseTo(5_000_000 * (1 - 3.2 / 6.6), -3);
    }
  });

  it('stays silent on a genuine subdural stay and on a bleed whose category no cheaper group shares', () => {
    expect(run().hitsOf(genuineSubdural, 'diagnosis_moved_to_dearer_group')).toHaveLength(0);
    expect(run().hitsOf(smallBleed, 'diagnosis_moved_to_dearer_group')).toHaveLength(0);
  });
});

describe('UPCODING: a fourth digit that names a complication moves the stay to a dearer group', () => {
  it('names hypertensive urgencies coded with heart failure (I11.0) on a hypertension stay, the hypertension group named', () => {
    for (const sep of fourthDigit) {
      const [h] = run().hitsOf(sep, 'diagnosis_moved_to_dearer_group');
      expect(h?.evidence_en).toContain('I-4-17-I');
      // I-4-12 (Rp3.6M base) over I-4-17 (Rp2.1M): 42% of the Rp5M hand-built tariff
      expect(h?.amount_at_risk).toBeCloseTo(5_000_000 * (1 - 2.1 / 3.6), -3);
    }
  });

  it('stays silent on genuine hypertensive heart failure and on a short I50 stay (no fourth-digit variant)', () => {
    expect(run().hitsOf(heartFailure, 'diagnosis_moved_to_dearer_group')).toHaveLength(0);
    expect(run().hitsOf(shortFailure, 'diagnosis_moved_to_dearer_group')).toHaveLength(0);
  });
});
