// UPCODING contradicted by the follow-up (upcoding-follow-up-type.ts): strokes coded intracerebral
// haemorrhage with an infarction's days and bill, whose clinic control (a hospital outpatient
// claim or a P-Care visit) names the infarction. Near misses: a control that names no type, a
// record that also confirms the haemorrhage, a new stroke admitted in between, a haemorrhage that
// used a haemorrhage's resources, a control beyond the follow-up window, and intensive care.
import { describe, expect, it } from 'vitest';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';

const claims: Row[] = [];
const members: Row[] = [];
const visits: Row[] = [];
let n = 0;

const haemorrhage = { kode_inacbg: 'G-4-13-I', diagnosa: 'I61.9#I10', procedure: '87.03', tarif_inacbg: 6_600_000, kelas_rawat: 3 };
const infarction = { kode_inacbg: 'G-4-14-I', diagnosa: 'I63.9#I10', procedure: '87.03', tarif_inacbg: 4_500_000, kelas_rawat: 3 };

/** A new card. */
function card(): string {
  n++;
  const key = `fu${n}`;
  members.push(member(key, { birth_date: '1962-04-01' }));
  return key;
}

/** A stay of `los` days from `masuk`, every tariff component `component` rupiah. */
function stay(key: string, masuk: string, los: number, component: number, over: Row): string {
  const components = Object.fromEntries(claimComponents().map((c) => [c, component]));
  const c = claim(key, { tgl_masuk: masuk, tgl_pulang: addDays(masuk, los), ...components, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** The tariff components of a hospital bill. */
const claimComponents = (): string[] => TARIFF_COMPONENTS.map(([name]) => name);

/** A neurology clinic control `days` after `from`, coded `diagnosa`. */
function control(key: string, from: string, days: number, diagnosa: string): string {
  const day = addDays(from, days);
  const c = claim(key, {
    tgl_masuk: day,
    tgl_pulang: day,
    jenis_rawat: 2,
    kode_inacbg: 'G-5-18-0',
    tarif_inacbg: 250_000,
    diagnosa,
    ...Object.fromEntries(claimComponents().map((k) => [k, 10_000])),
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** A P-Care sick visit `days` after `from`. */
function visit(key: string, from: string, days: number, diagnosa: string): void {
  visits.push(sickVisit({ id: `V-${key}-${days}`, card: key, date: addDays(from, days), diagnosa }));
}

// the peers: honest infarctions of six days, honest haemorrhages of eight days at over half again the bill
for (let i = 0; i < 24; i++) {
  const day = `2024-0${1 + (i % 9)}-${String(1 + (i % 27)).padStart(2, '0')}`;
  stay(card(), day, 6, 230_000 + 1_000 * (i % 7), { ...infarction, facility_id: i % 2 ? '3171R002' : '7371R001' });
  stay(card(), day, 8, 400_000 + 1_000 * (i % 7), { ...haemorrhage, facility_id: i % 2 ? '3171R002' : '7371R001' });
}

// coded haemorrhage with an infarction's five days and bill; the control names the infarction
const coded: { sep: string; control?: string }[] = [];
for (const [i, day] of ['2024-02-05', '2024-03-11', '2024-04-16'].entries()) {
  const key = card();
  const sep = stay(key, day, 5 + (i % 2), 232_000, haemorrhage);
  coded.push({ sep, control: control(key, addDays(day, 6), 28 + i, 'I63.9#I10') });
}
// the type on the puskesmas record only: sequelae of infarction
const byVisit = card();
const visitSep = stay(byVisit, '2024-05-06', 5, 231_000, haemorrhage);
visit(byVisit, '2024-05-11', 40, 'I69.3#I10');

// near misses
const untyped = card();
const untypedSep = stay(untyped, '2024-02-12', 5, 232_000, haemorrhage);
control(untyped, '2024-02-17', 30, 'I69.4#I10');
const confirmed = card();
const confirmedSep = stay(confirmed, '2024-03-04', 5, 232_000, haemorrhage);
control(confirmed, '2024-03-09', 20, 'I63.9');
visit(confirmed, '2024-03-09', 45, 'I69.1');
const newStroke = card();
const newStrokeSep = stay(newStroke, '2024-03-18', 5, 232_000, haemorrhage);
stay(newStroke, '2024-04-10', 6, 230_000, infarction);
control(newStroke, '2024-04-16', 20, 'I63.9');
const genuine = card();
const genuineSep = stay(genuine, '2024-04-01', 9, 410_000, haemorrhage);
control(genuine, '2024-04-10', 30, 'I63.9');
const late = card();
const lateSep = stay(late, '2024-01-08', 5, 232_000, haemorrhage);
control(late, '2024-01-13', 120, 'I63.9');
const intensive = card();
const intensiveSep = stay(intensive, '2024-05-20', 5, 232_000, { ...haemorrhage, icu_indikator: 1, icu_los: 2 });
control(intensive, '2024-05-25', 30, 'I63.9');

const run = runDetectorsOnce({ members, claims, fktp_visits: visits });

describe('UPCODING: a haemorrhage the follow-up names an infarction', () => {
  it('names the coded haemorrhages whose control or puskesmas record types the stroke as an infarction', () => {
    for (const { sep, control: related } of coded) {
      const [h] = run().hitsOf(sep, 'primary_contradicted_by_follow_up');
      expect(h?.evidence_en).toContain('G-4-14-I');
      expect(h?.evidence_en).toContain('I63.9');
      expect(h?.evidence_id).toContain('perdarahan intrakranial');
      expect(h?.strength).toBe('suspicious');
      expect(h?.related_sep).toEqual([related]);
      // the tariff share above the infarction group: 1 - 4.5 / 6.6 of the INA-CBG tariff
      expect(h?.amount_at_risk).toBe(2_100_000);
    }
    const [v] = run().hitsOf(visitSep, 'primary_contradicted_by_follow_up');
    expect(v?.evidence_en).toContain('I69.3');
    expect(v?.related_sep).toEqual([]);
  });

  it('stays silent on an untyped or confirming record, a new stroke, a true haemorrhage, a late control and intensive care', () => {
    for (const sep of [untypedSep, confirmedSep, newStrokeSep, genuineSep, lateSep, intensiveSep])
      expect(run().hitsOf(sep, 'primary_contradicted_by_follow_up'), sep).toHaveLength(0);
  });
});
