// UPCODING as a provider's severity mix over all its groups (upcoding-mix.ts): a hospital codes
// five of nine stays of each of six CBG groups at severity II where its peers code a third, each
// group by a different coder. No group and no coder is out of the chance range alone (5 observed
// against about 3 expected); over the six groups, 30 against about 18 is. Near misses: the
// hospital's one severity-II stay that used a severity-II stay's resources, and a hospital of
// another class whose mix is its peers'.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);
const HONEST = String(FACILITIES['bandung']?.['facility_id']);
const GROUPS: readonly (readonly [string, string])[] = [
  ['J-4-16', 'J18.9'],
  ['K-4-17', 'A09'],
  ['A-4-13', 'A90'],
  ['I-4-17', 'I20.0'],
  ['N-4-11', 'N39.0'],
  ['L-4-10', 'L03.1'],
];

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
/** A stay of group `g` at `level` (1 or 2), the five clinical lines at `component` rupiah each, by coder `coder`. */
function stay(facility_id: string, g: number, level: 1 | 2, component: number, coder = 'K01'): string {
  n++;
  const card = `mx${n}`;
  members.push(member(card));
  const masuk = addDays('2024-01-03', n % 300);
  const [cbg, dx] = GROUPS[g] ?? ['', ''];
  const c = claim(card, {
    facility_id,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, level === 1 ? 3 : 4),
    kode_inacbg: `${cbg}-${level === 1 ? 'I' : 'II'}`,
    diagnosa: level === 1 ? dx : `${dx}#E11.9`,
    coder_id: `${coder}${facility_id}`,
    ...Object.fromEntries(
      ['tarif_kamar', 'tarif_obat', 'tarif_keperawatan', 'tarif_tenaga_ahli', 'tarif_laboratorium'].map((k) => [k, component]),
    ),
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const LEVEL_I = 200_000;
const LEVEL_II = 500_000;
const codedUp: string[] = [];
let resourced = '';
const honestLevelII: string[] = [];
GROUPS.forEach((_, g) => {
  // peers: 20 stays at severity I, 10 at II (a third above I), severity II at two and a half times the lines
  for (let i = 0; i < 30; i++) stay(i % 2 ? PEER_A : PEER_B, g, i < 20 ? 1 : 2, (i < 20 ? LEVEL_I : LEVEL_II) + 1_000 * (i % 5));
  // the coding hospital: 4 at I, 5 at II billed as severity I, each group by its own coder
  for (let i = 0; i < 4; i++) stay(CODER, g, 1, LEVEL_I + 1_000 * i, `K${g}`);
  for (let i = 0; i < 5; i++) {
    // one stay of the first group used a severity-II stay's resources: not named
    if (g === 0 && i === 0) resourced = stay(CODER, g, 2, LEVEL_II + 50_000, `K${g}`);
    else codedUp.push(stay(CODER, g, 2, LEVEL_I + 1_000 * i, `K${g}`));
  }
  // a class C hospital with its peers' mix: 6 at I, 3 at II (billed as severity I, as its own)
  for (let i = 0; i < 6; i++) stay(HONEST, g, 1, LEVEL_I + 1_000 * i);
  for (let i = 0; i < 3; i++) honestLevelII.push(stay(HONEST, g, 2, LEVEL_I + 1_000 * i));
});

const run = runDetectorsOnce({ members, claims });

describe("UPCODING: a provider's severity above peers over all its groups", () => {
  it('names the stays coded above severity I with a severity-I bill, counting all six groups', () => {
    for (const sep of codedUp) {
      const [h] = run().hitsOf(sep, 'severity_above_peers_across_groups');
      expect(h?.evidence_en).toContain(
        `Provider ${CODER} coded 30.0 of its 54.0 stays in 6 CBG groups above severity I (a family's stays admitted together counted as one)`,
      );
      expect(h?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('is what names them: no group and no coder is beyond its peers alone', () => {
    const alone = run().hits.filter((h) => h.signal === 'group_severity_above_peers' || h.signal === 'coder_severity_above_colleagues');
    expect(alone).toHaveLength(0);
  });

  it("stays silent on a stay with its level's resources and on a hospital with its peers' mix", () => {
    expect(run().hitsOf(resourced, 'severity_above_peers_across_groups')).toHaveLength(0);
    for (const sep of honestLevelII) expect(run().hitsOf(sep, 'severity_above_peers_across_groups')).toHaveLength(0);
  });
});
