// COB_KKPAK by episode when the injury code is left off (issue 11, round 7): a worker's fall
// treated under e-PLKK at a partner hospital, whose controls and physiotherapy during the sick
// leave the same hospital bills to JKN as back pain and disc disorder; against a visit for another
// illness, care after the leave, care at another hospital and a case with no SEP. Hand-built rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const PARTNER = String(FACILITIES['jakarta2']?.['facility_id']);
const OTHER = String(FACILITIES['jakarta1']?.['facility_id']);
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-03-01', birth_date: '1984-06-01' };
const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];

function accident(card: string, day: string, daysOff: number, sep: string | null): void {
  members.push(member(card, WORKER));
  kkpak.push({
    case_id: `PLKK-${card}`,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: day,
    reported_date: addDays(day, 1),
    case_type: 'KK',
    location: 'TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: daysOff,
    nomor_sep: sep,
    jkk_benefit_paid: 15_000_000,
  });
}
function visit(card: string, day: string, dx: string, px: string | null, facility = PARTNER): string {
  const c = claim(card, {
    facility_id: facility,
    jenis_rawat: 2,
    tgl_masuk: day,
    tgl_pulang: day,
    kode_inacbg: 'M-5-15-0',
    diagnosa: dx,
    procedure: px,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// a fall from scaffolding on 15 January, 42 days off, treated under e-PLKK SEP of the partner hospital
accident('sl1', '2024-01-15', 42, `${PARTNER}0124V000901`);
const leaveCare = [
  visit('sl1', '2024-01-25', 'M54.5', '93.39'),
  visit('sl1', '2024-02-01', 'M51.1#Z50.1', '93.39'),
  visit('sl1', '2024-02-08', 'M51.1#Z50.1', '93.11'),
];
// physiotherapy with another code the same weeks (a variant): still the rehabilitation of the leave
const physioOther = visit('sl1', '2024-02-15', 'R26.8', '93.22');
// a diabetes control in the leave, a back visit after it, and one at another hospital
const diabetes = visit('sl1', '2024-02-05', 'E11.9', '90.59');
const afterLeave = visit('sl1', '2024-03-20', 'M54.5', '93.39');
const elsewhere = visit('sl1', '2024-02-12', 'M54.5', '93.39', OTHER);
// the injury coded on the follow-up: the body-region signal's, not this one
const injuryCoded = visit('sl1', '2024-02-19', 'S32.0#Z50.1', '93.39');
// a case treated outside a partner hospital (no SEP): no hospital known to have treated it
accident('sl2', '2024-01-15', 42, null);
const noSep = visit('sl2', '2024-01-25', 'M54.5', '93.39');

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims, kkpak_cases: kkpak });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'kkpak_sick_leave_care_billed_to_jkn';
const signalsOf = (sep: string): string[] => run?.signalsOf(sep, 'COB_KKPAK') ?? ['not run'];

describe("COB_KKPAK: musculoskeletal care in a work accident's sick leave at the hospital that treated it", () => {
  it('names each control and physiotherapy session of the leave, suspicious, with the e-PLKK case', () => {
    for (const sep of [...leaveCare, physioOther]) {
      const [hit] = run?.hitsOf(sep, SIGNAL) ?? [];
      expect(hit, sep).toBeDefined();
      expect(hit?.strength).toBe('suspicious');
      expect(hit?.related_sep).toEqual(['PLKK-sl1']);
    }
    expect(run?.hitsOf(leaveCare[0] ?? '', SIGNAL)[0]?.evidence_en).toMatch(
      /^M54\.5 \(93\.39\) on 2024-01-25, 10 days after work accident PLKK-sl1 treated at this hospital/,
    );
  });

  it('leaves another illness, care after the leave and care at another hospital alone', () => {
    for (const sep of [diabetes, afterLeave, elsewhere]) expect(signalsOf(sep), sep).not.toContain(SIGNAL);
  });

  it('leaves an injury-coded follow-up to the body-region signal and a case with no SEP alone', () => {
    expect(signalsOf(injuryCoded)).toEqual(['kkpak_followup_billed_to_jkn']);
    expect(signalsOf(noSep)).toEqual([]);
  });
});
