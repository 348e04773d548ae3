// UPCODING `group_severity_above_peers` and the course that explains a severity (provider-excess-hits.ts
// LATER_COMPLICATION_DAYS, red team RT-NM-ADHESION-71): appendectomies coded at severity II whose
// patients came back weeks later for a laparotomy (adhesions after a perforated appendix) were the
// complicated ones; a hospital coding as many at II whose patients never came back is still named.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { patients } from '../test-support/patients.js';

// each judged against its own class's other hospitals (class B and class C), so neither is the other's peer
const RETURNED = hospital('5108R311');
const NEVER_BACK = hospital('5171R311', { hospital_class: 'C' });
const PEERS: Record<string, readonly string[]> = { B: ['3171R001', '3171R002', '7371R001'], C: ['3273R001'] };

const APPENDIX: Row = { kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09' };
const APPENDIX_II: Row = { kode_inacbg: 'K-1-12-II', diagnosa: 'K35.8#E86', procedure: '47.09' };
const LAPAROTOMY: Row = { kode_inacbg: 'K-1-14-I', diagnosa: 'K56.6', procedure: '54.11' };
/** The bill of a severity-II appendectomy elsewhere (these components Rp150,000); the coded-up stays bill Rp100,000. */
const DEAR: Row = Object.fromEntries(
  ['tarif_obat', 'tarif_laboratorium', 'tarif_kamar', 'tarif_keperawatan', 'tarif_bmhp'].map((c) => [c, 150_000]),
);

const book = patients('ulc');
const { claims, members } = book;
const day = (i: number): string => `2024-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}`;
const appendectomy = (facility: string, i: number, over: Row = {}): string =>
  book.stay({ facility_id: facility, ...APPENDIX, tgl_masuk: day(i), tgl_pulang: addDays(day(i), 3), ...over });

// appendectomies at each class's other hospitals: one in ten at severity II
for (const cls of ['B', 'C']) {
  const peers = PEERS[cls] ?? [];
  for (let i = 0; i < 200; i++) appendectomy(peers[i % peers.length] as string, i, i % 10 === 0 ? { ...APPENDIX_II, ...DEAR } : {});
}
// eight at severity I and five at II at each hospital; at the first, each patient at II is back three to seven weeks later for a laparotomy
for (let i = 0; i < 8; i++) for (const h of [RETURNED, NEVER_BACK]) appendectomy(String(h['facility_id']), 300 + i);
const returned = [0, 1, 2, 3, 4].map((i) => {
  const card = book.card();
  const masuk = day(320 + i);
  const sep = book.claimOf(card, {
    facility_id: RETURNED['facility_id'] ?? null,
    ...APPENDIX_II,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, 4),
  });
  const back = addDays(masuk, 4 + 21 + 4 * i);
  book.claimOf(card, { facility_id: RETURNED['facility_id'] ?? null, ...LAPAROTOMY, tgl_masuk: back, tgl_pulang: addDays(back, 8) });
  return sep;
});
const neverBack = [0, 1, 2, 3, 4].map((i) =>
  appendectomy(String(NEVER_BACK['facility_id']), 330 + i, { ...APPENDIX_II, tgl_pulang: addDays(day(330 + i), 4) }),
);

const run = runDetectorsOnce({ facilities: [...Object.values(FACILITIES), RETURNED, NEVER_BACK], members, claims });
const upcoding = (sep: string): string[] => run().signalsOf(sep, 'UPCODING');

describe('UPCODING: a severity the later course explains', () => {
  it('leaves appendectomies at severity II whose patients came back for a laparotomy weeks later', () => {
    for (const sep of returned) expect(upcoding(sep), sep).not.toContain('group_severity_above_peers');
  });

  it('still names as many at severity II (of a hospital of another class, against its own peers) at a hospital whose patients never came back', () => {
    for (const sep of neverBack) expect(upcoding(sep), sep).toContain('group_severity_above_peers');
  });
});
