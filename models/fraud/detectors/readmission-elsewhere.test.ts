// READMISSION at a sister hospital (readmission.ts, RT-READMIT-41): a readmission within 30 days
// in the same clinical group at another hospital where a doctor of the first stay also attends
// (the same DPJP, or a DPJP licensed at the other hospital in the doctor registry), on hand-built
// hits and near misses: unrelated doctors, a next-day move, a transfer up to an intervention, another
// clinical group, a gap past 30 days. A small warehouse of its own.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import type { DetectorHit } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const FIRST = '3171R001';
const SISTER = '3171R002';

const members: Row[] = [];
const claims: Row[] = [];
const doctors: Row[] = [
  { doctor_id: 'DCARDIO', specialty: 'SP_JP', licensed_facilities: `${FIRST}#${SISTER}` },
  { doctor_id: 'DVISIT', specialty: 'SP_JP', licensed_facilities: `${SISTER}#${FIRST}` },
  { doctor_id: 'DFIRST', specialty: 'SP_JP', licensed_facilities: FIRST },
  { doctor_id: 'DSISTER', specialty: 'SP_JP', licensed_facilities: SISTER },
];
let n = 0;
const heartFailure: Row = { kode_inacbg: 'I-4-12-I', diagnosa: 'I50.0#I10' };

/** One patient's two stays, [facility, admission, discharge, overrides]; returns the second stay's SEP. */
function readmitted(first: [string, string, string, Row], second: [string, string, string, Row]): string {
  const card = `re${++n}`;
  members.push(member(card));
  const [a, b] = [first, second].map(([facility, masuk, pulang, over]) =>
    claim(card, {
      facility_id: facility,
      tgl_masuk: masuk,
      tgl_pulang: pulang,
      tarif_kamar: 100_000 + 10_000 * n,
      ...heartFailure,
      ...over,
    }),
  );
  claims.push(a as Row, b as Row);
  return String((b as Row)['nomor_sep']);
}

// the same cardiologist discharges at the first hospital and readmits twelve days later at the sister
const sameDoctor = readmitted(
  [FIRST, '2024-03-01', '2024-03-06', { kode_dpjp: 'DCARDIO' }],
  [SISTER, '2024-03-18', '2024-03-23', { kode_dpjp: 'DCARDIO' }],
);
// the sister's doctor also holds a licence at the first hospital (the registry), a severity regrouped
const registryDoctor = readmitted(
  [FIRST, '2024-04-01', '2024-04-06', { kode_dpjp: 'DFIRST' }],
  [SISTER, '2024-04-20', '2024-04-25', { kode_dpjp: 'DVISIT', kode_inacbg: 'I-4-12-II' }],
);
// near misses: doctors with no licence in common; a move the next day; a transfer up to an intervention by the
// same doctor; another clinical group; a readmission past 30 days
const unrelated = readmitted(
  [FIRST, '2024-05-01', '2024-05-06', { kode_dpjp: 'DFIRST' }],
  [SISTER, '2024-05-18', '2024-05-23', { kode_dpjp: 'DSISTER' }],
);
const nextDay = readmitted(
  [FIRST, '2024-06-01', '2024-06-06', { kode_dpjp: 'DCARDIO' }],
  [SISTER, '2024-06-07', '2024-06-12', { kode_dpjp: 'DCARDIO' }],
);
const steppedUp = readmitted(
  [FIRST, '2024-07-01', '2024-07-06', { kode_dpjp: 'DCARDIO' }],
  [SISTER, '2024-07-15', '2024-07-19', { kode_dpjp: 'DCARDIO', kode_inacbg: 'I-1-40-I', diagnosa: 'I21.0', procedure: '36.07' }],
);
const otherGroup = readmitted(
  [FIRST, '2024-08-01', '2024-08-06', { kode_dpjp: 'DCARDIO' }],
  [SISTER, '2024-08-15', '2024-08-19', { kode_dpjp: 'DCARDIO', kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9' }],
);
const pastWindow = readmitted(
  [FIRST, '2024-09-01', '2024-09-06', { kode_dpjp: 'DCARDIO' }],
  [SISTER, '2024-10-08', '2024-10-13', { kode_dpjp: 'DCARDIO' }],
);

const run = runDetectorsOnce({ members, claims, doctors });

const hits = (): DetectorHit[] => run().hitsOfType('READMISSION');

describe('a readmission routed through a sister hospital', () => {
  it('names the readmission by the same doctor, with the first stay as evidence', () => {
    const hit = hits().find((h) => h.signal === 'readmitted_at_sister_hospital' && h.nomor_sep === sameDoctor);
    expect(hit?.amount_at_risk).toBe(5_000_000);
    expect(hit?.related_sep).toHaveLength(1);
    expect(hit?.evidence_en).toMatch(
      /^Readmitted at 3171R002 12 days after \S+ at 3171R001 in the same clinical group \(diagnosis I50 \/ CBG group I-4-12\); doctor DCARDIO attends at both hospitals$/,
    );
  });

  it('names a readmission whose doctor holds a licence at the first hospital, whatever the severity', () => {
    const hit = hits().find((h) => h.signal === 'readmitted_at_sister_hospital' && h.nomor_sep === registryDoctor);
    expect(hit?.evidence_en).toMatch(/doctor DVISIT attends at both hospitals$/);
  });

  it('leaves alone unrelated doctors, a next-day move, a transfer up, another group and a gap past 30 days', () => {
    const flagged = new Set(
      hits()
        .filter((h) => h.signal === 'readmitted_at_sister_hospital')
        .map((h) => h.nomor_sep),
    );
    expect([...flagged].sort()).toEqual([sameDoctor, registryDoctor].sort());
    for (const sep of [unrelated, nextDay, steppedUp, otherGroup, pastWindow]) expect(flagged.has(sep), sep).toBe(false);
  });

  it('keeps the same-hospital signal to one hospital', () => {
    expect(hits().filter((h) => h.signal === 'same_clinical_group_readmission')).toEqual([]);
  });
});
