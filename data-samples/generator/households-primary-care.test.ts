// Issue 18 on a generated extract (no defects): households (family cards, relationships,
// newborns on their own card covered from birth, twins), primary care (FKTP visits that write
// the referrals hospital claims carry, capitation, PRB refills) and JKN segment changes,
// with each new marginal against its published figure or stated assumption and tolerance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPITATION_RATE_BOUNDS, PRB_MAX_DAYS_SUPPLY } from '../schema/index.js';
import { HOUSEHOLD_SIZE_ASSUMED } from './households.js';
import { NEWBORN_ADMISSION_SHARE } from './population.js';
import { FKTP_VISITS_PER_MEMBER_YEAR, PRB_SHARE } from './primary-care.js';
import { generateExtract } from './test-support/extract.js';
import type { GeneratedExtract } from './test-support/extract.js';

const LEDGER_START = '2024-07-01';
const LEDGER_END = '2026-06-30';
let x: GeneratedExtract;

beforeAll(async () => {
  x = await generateExtract({ members: 12_000, months: 24, seed: 31, format: 'parquet', defectRate: 0 });
});
afterAll(async () => {
  await x?.close();
});

describe('households', () => {
  it("puts every member on one family card with one head, at most one spouse of the other sex, 16-digit numbers from the head's province", async () => {
    expect(await x.scalar(`SELECT count(*) FROM members WHERE nomor_kk IS NULL OR hubungan_keluarga IS NULL`)).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM (SELECT nomor_kk FROM members GROUP BY 1
      HAVING count(*) FILTER (WHERE hubungan_keluarga = 'KEPALA') <> 1 OR count(*) FILTER (WHERE hubungan_keluarga = 'PASANGAN') > 1)`),
    ).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM members h JOIN members s USING (nomor_kk)
      WHERE h.hubungan_keluarga = 'KEPALA' AND s.hubungan_keluarga = 'PASANGAN' AND h.sex = s.sex`),
    ).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM members h WHERE hubungan_keluarga = 'KEPALA'
      AND NOT (regexp_full_match(nomor_kk, '[0-9]{16}') AND left(nomor_kk, 2) = province_code)`),
    ).toBe(0);
  });

  it('has a mean size of about 3.8 (assumption after BPS SUSENAS, within 0.4) and few one-person households', async () => {
    const mean = await x.scalar(`SELECT count(*) / count(DISTINCT nomor_kk) FROM members`);
    expect(Math.abs(mean - HOUSEHOLD_SIZE_ASSUMED)).toBeLessThan(0.4);
    const single = await x.scalar(`SELECT avg((n = 1)::INTEGER) FROM (SELECT count(*) AS n FROM members GROUP BY nomor_kk)`);
    expect(single).toBeLessThan(0.15);
  });

  it('makes every child at least 15 years younger than a head or spouse of its card, and keeps twins together', async () => {
    expect(
      await x.scalar(`SELECT count(*) FROM members c WHERE c.hubungan_keluarga = 'ANAK' AND NOT EXISTS (
      SELECT 1 FROM members p WHERE p.nomor_kk = c.nomor_kk AND p.hubungan_keluarga IN ('KEPALA', 'PASANGAN')
        AND c.birth_date::DATE - p.birth_date::DATE >= 15 * 365)`),
    ).toBe(0);
    // twins (the generator's only multiple births): same birth date, same sex-independent card, same household
    const twins = await x.query<{ n: bigint; together: bigint }>(`
      SELECT count(*) AS n, count(*) FILTER (WHERE a.nomor_kk = b.nomor_kk) AS together
      FROM members a JOIN members b ON a.birth_date = b.birth_date AND a.nik < b.nik AND a.regency_code = b.regency_code
        AND substr(a.nik, 1, 6) = substr(b.nik, 1, 6) AND a.jkn_registered_date = b.jkn_registered_date
      WHERE a.birth_date::DATE > DATE '${LEDGER_END}' - 5 * 365`);
    expect(Number(twins[0]!.n)).toBeGreaterThan(5);
    expect(Number(twins[0]!.together) / Number(twins[0]!.n)).toBeGreaterThan(0.9);
  });
});

describe('newborns', () => {
  const births = `(SELECT * FROM members WHERE birth_date::DATE BETWEEN DATE '${LEDGER_START}' AND DATE '${LEDGER_END}' - 30)`;
  const newbornStays = `(SELECT c.*, m.birth_date::DATE AS born, m.jkn_registered_date::DATE AS reg, m.nomor_kk
    FROM claims c JOIN members m USING (nomor_kartu) WHERE c.kode_inacbg LIKE 'P-%' AND c.tgl_masuk::DATE - m.birth_date::DATE <= 1)`;

  it('are mostly registered within 28 days of birth (Perpres 82/2018), a sick one within 3; a late one has no claim before its registration', async () => {
    const inTime = await x.scalar(`SELECT avg((jkn_registered_date::DATE - birth_date::DATE BETWEEN 0 AND 28)::INTEGER) FROM ${births}`);
    expect(inTime).toBeGreaterThan(0.9);
    expect(inTime).toBeLessThan(1);
    expect(
      await x.scalar(`SELECT count(*) FROM claims c JOIN ${births} b USING (nomor_kartu)
      WHERE b.jkn_registered_date::DATE > b.birth_date::DATE + 28 AND c.tgl_masuk::DATE < b.jkn_registered_date::DATE`),
    ).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM ${newbornStays} WHERE reg - born > 3`)).toBe(0);
  });

  it('about 12% of births need a stay of their own (assumption after Riskesdas 2018 low birth weight 6.2%, within 5 points)', async () => {
    const share = await x.scalar(`SELECT (SELECT count(DISTINCT nomor_kartu) FROM ${newbornStays}) / (SELECT count(*) FROM ${births})`);
    expect(Math.abs(share - NEWBORN_ADMISSION_SHARE)).toBeLessThan(0.05);
  });

  it("a newborn's stay is on its own card, often begins before its registration, the SEP on the registration; its household has a parent", async () => {
    expect(await x.scalar(`SELECT count(*) FROM ${newbornStays} WHERE tgl_masuk::DATE < reg`)).toBeGreaterThan(0);
    expect(await x.scalar(`SELECT count(*) FROM ${newbornStays} WHERE tgl_sep::DATE <> greatest(tgl_masuk::DATE, reg)`)).toBe(0);
    const orphaned = await x.scalar(`SELECT count(*) FROM ${newbornStays} s WHERE NOT EXISTS (
      SELECT 1 FROM members p WHERE p.nomor_kk = s.nomor_kk AND p.hubungan_keluarga IN ('KEPALA', 'PASANGAN') AND p.nomor_kartu <> s.nomor_kartu)`);
    const all = await x.scalar(`SELECT count(*) FROM ${newbornStays}`);
    expect(orphaned / all).toBeLessThan(0.05);
  });
});

