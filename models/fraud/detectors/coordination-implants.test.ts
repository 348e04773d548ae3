// COB_KKPAK for a work fracture's implant removal (RT-COB-61's mechanism): the plate fixed under
// e-PLKK comes out seven months later, billed to JKN with Z47.0 and 78.62 and no injury code.
// Near misses: a removal after a fracture JKN itself fixed since the accident, a removal after a
// short absence (no fixed fracture), one beyond two years, and a worker's later dengue
// (RT-NM-KKLATER-01's shape).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const kkpak: Row[] = [];
const WORKER: Row = { jkn_segment: 'PPU', bpjstk_registered_date: '2015-07-01' };

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, WORKER));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
function accident(card: string, day: string, daysOff: number): void {
  kkpak.push({
    case_id: `KK-${card}`,
    member_key: `m_${card}`,
    employer_id: '12345678',
    accident_date: day,
    reported_date: day,
    case_type: 'KK',
    location: 'TEMPAT_KERJA',
    outcome: 'SEMBUH',
    days_off: daysOff,
    nomor_sep: `3171R0010000V${card.padStart(6, '0').slice(-6)}`,
    jkk_benefit_paid: 21_500_000,
  });
}
const removal = (masuk: string): Row => ({
  tgl_masuk: masuk,
  tgl_pulang: masuk.replace(/-(\d\d)$/, (_, d: string) => `-${String(Number(d) + 2).padStart(2, '0')}`),
  kode_inacbg: 'M-1-60-I',
  diagnosa: 'Z47.0',
  procedure: '78.62',
});

// RT-COB-61's shape: a humerus plated under e-PLKK in June 2023, the plate removed in January 2024
accident('plate', '2023-06-11', 56);
const plate = add('plate', removal('2024-01-20'));
// the removal coded by its procedure alone, under an aftercare code of another kind
accident('screws', '2023-08-01', 42);
const screws = add('screws', { ...removal('2024-03-05'), diagnosa: 'Z48.8' });

// near miss: a fracture JKN fixed after the accident's episode; its removal is JKN's
accident('fell', '2023-05-02', 35);
add('fell', { tgl_masuk: '2023-09-10', tgl_pulang: '2023-09-14', kode_inacbg: 'M-1-30-II', diagnosa: 'S52.5', procedure: '79.32' });
const fellRemoval = add('fell', removal('2024-04-02'));
// near miss: a cut finger, a week off work, then an old implant removed: no fracture fixed for the accident
accident('finger', '2023-10-03', 7);
const fingerRemoval = add('finger', removal('2024-02-06'));
// near miss: a removal more than two years after the accident
accident('late', '2021-02-01', 60);
const lateRemoval = add('late', removal('2024-02-13'));
// near miss (RT-NM-KKLATER-01): a worker's dengue five weeks after a finger wound JKK paid
accident('dengue', '2024-01-12', 7);
const dengue = add('dengue', {
  tgl_masuk: '2024-02-20',
  tgl_pulang: '2024-02-24',
  kode_inacbg: 'A-4-13-I',
  diagnosa: 'A90',
  procedure: '90.59',
});

describe('COB_KKPAK: implant removal of a work fracture billed to JKN', () => {
  let run: DetectorRun;
  beforeAll(async () => {
    run = await runDetectors({ members, claims, kkpak_cases: kkpak });
  });
  afterAll(async () => run?.close());

  it('names the removal, certain, with the e-PLKK case as related row', () => {
    const [hit] = run.hitsOf(plate, 'kkpak_implant_removal_billed_to_jkn');
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toEqual(['KK-plate']);
    expect(hit?.evidence_en).toContain('223 days after work accident KK-plate');
  });

  it('reads the removal from its procedure when the diagnosis is another aftercare code', () => {
    expect(run.signalsOf(screws, 'COB_KKPAK')).toEqual(['kkpak_implant_removal_billed_to_jkn']);
  });

  it('leaves a removal after a JKN fracture, after a short absence, beyond two years, and a later dengue alone', () => {
    for (const sep of [fellRemoval, fingerRemoval, lateRemoval, dengue]) expect(run.signalsOf(sep, 'COB_KKPAK')).toEqual([]);
  });
});
