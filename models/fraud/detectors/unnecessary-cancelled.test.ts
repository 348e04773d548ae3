// An operation cancelled on the day and billed honestly (Z53, a medical group, one night) is no
// one-night admission without need (RT-NM-CANCELLED-61): at a hospital whose one-night medical
// stays are far above its class peers' for the same CBG, the plain one-night stays are named and
// the cancelled ones, coded Z53.8 with their reason, stay silent. A small warehouse of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** A mild medical stay (K-4-17-I) on a card of its own, admitted 07:00 and home `nights` days later at 10:30. */
function stay(facility: string, nights: number, diagnosa: string): string {
  n++;
  const card = `cx${n}`;
  members.push(member(card));
  const masuk = addDays('2024-02-01', 2 * n);
  const pulang = addDays(masuk, nights);
  const c = claim(card, {
    facility_id: facility,
    tgl_masuk: masuk,
    tgl_pulang: pulang,
    waktu_masuk: `${masuk} 07:00:00`,
    waktu_pulang: `${pulang} 10:30:00`,
    kode_inacbg: 'K-4-17-I',
    diagnosa,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

// Jakarta 1 sends home after one night; Jakarta 2, of the same class, keeps the same CBG four nights
const oneNight = Array.from({ length: 6 }, () => stay(JAKARTA1, 1, 'K29.7'));
const cancelled = Array.from({ length: 3 }, () => stay(JAKARTA1, 1, 'K40.9#Z53.8#J06.9'));
for (let i = 0; i < 12; i++) stay(JAKARTA2, 4, 'K29.7');

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => run?.close());

describe('one-night stays above case-mix peers, and operations cancelled on the day', () => {
  it("names the provider's plain one-night stays", () => {
    for (const sep of oneNight) expect(run.signalsOf(sep, 'UNNECESSARY_TREATMENT')).toContain('one_night_stays_above_casemix_peers');
  });

  it('leaves the stays coded Z53 (procedure not carried out) silent', () => {
    for (const sep of cancelled) expect(run.signalsOf(sep, 'UNNECESSARY_TREATMENT')).toEqual([]);
  });
});
