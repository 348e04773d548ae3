// COB_KKPAK by episode, after the accident: the check-ups and physiotherapy of a work injury that
// JKK pays, billed to JKN at another hospital (red-team RT-COB-32), against a worker's other
// injury, an illness, care past the follow-up window and a new admission. Hand-built rows in an
// in-memory warehouse, through the batch's own fraud SQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { COB_KKPAK_DETECTOR } from './coordination.js';

const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2012-07-01' };
/** The follow-up clinic: another hospital than the partner that treated the accident under e-PLKK. */
const CLINIC = String(FACILITIES['jakarta2']?.['facility_id']);

function add(card: string, over: Row, memberOver: Row = WORKER): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, memberOver));
  const c = claim(card, { facility_id: CLINIC, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
/** An outpatient fracture check-up. */
const checkUp = (day: string, dx = 'S42.2'): Row => ({
  jenis_rawat: 2,
  tgl_masuk: day,
  tgl_pulang: day,
  kode_inacbg: 'S-5-12-0',
  diagnosa: dx,
});
/** An outpatient physiotherapy session for the injury (rehabilitation coded first). */
const physio = (day: string, injury = 'S42.2'): Row => ({
  jenis_rawat: 2,
  tgl_masuk: day,
  tgl_pulang: day,
  kode_inacbg: 'Z-3-12-0',
  diagnosa: `Z50.1#${injury}`,
  procedure: '93.39',
});
function accident(card: string, caseId: string, day: string, daysOff = 60): void {
  kkpak.push({
    case_id: caseId,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: day,
    reported_date: day,
    case_type: 'KK',
    location: 'TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: daysOff,
    nomor_sep: `JKK-${caseId}`,
    jkk_benefit_paid: 14_900_000,
  });
}

// RT-COB-32's shape: a shoulder fracture at work (Monday 4 March), check-ups 15 and 35 days later and
// four weekly physiotherapy sessions, all at another hospital and billed to JKN
accident('fu1', 'PLKK-FU1', '2024-03-04');
const followUps = [
  add('fu1', checkUp('2024-03-19')),
  add('fu1', checkUp('2024-04-08')),
  ...['2024-04-15', '2024-04-22', '2024-04-29', '2024-05-06'].map((day) => add('fu1', physio(day))),
];
// the knee injured at work (its check-up is the follow-up); a hand cut five weeks later is another injury
accident('fu2', 'PLKK-FU2', '2024-03-04');
const kneeCheckUp = add('fu2', checkUp('2024-03-14', 'S82.1'));
const handCut = add('fu2', checkUp('2024-04-10', 'S61.0'));
// an illness during the sick leave (dengue), and the shoulder seen again after the follow-up window
accident('fu3', 'PLKK-FU3', '2024-03-04');
const dengue = add('fu3', { jenis_rawat: 2, tgl_masuk: '2024-03-20', tgl_pulang: '2024-03-20', kode_inacbg: 'A-4-13-I', diagnosa: 'A90' });
const late = add('fu3', checkUp('2024-06-10'));
// an occupational disease (PAK) names no injury to follow
kkpak.push({ ...kkpak[0], case_id: 'PLKK-PAK4', member_key: 'm_fu4', case_type: 'PAK', nomor_sep: null });
const afterDisease = add('fu4', checkUp('2024-03-19'));
// a worker with no e-PLKK report: the unreported-accident signal, not the follow-up
const unreported = add('fu5', checkUp('2024-03-19'));

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims, kkpak_cases: kkpak });
  hits = run.hitsOfType('COB_KKPAK');
});

afterAll(async () => {
  await run?.close();
});

const signalsOf = (sep: string): string[] => hits.filter((h) => h.nomor_sep === sep).map((h) => h.signal);

describe('COB_KKPAK: follow-up care of a JKK-paid work injury billed to JKN', () => {
  it('flags every check-up and physiotherapy session of the injury as certain, naming the e-PLKK case and the first claim', () => {
    for (const sep of followUps) {
      const hit = hits.find((h) => h.nomor_sep === sep && h.signal === 'kkpak_followup_billed_to_jkn');
      expect(hit, sep).toBeDefined();
      expect(hit?.strength).toBe('certain');
      expect(hit?.related_sep).toContain('PLKK-FU1');
      if (sep !== followUps[0]) expect(hit?.related_sep).toContain(followUps[0]);
    }
    const physioHit = hits.find((h) => h.nomor_sep === followUps[5]);
    expect(physioHit?.evidence_en).toMatch(
      /^Z50\.1, S42\.2 on 2024-05-06 \(shoulder and upper arm\), 63 days after work accident PLKK-FU1/,
    );
  });

  it('gives a worker with an e-PLKK report no "without e-PLKK" evidence', () => {
    for (const sep of [...followUps, kneeCheckUp, handCut]) expect(signalsOf(sep)).not.toContain('wage_earner_trauma_without_eplkk');
    expect(signalsOf(unreported)).toEqual(['wage_earner_trauma_without_eplkk']);
  });

  it('follows the body region of the first injury claim after the accident, not any injury', () => {
    expect(signalsOf(kneeCheckUp)).toEqual(['kkpak_followup_billed_to_jkn']);
    expect(signalsOf(handCut)).toEqual([]);
  });

  it('leaves an illness, care past the follow-up window and an occupational disease alone', () => {
    expect(COB_KKPAK_DETECTOR.thresholds.followUpDays.value).toBe(90);
    expect(signalsOf(dengue)).toEqual([]);
    expect(signalsOf(late)).not.toContain('kkpak_followup_billed_to_jkn');
    expect(signalsOf(afterDisease)).not.toContain('kkpak_followup_billed_to_jkn');
  });
});
