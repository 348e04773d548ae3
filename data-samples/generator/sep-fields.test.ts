// Issue 18 on a generated extract (no defects, so every row is as planted): the SEP fields
// of every claim, honest or planted, are physically consistent with the stay; the doctor
// registry holds every DPJP, none with more than three licences, and doctors with several
// licences bill at several hospitals as ordinary care; membership events agree with the
// claims (no SEP on an inactive card). That no ingestion rule fires on generated rows beyond
// the injected defects is features/ingest/sample-defects.test.ts's check on the sample.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOLIDAYS, LATERAL_PROCEDURES } from '../reference/index.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

let x: GeneratedExtract;

beforeAll(async () => {
  x = await generateExtract({ members: 12_000, months: 24, seed: 31, format: 'parquet', defectRate: 0 });
});
afterAll(async () => {
  await x?.close();
});

const lateral = `[${LATERAL_PROCEDURES.map((p) => `'${p}'`).join(', ')}]`;
/** Claims with typed SEP fields and whether they are planted fraud. */
const typed = `(SELECT c.*, c.tgl_masuk::DATE AS mi, c.tgl_pulang::DATE AS po, c.waktu_masuk::TIMESTAMP AS wm, c.waktu_pulang::TIMESTAMP AS wp,
    c.waktu_operasi::TIMESTAMP AS wo, c.ventilator_hour::INTEGER AS vh, c.icu_los::INTEGER AS icu, c.tgl_rujukan::DATE AS tr,
    f.nomor_sep IS NOT NULL AS fraud
  FROM claims c LEFT JOIN claim_fraud f USING (nomor_sep))`;

