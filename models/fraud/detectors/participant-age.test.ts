// Participant abuse by age (issue 11): a diagnosis of another stage of life than the card
// holder's (prostate disease at 19) is suspicious; febrile convulsions on an adult's card are
// certain; the same codes at a fitting age stay clean. One in-memory warehouse, distinct cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
function add(card: string, birthDate: string, over: Row): string {
  members.push(member(card, { birth_date: birthDate }));
  const c = claim(card, { tgl_masuk: '2024-05-06', tgl_pulang: '2024-05-09', ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

const PROSTATECTOMY: Row = { diagnosa: 'N40#R33', procedure: '60.29' };
const youngProstate = add('bph19', '2005-02-11', PROSTATECTOMY);
const olderProstate = add('bph62', '1962-02-11', PROSTATECTOMY);
const youngCopd = add('copd22', '2002-07-01', { diagnosa: 'J44.1' });
const adultFebrileConvulsion = add('fc67', '1957-03-03', { diagnosa: 'R56.0#J18.9' });
const childFebrileConvulsion = add('fc2', '2022-01-15', { diagnosa: 'R56.0#J18.9' });

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];
const hitsOf = (sep: string, signal: string) => hits.filter((h) => h.nomor_sep === sep && h.signal === signal);

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hits.filter((h) => h.fraud_type === 'PARTICIPANT_ABUSE');
});

afterAll(async () => {
  await run?.close();
});

describe('PARTICIPANT_ABUSE by stage of life', () => {
  it("names prostate disease on a 19-year-old's card and COPD at 22, as suspicious, naming the codes", () => {
    const [bph] = hitsOf(youngProstate, 'diagnosis_outside_its_age_range');
    expect(bph?.strength).toBe('suspicious');
    expect(bph?.evidence_en).toBe('Card holder is 19 years old but the claim carries N40, a diagnosis of another stage of life');
    expect(hitsOf(youngCopd, 'diagnosis_outside_its_age_range')).toHaveLength(1);
  });

  it('leaves prostate surgery at 62 and febrile convulsions at 2 clean', () => {
    for (const sep of [olderProstate, childFebrileConvulsion]) expect(hits.filter((h) => h.nomor_sep === sep)).toEqual([]);
  });

  it("names febrile convulsions on a 67-year-old's card as certain, once", () => {
    expect(hitsOf(adultFebrileConvulsion, 'childhood_diagnosis_on_adult').map((h) => h.strength)).toEqual(['certain']);
    expect(hitsOf(adultFebrileConvulsion, 'diagnosis_outside_its_age_range')).toEqual([]);
  });
});