describe('primary care', () => {
  it('every primary-care referral on a hospital claim was written at a P-Care visit of that card, at that FKTP, that day, to that hospital', async () => {
    expect(
      await x.scalar(`SELECT count(*) FROM claims c WHERE c.asal_rujukan = '1' AND NOT EXISTS (
      SELECT 1 FROM fktp_visits v WHERE v.no_rujukan = c.no_rujukan AND v.nomor_kartu = c.nomor_kartu AND v.facility_id = c.ppk_rujukan
        AND v.tgl_kunjungan = c.tgl_rujukan AND v.ppk_tujuan = c.facility_id)`),
    ).toBe(0);
    expect(await x.scalar(`SELECT count(*) FROM claims WHERE asal_rujukan = '1'`)).toBeGreaterThan(1000);
  });

  it('knows every FKTP that refers, is visited, is paid capitation or prescribes a refill', async () => {
    expect(
      await x.scalar(`SELECT count(*) FROM (
      SELECT ppk_rujukan AS f FROM claims WHERE asal_rujukan = '1' UNION SELECT facility_id FROM fktp_visits
      UNION SELECT facility_id FROM capitation UNION SELECT fktp_id FROM prb_claims) WHERE f NOT IN (SELECT facility_id FROM fktp_facilities)`),
    ).toBe(0);
  });

  it('visits: about 1.2 a member-year besides referrals (assumption, within 15%); a quarter healthy; referrals a minority', async () => {
    const years = `(SELECT sum(least(DATE '${LEDGER_END}', coalesce(d.death_date::DATE, DATE '${LEDGER_END}'))
        - greatest(DATE '${LEDGER_START}', least(m.jkn_registered_date::DATE, m.birth_date::DATE + 28)) + 1) / 365.25
      FROM members m LEFT JOIN deaths d USING (nik)
      WHERE least(DATE '${LEDGER_END}', coalesce(d.death_date::DATE, DATE '${LEDGER_END}')) >= greatest(DATE '${LEDGER_START}', m.jkn_registered_date::DATE))`;
    const rate = await x.scalar(`SELECT (SELECT count(*) FROM fktp_visits WHERE no_rujukan IS NULL) / ${years}`);
    expect(Math.abs(rate / FKTP_VISITS_PER_MEMBER_YEAR - 1)).toBeLessThan(0.15);
    const healthy = await x.scalar(`SELECT avg((jenis_kunjungan = 'SEHAT')::INTEGER) FROM fktp_visits WHERE no_rujukan IS NULL`);
    expect(Math.abs(healthy - 0.25)).toBeLessThan(0.03);
    expect(await x.scalar(`SELECT count(*) FROM fktp_visits WHERE (jenis_kunjungan = 'SEHAT') <> (diagnosa IS NULL)`)).toBe(0);
    const referred = await x.scalar(`SELECT avg((no_rujukan IS NOT NULL)::INTEGER) FROM fktp_visits`);
    expect(referred).toBeGreaterThan(0.05);
    expect(referred).toBeLessThan(0.5);
  });

  it('capitation: members x rate, rates within the Permenkes band of the kind, every member alive and registered counted once a month', async () => {
    expect(
      await x.scalar(
        `SELECT count(*) FROM capitation WHERE capitation_amount::BIGINT <> registered_members::BIGINT * capitation_rate::BIGINT`,
      ),
    ).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM capitation WHERE CASE substr(facility_id, 5, 1)
      WHEN 'P' THEN capitation_rate::BIGINT NOT BETWEEN ${CAPITATION_RATE_BOUNDS.P[0]} AND ${CAPITATION_RATE_BOUNDS.P[1]}
      ELSE capitation_rate::BIGINT NOT BETWEEN ${CAPITATION_RATE_BOUNDS.K[0]} AND ${CAPITATION_RATE_BOUNDS.K[1]} END`),
    ).toBe(0);
    const last = '2026-06-01';
    const counted = await x.scalar(`SELECT sum(registered_members::BIGINT) FROM capitation WHERE period = '${last}'`);
    const alive = await x.scalar(`SELECT count(*) FROM members m LEFT JOIN deaths d USING (nik)
      WHERE m.jkn_registered_date::DATE <= DATE '${last}' AND (d.death_date IS NULL OR d.death_date::DATE >= DATE '${last}')`);
    expect(counted).toBe(alive);
  });

  it('PRB: about 5% of members aged 40+ (assumption, within 1.5 points); at most 30 days a refill; refills a month apart', async () => {
    const share =
      await x.scalar(`SELECT count(DISTINCT p.nomor_kartu) / (SELECT count(*) FROM members WHERE birth_date::DATE <= DATE '${LEDGER_END}' - 40 * 365)
      FROM prb_claims p`);
    expect(Math.abs(share - PRB_SHARE)).toBeLessThan(0.015);
    expect(await x.scalar(`SELECT max(hari_obat::INTEGER) FROM prb_claims`)).toBe(PRB_MAX_DAYS_SUPPLY);
    expect(
      await x.scalar(
        `SELECT min(gap) FROM (SELECT tgl_resep::DATE - lag(tgl_resep::DATE) OVER (PARTITION BY nomor_kartu ORDER BY tgl_resep) AS gap FROM prb_claims)`,
      ),
    ).toBeGreaterThanOrEqual(27);
  });

  it('no visit or refill on an inactive card, before birth or after death', async () => {
    const status = (
      table: string,
      day: string,
    ): string => `(SELECT t.${day}::DATE AS d, m.birth_date::DATE AS born, dd.death_date::DATE AS died,
        arg_max(e.card_status, (e.event_date::DATE, e.event_id)) FILTER (WHERE e.event_date::DATE <= t.${day}::DATE) AS s,
        min(e.event_date::DATE) FILTER (WHERE e.event_type = 'DAFTAR') AS reg
      FROM ${table} t JOIN members m USING (nomor_kartu) LEFT JOIN deaths dd USING (nik) JOIN membership_events e USING (nomor_kartu)
      GROUP BY ALL)`;
    for (const [table, day] of [
      ['prb_claims', 'tgl_resep'],
      ['fktp_visits', 'tgl_kunjungan'],
    ] as const) {
      const bad = await x.scalar(`SELECT count(*) FROM ${status(table, day)}
        WHERE s = 'NONAKTIF' OR d < born OR (s IS NULL AND reg > born + 28) OR d > died`);
      // referral visits of planted phantom claims after death are the fraud's own trace
      expect(bad, table).toBeLessThanOrEqual(
        table === 'fktp_visits' ? await x.scalar(`SELECT count(*) FROM claim_fraud WHERE variant LIKE 'phantom_after_death%'`) : 0,
      );
    }
  });
});

describe('segment changes', () => {
  it('move members between segments in both directions, the contribution payer following the segment in force', async () => {
    const moves = await x.query<{ from_seg: string; to_seg: string; n: bigint }>(`
      SELECT d.jkn_segment AS from_seg, p.jkn_segment AS to_seg, count(*) AS n
      FROM membership_events p JOIN membership_events d USING (nomor_kartu)
      WHERE p.event_type = 'PINDAH_SEGMEN' AND d.event_type = 'DAFTAR' GROUP BY ALL`);
    const pairs = new Set(moves.map((m) => `${m.from_seg}>${m.to_seg}`));
    expect(pairs.has('PBPU>PPU')).toBe(true);
    expect(pairs.has('PPU>PBPU')).toBe(true);
    expect(moves.every((m) => m.from_seg !== m.to_seg)).toBe(true);
    // KES rows: an employer pays exactly in PPU months, before and after a change
    expect(
      await x.scalar(`
      WITH ch AS (SELECT m.nik, p.event_date::DATE AS changed, p.jkn_segment AS to_seg, d.jkn_segment AS from_seg
        FROM membership_events p JOIN membership_events d USING (nomor_kartu) JOIN members m USING (nomor_kartu)
        WHERE p.event_type = 'PINDAH_SEGMEN' AND d.event_type = 'DAFTAR')
      SELECT count(*) FROM contributions k JOIN ch USING (nik)
      WHERE k.agency = 'KES' AND (k.employer_id IS NOT NULL) <> ((CASE WHEN k.period::DATE < date_trunc('month', ch.changed) THEN from_seg ELSE to_seg END) = 'PPU')`),
    ).toBe(0);
  });

  it('a self-paying segment waits 14 days only at registration; a change keeps the card active', async () => {
    expect(await x.scalar(`SELECT count(*) FROM membership_events WHERE event_type = 'PINDAH_SEGMEN' AND card_status <> 'AKTIF'`)).toBe(0);
    expect(
      await x.scalar(`SELECT count(*) FROM membership_events a JOIN membership_events d USING (nomor_kartu)
      WHERE a.event_type = 'AKTIVASI' AND d.event_type = 'DAFTAR' AND d.jkn_segment NOT IN ('PBPU', 'BP')`),
    ).toBe(0);
  });
});