describe('SEP fields of generated claims', () => {
  it('every claim has admission and discharge times on its dates, in order', async () => {
    expect(await x.scalar(`SELECT count(*) FROM ${typed} WHERE wm IS NULL OR wp IS NULL`)).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM ${typed} WHERE wm::DATE <> mi OR wp::DATE <> po OR wp < wm`)).toBe(0);
  });

  it('honest and planted claims alike: ventilator hours and ICU days within the stay, the operation inside it', async () => {
    const bad = await x.query<{ fraud: boolean; n: bigint }>(`SELECT fraud, count(*) AS n FROM ${typed}
      WHERE vh > date_diff('minute', wm, wp) / 60.0 OR icu > po - mi + 1 OR wo NOT BETWEEN wm AND wp GROUP BY fraud`);
    expect(bad).toEqual([]);
    // the checks are not vacuous
    expect(await x.scalar(`SELECT count(*) FROM ${typed} WHERE vh > 0 AND NOT fraud`)).toBeGreaterThan(5);
    expect(await x.scalar(`SELECT count(*) FROM ${typed} WHERE wo IS NOT NULL AND NOT fraud`)).toBeGreaterThan(100);
  });

  it('an honest member never collects chronic drugs while a 30-day supply is still in hand from another facility', async () => {
    const honest = `(SELECT nomor_kartu, nomor_sep, facility_id, tgl_masuk::DATE AS d, tarif_obat_kronis::BIGINT AS k FROM claims
      WHERE nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud))`;
    expect(
      await x.scalar(`SELECT count(*) FROM (
      SELECT b.nomor_sep, count(*) * 30 - (b.d - min(o.d)) AS in_hand,
        count(DISTINCT o.facility_id) + (NOT list_contains(list(o.facility_id), b.facility_id))::INTEGER AS facilities
      FROM ${honest} b JOIN ${honest} o ON o.nomor_kartu = b.nomor_kartu AND o.nomor_sep <> b.nomor_sep AND o.k > 0
        AND o.d BETWEEN b.d - 59 AND b.d AND (o.d < b.d OR o.nomor_sep < b.nomor_sep)
      WHERE b.k > 0 GROUP BY b.nomor_sep, b.d, b.facility_id) WHERE in_hand > 10 AND facilities >= 2`),
    ).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM ${honest} WHERE k > 0`)).toBeGreaterThan(1000);
  });

  it('an operation time where, and only where, a surgical procedure is billed', async () => {
    expect(
      await x.scalar(
        `SELECT count(*) FROM claims WHERE (waktu_operasi IS NOT NULL) <> (procedure IS NOT NULL AND tarif_prosedur_bedah::BIGINT > 0)`,
      ),
    ).toBe(0);
  });

  it('one side per procedure, a side exactly on the sided ones, and both sides occur', async () => {
    expect(
      await x.scalar(`SELECT count(*) FROM claims WHERE (procedure IS NULL) <> (lateralitas IS NULL)
      OR len(string_split(procedure, '#')) <> len(string_split(lateralitas, '#'))
      OR list_bool_or(list_transform(list_zip(string_split(procedure, '#'), string_split(lateralitas, '#')), p -> (p[2] = 'N') = list_contains(${lateral}, p[1])))`),
    ).toBe(0);
    const sides = await x.query<{ side: string }>(
      `SELECT DISTINCT unnest(string_split(lateralitas, '#')) AS side FROM claims WHERE lateralitas IS NOT NULL`,
    );
    expect(new Set(sides.map((s) => s.side))).toEqual(new Set(['N', 'R', 'L', 'B']));
  });

  it('a referral precedes the admission; emergency admissions have none; a transfer names the hospital it came from', async () => {
    expect(await x.scalar(`SELECT count(*) FROM ${typed} WHERE tr > mi`)).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM claims WHERE (jenis_pelayanan = 'IGD') <> (no_rujukan IS NULL)`)).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM claims WHERE no_rujukan IS NOT NULL AND NOT starts_with(no_rujukan, ppk_rujukan)`)).toBe(0);
    expect(await x.scalar(`SELECT count(DISTINCT no_rujukan) = count(no_rujukan) FROM claims`)).toBe(1);
    // Every genuine transfer's second stay was referred by the first hospital (asal_rujukan 2).
    const transfers = await x.query<{ ok: boolean }>(`SELECT t.ppk_rujukan = f.facility_id AND t.asal_rujukan = '2' AS ok
      FROM claim_lookalike l JOIN claims t USING (nomor_sep) JOIN claims f ON f.nomor_kartu = t.nomor_kartu AND f.discharge_status = '2'
        AND f.tgl_pulang::DATE BETWEEN t.tgl_masuk::DATE - 3 AND t.tgl_masuk::DATE AND f.facility_id <> t.facility_id
      WHERE l.lookalike = 'genuine_transfer'`);
    expect(transfers.some((t) => t.ok)).toBe(true);
  });

  it('about a third of inpatient admissions come through the emergency department (assumption 35%, within 8 points)', async () => {
    const share = await x.scalar(`SELECT avg((jenis_pelayanan = 'IGD')::INTEGER) FROM claims WHERE jenis_rawat = '1'
      AND nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud)`);
    expect(share).toBeGreaterThan(0.22);
    expect(share).toBeLessThan(0.43);
  });
});

describe('the doctor registry', () => {
  it('names every DPJP of every claim, with at most three licences each and unique ids', async () => {
    expect(await x.scalar(`SELECT count(*) FROM claims WHERE kode_dpjp NOT IN (SELECT doctor_id FROM doctors)`)).toBe(0);
    expect(await x.scalar(`SELECT max(len(string_split(licensed_facilities, '#'))) FROM doctors`)).toBeLessThanOrEqual(3);
    expect(await x.scalar(`SELECT count(DISTINCT doctor_id) = count(*) FROM doctors`)).toBe(1);
  });

  it("an honest claim's DPJP is licensed at the treating facility", async () => {
    expect(
      await x.scalar(`SELECT count(*) FROM claims c JOIN doctors d ON d.doctor_id = c.kode_dpjp
      WHERE c.nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud) AND NOT list_contains(string_split(d.licensed_facilities, '#'), c.facility_id)`),
    ).toBe(0);
  });

  it('doctors with several licences bill honestly at several hospitals, some on the same day (what a doctor-at-two-places signal sees)', async () => {
    const honest = `(SELECT * FROM claims WHERE nomor_sep NOT IN (SELECT nomor_sep FROM claim_fraud))`;
    expect(await x.scalar(`SELECT count(*) FROM doctors WHERE len(string_split(licensed_facilities, '#')) >= 2`)).toBeGreaterThan(20);
    expect(
      await x.scalar(`SELECT count(*) FROM (SELECT kode_dpjp FROM ${honest} GROUP BY 1 HAVING count(DISTINCT facility_id) >= 2)`),
    ).toBeGreaterThan(10);
    expect(
      await x.scalar(
        `SELECT count(*) FROM (SELECT kode_dpjp, tgl_masuk FROM ${honest} GROUP BY ALL HAVING count(DISTINCT facility_id) >= 2)`,
      ),
    ).toBeGreaterThan(0);
  });
});

