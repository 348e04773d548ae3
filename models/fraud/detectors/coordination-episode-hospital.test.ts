// COB_KKPAK by the hospital that treated the accident (round 13, RT-COB-131): a sprayer's
// organophosphate poisoning treated under e-PLKK at a partner hospital, whose stay the same
// hospital also bills to JKN under a second SEP as gastroenteritis; against an illness admitted
// after the episode window (RT-NM-KKSICK-31), the same stay at another hospital, a case with no
// SEP and an injury-coded stay (the certain episode signal's). Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const PARTNER = String(FACILITIES['jakarta2']?.['facility_id']);
const OTHER = String(FACILITIES['jakarta1']?.['facility_id']);
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-03-01', birth_date: '1986-04-01' };
const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];

function accident(card: string, day: string, sep: string | null, caseType = 'KK'): void {
  members.push(member(card, WORKER));
  kkpak.push({
    case_id: `PLKK-${card}`,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: day,
    reported_date: addDays(day, 1),
    case_type: caseType,
    location: 'TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: 5,
    nomor_sep: sep,
    jkk_benefit_paid: 2_600_000,
  });
}
function stay(card: string, day: string, dx: string, facility = PARTNER): string {
  const c = claim(card, {
    facility_id: facility,
    tgl_masuk: day,
    tgl_pulang: addDays(day, 3),
    kode_inacbg: 'K-4-17-I',
    diagnosa: dx,
    procedure: '99.18',
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// poisoned spraying on 8 January, treated under the partner hospital's e-PLKK SEP; the same stay billed to JKN as A09
accident('op1', '2024-01-08', `${PARTNER}0124V000901`);
const gastro = stay('op1', '2024-01-08', 'A09#E86');
// the same, reported as an occupational disease (PAK), admitted the day after the diagnosis
accident('op2', '2024-01-10', `${PARTNER}0124V000902`, 'PAK');
const pak = stay('op2', '2024-01-11', 'A09');
// an ankle fracture at work under e-PLKK, pneumonia at the same hospital nine days later (RT-NM-KKSICK-31)
accident('nm1', '2024-02-09', `${PARTNER}0224V000903`);
const pneumonia = stay('nm1', '2024-02-18', 'J18.9');
// the same stay billed by another hospital (no e-PLKK SEP of its own), and a case treated outside a partner hospital
accident('nm2', '2024-01-08', `${PARTNER}0124V000904`);
const elsewhere = stay('nm2', '2024-01-08', 'A09', OTHER);
accident('nm3', '2024-01-08', null);
const noSep = stay('nm3', '2024-01-08', 'A09');
// the injury coded on the stay: the certain episode signal's
accident('nm4', '2024-01-08', `${PARTNER}0124V000905`);
const injury = stay('nm4', '2024-01-08', 'T60.0#E86');

const run = runDetectorsOnce({ members, claims, kkpak_cases: kkpak });
const SIGNAL = 'kkpak_stay_at_accident_hospital_billed_to_jkn';

describe('COB_KKPAK: a work accident stay billed to JKN by the hospital that treated it under e-PLKK, with no injury coded', () => {
  it('names the stay, suspicious, with the e-PLKK case and its SEP', () => {
    const [hit] = run().hitsOf(gastro, SIGNAL);
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.related_sep).toEqual(['PLKK-op1']);
    expect(hit?.evidence_en).toMatch(/^Stay 2024-01-08 to 2024-01-11 \(A09, E86\) admitted 0 day\(s\) after KK case PLKK-op1/);
    expect(hit?.evidence_en).toContain(`e-PLKK SEP ${PARTNER}0124V000901`);
    expect(run().hitsOf(pak, SIGNAL)).toHaveLength(1);
  });

  it('leaves an illness after the episode window, another hospital and a case with no SEP alone', () => {
    for (const sep of [pneumonia, elsewhere, noSep]) expect(run().signalsOf(sep, 'COB_KKPAK'), sep).not.toContain(SIGNAL);
  });

  it('leaves an injury-coded stay to the certain episode signal', () => {
    expect(run().signalsOf(injury, 'COB_KKPAK')).toEqual(['kkpak_episode_billed_to_jkn']);
  });
});
