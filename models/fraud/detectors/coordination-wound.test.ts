// COB_KKPAK by episode when the wound is coded second (issue 11, round 10): a worker's hand wound
// reported through e-PLKK, the next days' JKN stay opened by cellulitis of the limb with the wound
// second; against a dependant's infected wound, a worker's infection of another body region, an
// infection with no injury on the claim and one after the window. Hand-built rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const HOSPITAL = String(FACILITIES['jakarta2']?.['facility_id']);
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-03-01', birth_date: '1986-06-01' };
const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];

function accident(card: string, day: string, sep: string | null): void {
  kkpak.push({
    case_id: `PLKK-${card}`,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: day,
    reported_date: addDays(day, 1),
    case_type: 'KK',
    location: 'TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: 12,
    nomor_sep: sep,
    jkk_benefit_paid: 2_500_000,
  });
}
function stay(card: string, day: string, dx: string): string {
  const c = claim(card, {
    facility_id: HOSPITAL,
    jenis_rawat: 1,
    tgl_masuk: day,
    tgl_pulang: addDays(day, 4),
    kode_inacbg: 'L-4-10-I',
    diagnosa: dx,
    procedure: '99.21',
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

for (const card of ['w1', 'w2', 'w3', 'w4', 'w5']) members.push(member(card, WORKER));
// a hand crushed at work, paid by JKK under its own SEP; the next day JKN is billed cellulitis first, the wound second
accident('w1', '2024-03-04', `${HOSPITAL}0324V000801`);
const cellulitis = stay('w1', '2024-03-05', 'L03.1#S61.0');
// a cut reported without an SEP (reimbursed by JKK): its post-traumatic infection a week later
accident('w2', '2024-03-04', null);
const woundInfection = stay('w2', '2024-03-11', 'T79.3#S61.9');
// near misses: a worker's leg cellulitis after his hand accident with no injury code on the claim,
// facial cellulitis beside a foot wound (another region), and a hand infection 45 days later
accident('w3', '2024-03-04', `${HOSPITAL}0324V000803`);
const noInjury = stay('w3', '2024-03-08', 'L03.1');
const otherRegion = stay('w3', '2024-03-10', 'L03.2#S91.3');
const late = stay('w3', '2024-04-18', 'L03.1#S61.0');
// a dependant (the worker's wife, not in the e-PLKK case) with an infected hand wound the same week
members.push(member('w4', { jkn_segment: 'PPU', birth_date: '1988-02-01' }));
const dependant = stay('w4', '2024-03-05', 'L03.1#S61.0');

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims, kkpak_cases: kkpak });
});

afterAll(async () => {
  await run?.close();
});

const SIGNAL = 'kkpak_wound_infection_billed_to_jkn';
const signalsOf = (sep: string): string[] => run?.signalsOf(sep, 'COB_KKPAK') ?? ['not run'];

describe('COB_KKPAK: a work wound billed to JKN with its infection first', () => {
  it('names the cellulitis stay the day after the reported accident, certain, with the e-PLKK case and its SEP', () => {
    const [hit] = run?.hitsOf(cellulitis, SIGNAL) ?? [];
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toEqual([`PLKK-w1 / ${HOSPITAL}0324V000801`]);
    expect(hit?.evidence_en).toMatch(
      /^L03\.1, S61\.0 admitted 2024-03-05, 1 days after work accident PLKK-w1 .*the infection of the wound S61\.0/,
    );
  });

  it('names a post-traumatic wound infection of a case reported without an SEP', () => {
    expect(run?.hitsOf(woundInfection, SIGNAL)[0]?.related_sep).toEqual(['PLKK-w2']);
  });

  it('leaves an infection with no injury, of another region, after the window, and a dependant alone', () => {
    for (const sep of [noInjury, otherRegion, late, dependant]) expect(signalsOf(sep), sep).not.toContain(SIGNAL);
  });
});