describe('membership events', () => {
  /** Status of each claim's card on its admission day, from the events. */
  const status = `(SELECT c.nomor_sep, arg_max(e.card_status, (e.event_date::DATE, e.event_id)) FILTER (WHERE e.event_date::DATE <= c.tgl_masuk::DATE) AS s
    FROM claims c JOIN membership_events e USING (nomor_kartu) GROUP BY c.nomor_sep)`;

  it('every claim falls on an active card (a newborn registered within 28 days is covered from birth); every card has a registration', async () => {
    const newborn = `(SELECT c.nomor_sep FROM claims c JOIN members m USING (nomor_kartu)
      WHERE c.tgl_masuk::DATE >= m.birth_date::DATE AND m.jkn_registered_date::DATE <= m.birth_date::DATE + 28)`;
    expect(await x.scalar(`SELECT count(*) FROM ${status} WHERE s = 'NONAKTIF' OR (s IS NULL AND nomor_sep NOT IN ${newborn})`)).toBe(0);
    // the newborns' stays before their registration exist and are all on the baby's own card within 28 days of birth
    expect(await x.scalar(`SELECT count(*) FROM ${status} WHERE s IS NULL`)).toBeGreaterThan(0);
    expect(await x.scalar(`SELECT count(*) FROM claims WHERE nomor_kartu NOT IN (SELECT nomor_kartu FROM membership_events)`)).toBe(0);
    // (a baby registered at 14 days old may be registered after the ledger's end: no event yet)
    expect(
      await x.scalar(`SELECT count(*) FROM members WHERE jkn_registered_date::DATE <= DATE '2026-06-30'
      AND nomor_kartu NOT IN (SELECT nomor_kartu FROM membership_events WHERE event_type = 'DAFTAR')`),
    ).toBe(0);
  });

  it('self-paying members activate 14 days after registration; only they lose the card for arrears', async () => {
    expect(
      await x.scalar(`SELECT count(*) FROM membership_events a JOIN membership_events d USING (nomor_kartu)
      WHERE a.event_type = 'AKTIVASI' AND d.event_type = 'DAFTAR' AND a.event_date::DATE - d.event_date::DATE <> 14`),
    ).toBe(0);
    const segments = await x.query<{ jkn_segment: string }>(
      `SELECT DISTINCT jkn_segment FROM membership_events WHERE event_type IN ('AKTIVASI', 'NONAKTIF_TUNGGAKAN')`,
    );
    expect(new Set(segments.map((s) => s.jkn_segment))).toEqual(new Set(['PBPU', 'BP']));
    expect(await x.scalar(`SELECT count(*) FROM membership_events WHERE event_type = 'NONAKTIF_TUNGGAKAN'`)).toBeGreaterThan(50);
  });
});

describe('the holiday calendar (SKB 3 Menteri)', () => {
  it('has 17 national holidays in 2024 and in 2025, and 10 collective-leave days in 2024', () => {
    const count = (year: string, kind: string): number => HOLIDAYS.filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect(count('2024', 'LIBUR_NASIONAL')).toBe(17);
    expect(count('2025', 'LIBUR_NASIONAL')).toBe(17);
    expect(count('2024', 'CUTI_BERSAMA')).toBe(10);
    expect(new Set(HOLIDAYS.map((h) => h.date)).size).toBe(HOLIDAYS.length);
  });
});
