// CLONING over months (clone-templates.ts): one stay's bill reused for other patients a month
// apart, exactly or with every line nudged a few per cent, among the facility's honest stays of
// the same service billed otherwise, is named on every copy, the one submitted before its
// template too; a hospital billing every stay of a service alike (a fee schedule), a package billed
// to eight of ten patients, honest stays differing by ten per cent and a copy whose stay is a day
// longer are left alone.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
function add(card: string, over: Row): string {
  members.push(member(card, { birth_date: `19${50 + members.length}-03-0${1 + (members.length % 9)}` }));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A three-day appendectomy with its own drugs, tests and consumables. */
const LINES: Row = { tarif_obat: 812_300, tarif_laboratorium: 431_200, tarif_bmhp: 219_900, tarif_radiologi: 150_400 };
const appendix = (masuk: string, lines: Row, over: Row = {}): Row => ({
  kode_inacbg: 'K-1-12-I',
  diagnosa: 'K35.8',
  procedure: '47.09',
  tgl_masuk: masuk,
  tgl_pulang: addDays(masuk, 3),
  ...lines,
  ...over,
});
/** Every line of LINES moved by `f(k)` for line k. */
const nudged = (f: (k: number) => number): Row =>
  Object.fromEntries(Object.entries(LINES).map(([c, v], k) => [c, Math.round(Number(v) * f(k))]));

// Jakarta 1: the template (10 January), copies a month apart under other doctors, the first dated before it
const template = add('tpl', appendix('2024-01-10', LINES, { kode_dpjp: 'DSURG1' }));
const firstCopy = add('c1', appendix('2024-01-02', LINES, { kode_dpjp: 'DSURG2' }));
const copies = [
  add('c2', appendix('2024-02-12', LINES, { kode_dpjp: 'DSURG3' })),
  add(
    'c3',
    appendix(
      '2024-03-14',
      nudged((k) => (k % 2 ? 1.045 : 0.96)),
      { kode_dpjp: 'DSURG4' },
    ),
  ),
  add('c4', appendix('2024-04-15', LINES, { kode_dpjp: 'DSURG2' })),
];
// honest stays of the same service and length, billed for their own care
const honest = [
  add(
    'h1',
    appendix(
      '2024-02-20',
      nudged((k) => 1.1 + 0.1 * k),
    ),
  ),
  add(
    'h2',
    appendix(
      '2024-03-25',
      nudged((k) => 0.9 - 0.05 * k),
    ),
  ),
];
// a copy kept a day longer: another stay, left to the four-week comparison
const longer = add('c5', appendix('2024-05-20', LINES, { tgl_pulang: '2024-05-24' }));

// Bandung: a fee schedule, every severe stay of the service billed alike a month apart, no other bill
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const schedule = ['2024-01-08', '2024-02-11', '2024-03-15'].map((d, i) => add(`fee${i}`, appendix(d, LINES, { facility_id: BANDUNG })));

// Makassar: honest stays whose lines differ by ten per cent and more from each other
const MAKASSAR = String(FACILITIES['makassar']?.['facility_id']);
const apart = [0, 1, 2, 3, 4].map((i) =>
  add(
    `apart${i}`,
    appendix(
      addDays('2024-01-05', 30 * i),
      nudged((k) => 1 + 0.1 * ((i + k) % 3) + 0.12 * i),
      { facility_id: MAKASSAR },
    ),
  ),
);

// Jakarta 2: a package, eight of ten patients of the stay billed it over the months
const JAKARTA2 = String(FACILITIES['jakarta2']?.['facility_id']);
const pkg = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => add(`pkg${i}`, appendix(addDays('2024-01-03', 17 * i), LINES, { facility_id: JAKARTA2 })));
add(
  'pkgOwn1',
  appendix(
    '2024-02-02',
    nudged((k) => 1.2 + 0.1 * k),
    { facility_id: JAKARTA2 },
  ),
);
add(
  'pkgOwn2',
  appendix(
    '2024-03-02',
    nudged((k) => 0.8 - 0.05 * k),
    { facility_id: JAKARTA2 },
  ),
);

const run = runDetectorsOnce({ members, claims });

describe('CLONING: one bill reused over months as a template', () => {
  it('names every copy, the one submitted before its template too', () => {
    const flagged = new Set(
      run()
        .hitsOfType('CLONING', 'bill_template_reused')
        .map((h) => h.nomor_sep),
    );
    for (const sep of [firstCopy, ...copies]) expect(flagged.has(sep), sep).toBe(true);
    // the template is named too, by the four-week comparison with the first copy (the plainest evidence names the hit)
    expect(flagged.has(template)).toBe(false);
    expect(run().signalsOf(template, 'CLONING')).toEqual(['near_identical_claim_other_patient']);
    const hit = run().hitsOf(String(copies[2]), 'bill_template_reused')[0];
    expect(hit?.related_sep).toEqual(expect.arrayContaining([template, firstCopy]));
    expect(hit?.evidence_en).toContain("2 other patients' stays of the same service and length were billed otherwise");
  });

  it('leaves honest stays, a stay of another length, a fee schedule, a package and bills ten per cent apart alone', () => {
    const flagged = new Set(
      run()
        .hitsOfType('CLONING', 'bill_template_reused')
        .map((h) => h.nomor_sep),
    );
    for (const sep of [...honest, longer, ...schedule, ...apart, ...pkg]) expect(flagged.has(sep), sep).toBe(false);
  });
});
