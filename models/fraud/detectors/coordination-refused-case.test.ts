// COB_KKPAK: an e-PLKK report JKK did not take on (red team RT-NM-REFUSED-139; coordination.ts
// jkkTookOnCaseSql). A worker's injury off duty, reported by the employer to be safe, with no SEP,
// no benefit paid and no day off work recorded, is JKN's to pay: its stay is not the accident's
// episode billed to the wrong payer, nor is its clinic follow-up. Beside it, a case without SEP that
// JKK paid (RT-COB-02's shape) still names the JKN stay, and so does one with days off recorded and
// its benefit not yet paid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const EPISODE = 'kkpak_episode_without_sep_billed_to_jkn';
const FOLLOW_UP = 'kkpak_followup_billed_to_jkn';
const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-07-01', sex: 'L', birth_date: '1990-04-01' };

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, WORKER));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A KK case of the card without SEP: accident on 7 January, reported two days later. */
function reported(card: string, daysOff: number, paid: number): void {
  kkpak.push({
    case_id: `KK-${card}`,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: '2024-01-07',
    reported_date: '2024-01-09',
    case_type: 'KK',
    location: 'LUAR_TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: daysOff,
    nomor_sep: null,
    jkk_benefit_paid: paid,
  });
}
/** The machete cut's stay from the accident day, and its wound check in the clinic ten days later. */
function cutAndCheck(card: string): [stay: string, check: string] {
  return [
    add(card, { tgl_masuk: '2024-01-07', tgl_pulang: '2024-01-10', kode_inacbg: 'S-1-10-I', diagnosa: 'S61.0', procedure: '86.22' }),
    add(card, { jenis_rawat: 2, tgl_masuk: '2024-01-17', tgl_pulang: '2024-01-17', kode_inacbg: 'S-5-12-0', diagnosa: 'S61.0' }),
  ];
}

reported('refused', 0, 0);
const refused = cutAndCheck('refused');
reported('paid', 21, 9_400_000);
const paid = cutAndCheck('paid');
reported('pending', 14, 0);
const pending = cutAndCheck('pending');

let run: DetectorRun | undefined;
const signalsOf = (sep: string): string[] => run?.signalsOf(sep, 'COB_KKPAK') ?? [];

beforeAll(async () => {
  run = await runDetectors({ members, claims, kkpak_cases: kkpak });
});

afterAll(async () => {
  await run?.close();
});

describe('COB_KKPAK: a work-accident report JKK did not take on', () => {
  it('leaves alone the stay and the follow-up of a report with no SEP, no benefit and no day off work', () => {
    for (const sep of refused) expect(signalsOf(sep), sep).toEqual([]);
  });

  it('names the stay and the follow-up of a case without SEP that JKK paid', () => {
    expect(signalsOf(paid[0])).toContain(EPISODE);
    expect(signalsOf(paid[1])).toContain(FOLLOW_UP);
  });

  it('names the stay of a case with days off recorded and its benefit not yet paid', () => {
    expect(signalsOf(pending[0])).toContain(EPISODE);
  });
});
