// CLONING at a sister hospital of the same regency, judged on the patient's drugs: two hospitals
// of one city may bill a common condition's pathway (a dengue stay's daily blood counts, its drip
// and cannula) from one regional fee schedule, to the rupiah, while the drugs are dosed for the
// patient (red team RT-NM-KKLATER-01). A copy at the sister hospital is the template itself: its
// drugs kept, one other line edited at most. Hand-built rows; no generated data.
import { describe, expect, it } from 'vitest';
import { cloningOnArrivalEach } from '../test-support/cloning-arrival.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { billOf, patients } from '../test-support/patients.js';

/** Three class C hospitals of Palembang (regency 1671), 3-6 km apart. */
const PALEMBANG1 = '1671R001';
const PALEMBANG2 = '1671R002';
const PALEMBANG3 = '1671R003';
const facilities: Row[] = [
  ...Object.values(FACILITIES),
  hospital(PALEMBANG1, { hospital_class: 'C', latitude: -2.976, longitude: 104.775 }),
  hospital(PALEMBANG2, { hospital_class: 'C', latitude: -2.93, longitude: 104.74 }),
  hospital(PALEMBANG3, { hospital_class: 'C', latitude: -2.95, longitude: 104.76 }),
];

const book = patients('csp');
const { claims, members } = book;

/** A four-day dengue stay at the city's fee schedule: the drugs are the patient's, the rest the pathway's. */
const DENGUE: Row = billOf({
  tarif_prosedur_non_bedah: 154_300,
  tarif_konsultasi: 79_600,
  tarif_tenaga_ahli: 265_200,
  tarif_keperawatan: 236_300,
  tarif_kamar: 412_300,
  tarif_obat: 425_300,
  tarif_laboratorium: 296_600,
  tarif_radiologi: 101_300,
  tarif_penunjang: 67_500,
  tarif_bmhp: 164_000,
  tarif_alkes: 57_900,
  tarif_pelayanan_darah: 26_500,
});
const dengue = (facility: string, day: number, bill: Row): string =>
  book.stay(
    {
      facility_id: facility,
      kode_inacbg: 'A-4-13-I',
      diagnosa: 'A90',
      procedure: '90.59',
      kelas_rawat: 2,
      tgl_masuk: addDays('2024-02-05', day),
      tgl_pulang: addDays('2024-02-05', day + 4),
      kode_dpjp: `D${facility}${book.cards % 3}`,
      ...bill,
    },
    { care_class: 2 },
  );

// a child's stay at the first hospital
const child = dengue(PALEMBANG1, 0, DENGUE);
// a worker's stay at the other hospital 11 days later: every line the schedule's, the drugs dosed for an adult
// (10% more, within 2% of the bill: alike as amounts, CLONING's maxComponentDistance)
const worker = dengue(PALEMBANG2, 11, { ...DENGUE, tarif_obat: 470_000 });
// the copies at a third hospital: the child's bill with its drugs, once whole, once with the laboratory edited
const copy = dengue(PALEMBANG3, 16, DENGUE);
const editedCopy = dengue(PALEMBANG3, 20, { ...DENGUE, tarif_laboratorium: 355_900 });

const run = runDetectorsOnce({ facilities, members, claims });
const signalsOf = (sep: string): string[] => run().signalsOf(sep, 'CLONING');

describe('CLONING at a sister hospital of the regency, by the drugs', () => {
  it('names a stay billed the other hospital’s bill with its drugs, whole or one line edited', () => {
    expect(signalsOf(copy)).toEqual(['claim_copied_at_sister_facility']);
    expect(signalsOf(editedCopy)).toContain('claim_copied_at_sister_facility');
    const hit = run()
      .hitsOf(copy)
      .find((h) => h.signal === 'claim_copied_at_sister_facility');
    expect(hit?.related_sep).toEqual([child]);
  });

  it('leaves a common condition’s stay priced by the city’s schedule, its drugs the patient’s own', () => {
    expect(signalsOf(worker)).toEqual([]);
  });

  it('gives the worker’s stay and the copy the verdict of the batch on arrival', async () => {
    const onArrival = await cloningOnArrivalEach(run(), { facilities, members, claims }, [worker, copy]);
    for (const sep of [worker, copy]) {
      const batch = run()
        .hitsOf(sep)
        .filter((h) => h.fraud_type === 'CLONING')
        .map((h) => h.evidence_en);
      expect(onArrival.get(sep), sep).toEqual(batch);
    }
  });
});
