// INFLATED_BILL judged per doctor (red team RT-INFLATED-83): one doctor's stays billing a line at
// two to three times his colleagues' at the same hospital, same CBG and procedures, are flagged on
// each stay above their median; the published doctor rows carry the verdict to arrival. Near
// misses: a subspecialist whose sicker patients stay longer and cost more on every line, a doctor
// with a handful of stays, a doctor with too few colleagues' stays to be judged against, and two
// honest doctors whose stays spread as patients do.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { PROCEDURE_PEER_TABLE } from './peers.js';
import { DOCTOR_PEER_SCOPE } from './doctor-peers.js';
import { INFLATED_BILL_DETECTOR } from './inflated-bill.js';

const SIGNAL = 'doctor_line_above_colleagues';
const members: Row[] = [];
const claims: Row[] = [];
const id = (key: string): string => String(FACILITIES[key]?.['facility_id']);

/** A COPD exacerbation stay, as the red team's: CBG J-4-10-I, nebulisation and a chest X-ray. */
const COPD: Row = { kode_inacbg: 'J-4-10-I', diagnosa: 'J44.1', procedure: '93.96#87.44' };
/** A pneumonia stay without procedures, for the laboratory line. */
const PNEUMONIA: Row = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', procedure: null };

interface StayBill {
  /** Factor on each of these lines (Rp100,000 each otherwise). */
  readonly lines?: Readonly<Record<string, number>>;
  readonly days?: number;
  readonly born?: string;
}

