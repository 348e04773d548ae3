// CLONING of the medical record (clone-records.ts; red team RT-CLONE-92): one internist's
// discharge summary pasted for elderly pneumonia patients over months, the same five diagnoses in
// one order and the same three procedures, each bill the patient's own. Near misses: a ward's
// protocol (two common secondaries on many patients), patients of one event admitted on one day
// with one list, a condition's complications alike in its patients, the common triplet of standing
// conditions on many elderly patients, two patients who share three
// comorbidities, and the same list at another hospital.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import type { DetectorHit } from '../test-support/detector-run.js';
import { addDays } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';
import { CLONING_DETECTOR } from './cloning.js';

const book = patients('crec');
const PNEUMONIA = { kode_inacbg: 'J-4-16-II', procedure: '87.44#93.96#99.21' };
const TEMPLATE = 'J18.9#I10#E11.9#E78.5#K21.9';
/** A stay of `days` days from `masuk` whose drug, laboratory and room lines are the patient's own (`i` varies them). */
const stay = (masuk: string, i: number, over: Row = {}): string =>
  book.stay({
    ...PNEUMONIA,
    diagnosa: TEMPLATE,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 4 + (i % 3)),
    tarif_obat: 640_000 + 37_300 * i,
    tarif_laboratorium: 210_000 + 18_900 * i,
    tarif_kamar: 450_000 * (4 + (i % 3)),
    tarif_bmhp: 90_000 + 11_700 * i,
    ...over,
  });

// pasted for six patients, every fortnight from January
const pasted = [0, 1, 2, 3, 4, 5].map((i) => stay(addDays('2024-01-08', 15 * i), i));
// a ward's protocol: pneumonia with hypertension and diabetes on many patients
const protocol = [0, 1, 2, 3, 4].map((i) => stay(addDays('2024-01-10', 9 * i), 10 + i, { diagnosa: 'J18.9#I10#E11.9' }));
// one event: four patients admitted on one day with one list (a care home's outbreak)
const outbreak = [0, 1, 2, 3].map((i) => stay('2024-03-04', 20 + i, { diagnosa: 'J18.9#I10#E11.9#N39.0', facility_id: '3273R001' }));
// two patients sharing three comorbidities by chance
const pair = [0, 1].map((i) => stay(addDays('2024-02-05', 20 * i), 30 + i, { diagnosa: 'J18.9#I10#E11.9#E78.5', facility_id: '3273R001' }));
// the common triplet of the old (hypertension, diabetes, raised cholesterol) in one order on elderly pneumonia
// patients of a busy ward over months, the routine procedures alike
const triplet = [0, 1, 2, 3, 4].map((i) =>
  stay(addDays('2024-01-12', 21 * i), 60 + i, { diagnosa: 'J18.9#I10#E11.9#E78.5', facility_id: '3374R001' }),
);
// a condition's own complications, treated on the stay, alike in five patients (heart failure with acute kidney injury,
// low potassium and sodium, dialysed): no standing condition among them
const complications = [0, 1, 2, 3, 4].map((i) =>
  stay(addDays('2024-01-20', 17 * i), 50 + i, {
    kode_inacbg: 'I-4-12-III',
    diagnosa: 'I50.0#N17.9#E87.6#E87.1',
    procedure: '88.72#89.52#39.95#38.93',
  }),
);
// the same template list at another hospital, once
const elsewhere = stay('2024-02-12', 40, { facility_id: '3273R001' });

const hits = runDetectorsOnce({ members: book.members, claims: book.claims });
const recordCopies = (): DetectorHit[] =>
  hits().hits.filter((h) => h.fraud_type === 'CLONING' && h.signal === 'medical_record_copied_other_patients');
const flagged = (): string[] => recordCopies().map((h) => h.nomor_sep);

describe('CLONING of a pasted discharge summary', () => {
  it('flags every stay of the pasted list, naming the other patients', () => {
    expect(CLONING_DETECTOR.signals['medical_record_copied_other_patients']?.strength).toBe('suspicious');
    expect(CLONING_DETECTOR.thresholds.recordMinSecondaries.value).toBe(4);
    expect([...flagged()].sort()).toEqual([...pasted].sort());
    const first = recordCopies().find((h) => h.nomor_sep === pasted[0]);
    expect(first?.related_sep).toEqual(pasted.slice(1));
    expect(first?.evidence_en).toContain('Diagnoses [J18.9, I10, E11.9, E78.5, K21.9] (4 secondaries in the same order)');
    expect(first?.evidence_en).toContain('identical on the stays of 6 patients of CBG J-4-16-II at 3171R001, admitted on 6 days');
  });
});

describe('CLONING near misses of a pasted record', () => {
  it("leaves a ward's protocol of two common secondaries", () => {
    for (const sep of protocol) expect(flagged(), sep).not.toContain(sep);
  });

  it('leaves the patients of one event admitted on one day', () => {
    for (const sep of outbreak) expect(flagged(), sep).not.toContain(sep);
  });

  it("leaves a condition's own complications alike in its patients", () => {
    for (const sep of complications) expect(flagged(), sep).not.toContain(sep);
  });

  it('leaves many patients sharing the common triplet of standing conditions in one order', () => {
    for (const sep of triplet) expect(flagged(), sep).not.toContain(sep);
  });

  it('leaves two patients sharing three comorbidities, and the list once at another hospital', () => {
    for (const sep of [...pair, elsewhere]) expect(flagged(), sep).not.toContain(sep);
  });
});
