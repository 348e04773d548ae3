// Participant abuse by age, and arthrosis a coded cause explains (red team RT-NM-RHEUMATOID-132,
// participant-secondary-arthrosis.ts): a knee replaced at 38 for a knee destroyed by rheumatoid
// arthritis coded beside it, or coded as secondary or post-traumatic arthrosis, is no diagnosis of
// another stage of life, nor beside the knee's own injury (a meniscus torn); the same replacement
// coded as knee arthrosis alone at 35 still is, as is one beside a wrist's fracture, and a cause
// coded beside another age-ruled code (COPD at 22 beside gout).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const SIGNAL = 'diagnosis_outside_its_age_range';
const claims: Row[] = [];
const members: Row[] = [];
function add(card: string, birthDate: string, over: Row): string {
  members.push(member(card, { birth_date: birthDate, sex: 'P' }));
  const c = claim(card, { tgl_masuk: '2024-05-06', tgl_pulang: '2024-05-11', kode_inacbg: 'M-1-31-I', procedure: '81.54', ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

const rheumatoidKnee = add('ra38', '1986-01-10', { diagnosa: 'M06.9#M17.9' });
const secondaryGonarthrosis = add('sec37', '1987-01-10', { diagnosa: 'M17.5' });
const postTraumaticKnee = add('pt36', '1988-01-10', { diagnosa: 'M17.3' });
const kneeArthrosisAlone = add('oa35', '1989-01-10', { diagnosa: 'M17.9' });
// a cause this detector's list lacked (SECONDARY_ARTHROSIS_CAUSE_ICD10): the knee's own injury, a meniscus torn (S83.2) at
// 33; near miss: an injury of another limb (a wrist fractured, S52.5) explains no knee
const meniscusKnee = add('men33', '1991-01-10', { diagnosa: 'M17.9#S83.2' });
const wristBesideKnee = add('wr34', '1990-01-10', { diagnosa: 'M17.9#S52.5' });
// a hip worn by childhood Perthes disease (M91.1), replaced at 31
const perthesHip = add('pe31', '1993-01-10', { diagnosa: 'M16.9#M91.1', procedure: '81.51' });
const copdBesideGout = add('copd22', '2002-01-10', { diagnosa: 'J44.1#M10.9', kode_inacbg: 'J-4-17-I', procedure: null });

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];
const hitsOf = (sep: string): DetectorHit[] => hits.filter((h) => h.nomor_sep === sep && h.signal === SIGNAL);

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hits.filter((h) => h.fraud_type === 'PARTICIPANT_ABUSE');
});

afterAll(async () => {
  await run?.close();
});

describe('PARTICIPANT_ABUSE: arthrosis a coded cause explains at a young age', () => {
  it('leaves alone a knee replaced at 38 beside rheumatoid arthritis, and secondary or post-traumatic gonarthrosis', () => {
    for (const sep of [rheumatoidKnee, secondaryGonarthrosis, postTraumaticKnee]) expect(hitsOf(sep), sep).toEqual([]);
  });

  it('names knee arthrosis with no cause at 35, as suspicious, naming the code', () => {
    const [hit] = hitsOf(kneeArthrosisAlone);
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toBe('Card holder is 35 years old but the claim carries M17.9, a diagnosis of another stage of life');
  });

  it("leaves a knee beside its own injury and a hip beside a childhood hip disease, and names a knee beside another limb's injury", () => {
    expect(hitsOf(meniscusKnee)).toEqual([]);
    expect(hitsOf(perthesHip)).toEqual([]);
    expect(hitsOf(wristBesideKnee)[0]?.evidence_en).toBe(
      'Card holder is 34 years old but the claim carries M17.9, a diagnosis of another stage of life',
    );
  });

  it('still names another age-ruled code coded beside a cause of arthrosis', () => {
    expect(hitsOf(copdBesideGout)[0]?.evidence_en).toBe(
      'Card holder is 22 years old but the claim carries J44.1, a diagnosis of another stage of life',
    );
  });
});