let cards = 0;
/** A stay of `doctor` at `facility`, its lines varied a little per patient (as bills are), bent by `bill`. */
function stay(facility: string, doctor: string, g: Row, bill: StayBill = {}): string {
  const card = `dr${++cards}`;
  members.push(member(card, bill.born ? { birth_date: bill.born } : {}));
  const vary = 0.85 + 0.03 * (cards % 11);
  const masuk = addDays('2024-01-03', 5 * cards);
  const lines = Object.fromEntries(Object.entries(bill.lines ?? {}).map(([k, f]) => [k, Math.round(100_000 * f * vary)]));
  const c = claim(card, {
    ...g,
    facility_id: facility,
    kode_dpjp: doctor,
    tgl_masuk: masuk,
    tgl_pulang: addDays(masuk, bill.days ?? 4),
    tarif_obat: Math.round(100_000 * vary),
    tarif_kamar: 100_000 + 1_000 * cards,
    ...lines,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}
const stays = (n: number, make: () => string): string[] => Array.from({ length: n }, make);

// the group nationally: ordinary COPD and pneumonia stays at two other hospitals
for (const h of ['jakarta2', 'makassar'])
  for (let i = 0; i < 8; i++) {
    stay(id(h), `D${id(h)}N${i % 3}`, COPD);
    stay(id(h), `D${id(h)}N${i % 3}`, PNEUMONIA);
  }

// Bandung: one pulmonologist bills the drug line x3 on his COPD stays, his colleague ordinarily
const inflating = stays(6, () => stay(id('bandung'), 'DPULMO1', COPD, { lines: { tarif_obat: 3 } }));
const colleague = stays(6, () => stay(id('bandung'), 'DPULMO2', COPD));
// Bandung's pneumonia stays: one internist orders laboratory work at 2x his two colleagues'
const laboratory = stays(5, () => stay(id('bandung'), 'DINT1', PNEUMONIA, { lines: { tarif_laboratorium: 2 } }));
stays(6, () => stay(id('bandung'), cards % 2 ? 'DINT2' : 'DINT3', PNEUMONIA));

// Jakarta 1: a respiratory subspecialist takes the sicker patients of the same severity level: older,
// twice the days, so twice the room, nursing and visits, and more drugs and laboratory work with them
const sicker: StayBill = {
  days: 8,
  born: '1942-05-01',
  lines: { tarif_obat: 2.8, tarif_laboratorium: 2, tarif_kamar: 2, tarif_keperawatan: 2, tarif_konsultasi: 2, tarif_tenaga_ahli: 2 },
};
const subspecialist = stays(6, () => stay(id('jakarta1'), 'DSUB1', COPD, sicker));
stays(6, () => stay(id('jakarta1'), 'DGEN1', COPD));
// a doctor with a handful of stays, each at x3, beside colleagues with many
const handful = stays(3, () => stay(id('jakarta1'), 'DFEW1', PNEUMONIA, { lines: { tarif_obat: 3 } }));
stays(8, () => stay(id('jakarta1'), 'DGEN2', PNEUMONIA));

// Makassar: a doctor at x3 whose colleagues have too few stays of the group to be a norm
const alone = stays(6, () => stay(id('makassar'), 'DALONE', { ...COPD, procedure: '93.96' }, { lines: { tarif_obat: 3 } }));
stays(3, () => stay(id('makassar'), 'DOTHER', { ...COPD, procedure: '93.96' }));

// Jakarta 2: two honest doctors whose drug lines spread as patients do (half to one and a half times)
const SPREAD = [0.5, 0.7, 0.9, 1.0, 1.15, 1.3, 1.5, 0.8];
const honest = ['DHON1', 'DHON2'].flatMap((d, k) =>
  SPREAD.map((f, i) => stay(id('jakarta2'), d, { ...COPD, procedure: '93.94' }, { lines: { tarif_obat: SPREAD[(i + 3 * k) % 8] ?? f } })),
);

const run = runDetectorsOnce({ members, claims });
const flagged = (seps: readonly string[]): string[] => seps.filter((sep) => run().hitsOf(sep, SIGNAL).length > 0);

describe('INFLATED_BILL per doctor against his colleagues', () => {
  it("flags every stay of the doctor whose drug line is three times his colleague's, and none of the colleague's", () => {
    expect(flagged(inflating)).toEqual(inflating);
    expect(flagged(colleague)).toEqual([]);
    const [hit] = run().hitsOf(inflating[0] ?? '', SIGNAL);
    expect(hit?.evidence_en).toMatch(
      /^Drugs Rp[\d,]+ = [\d.]+x the share of the median stay of the doctor's colleagues at this hospital \(6 stays of CBG J-4-10-I/,
    );
    expect(hit?.evidence_en).toMatch(/doctor DPULMO1's 6 stays: median (2\.[5-9]|3\.\d)x theirs in share/);
    expect(hit?.evidence_id).toContain('Obat Rp');
    // the line's part above the colleagues' share: of Rp255,000 at 2.4x their share, Rp255,000 x (1 - 1/2.4)
    expect(hit?.amount_at_risk).toBeGreaterThan(140_000);
    expect(hit?.amount_at_risk).toBeLessThan(155_000);
  });

  it("judges the other lines too: laboratory work at twice the colleagues'", () => {
    expect(flagged(laboratory)).toEqual(laboratory);
    expect(run().hitsOf(laboratory[0] ?? '', SIGNAL)[0]?.evidence_en).toMatch(/^Laboratory Rp/);
  });

  it('publishes the verdict per doctor, group and line, so a stay of his that arrives later reads it', async () => {
    const rows = await run().warehouse.query<{ group_key: string; n: bigint; colleague_n: bigint }>(
      `SELECT group_key, n, colleague_n FROM ${PROCEDURE_PEER_TABLE} WHERE scope = $1 AND group_key LIKE '%|DPULMO1' ORDER BY group_key`,
      [DOCTOR_PEER_SCOPE],
    );
    expect(rows.map((r) => r.group_key.split('|')[0])).toEqual(['consumables', 'devices', 'drugs', 'laboratory']);
    expect(rows.map((r) => [Number(r.n), Number(r.colleague_n)])).toEqual(Array.from({ length: 4 }, () => [6, 6]));
  });

  it('leaves the subspecialist whose sicker patients stay longer and cost more on every line silent', async () => {
    expect(subspecialist.flatMap((sep) => run().signalsOf(sep, 'INFLATED_BILL'))).toEqual([]);
    // his drug line is past the ratio in rupiah and in share of the stay's services, not per day of his longer stays
    const ratio = INFLATED_BILL_DETECTOR.thresholds.doctorComponentRatio.value;
    const [row] = await run().warehouse.query<{ share: number; rupiah: number; daily: number }>(
      `SELECT exp(doctor_share_log - colleague_share_log) AS share, doctor_amount / colleague_amount AS rupiah, doctor_daily / colleague_daily AS daily
       FROM ${PROCEDURE_PEER_TABLE} WHERE scope = $1 AND group_key LIKE 'drugs|%|DSUB1'`,
      [DOCTOR_PEER_SCOPE],
    );
    expect(row?.rupiah).toBeGreaterThan(ratio);
    expect(row?.share).toBeGreaterThan(ratio);
    expect(row?.daily).toBeLessThan(ratio);
  });

  it('does not judge a doctor with a handful of stays, nor one whose colleagues have too few', () => {
    expect(flagged(handful)).toEqual([]);
    expect(flagged(alone)).toEqual([]);
  });

  it('leaves two honest doctors whose drug lines spread as patients do silent', () => {
    expect(honest.flatMap((sep) => run().signalsOf(sep, 'INFLATED_BILL'))).toEqual([]);
  });
});
