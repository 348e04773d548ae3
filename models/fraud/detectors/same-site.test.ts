// REPEAT_BILLING: one outpatient session billed by two facilities at one site (same-site.ts,
// red-team RT-REPEAT-41: a dialysis unit in the hospital's building under its own contract).
// Hand-built rows through the batch's own fraud SQL: the copy at the unit next door and the copy
// under the same nephrologist across town are flagged, on the side that is not the patient's
// regular place; another service next door, a visit without a procedure and the same session at
// a hospital kilometres away under another doctor are not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_SOURCES, cardPairsSql, claimBaseSql, referenceTablesSql } from '../../../features/fraud/index.js';
import { openWarehouse } from '../../../features/warehouse/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, insertRows, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { REPEAT_BILLING_DETECTOR } from './episodes.js';
import { sameSiteSessionSql } from './same-site.js';

const HOSPITAL = FACILITIES['jakarta1'] as Row;
const ACROSS_TOWN = FACILITIES['jakarta2'] as Row;
/** A haemodialysis unit with a contract of its own in the hospital's building (about 60 m from its coordinates). */
const UNIT: Row = {
  ...HOSPITAL,
  facility_id: '3171R009',
  facility_type: 'RSK',
  hospital_class: 'C',
  latitude: Number(HOSPITAL['latitude']) - 0.0005,
  longitude: Number(HOSPITAL['longitude']) + 0.0002,
};
const at = (f: Row): string => String(f['facility_id']);

const members: Row[] = [];
const claims: Row[] = [];
function session(card: string, facility: Row, day: string, over: Row = {}): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { jkn_segment: 'PBI', care_class: 3 }));
  const c = claim(card, {
    facility_id: at(facility),
    tgl_masuk: day,
    tgl_pulang: day,
    jenis_rawat: 2,
    kode_inacbg: 'N-3-15-0',
    diagnosa: 'N18.5#Z49.1',
    procedure: '39.95',
    kode_dpjp: `D${at(facility)}NEF`,
    tarif_inacbg: 900_000,
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}
/** Twice-weekly sessions at the hospital through March 2024. */
function regular(card: string, over: Row = {}): Map<string, string> {
  const seps = new Map<string, string>();
  for (const day of ['2024-03-04', '2024-03-07', '2024-03-11', '2024-03-14', '2024-03-18', '2024-03-21'])
    seps.set(day, session(card, HOSPITAL, day, over));
  return seps;
}

// the unit next door bills a session the hospital billed, under its own nephrologist
const hd1 = regular('hd1');
const nextDoorCopy = session('hd1', UNIT, '2024-03-14');
// the hospital's nephrologist bills a session again at a hospital of the same regency 8 km away
const hd2 = regular('hd2', { kode_dpjp: 'D3171R001NEF' });
const sameDoctorCopy = session('hd2', ACROSS_TOWN, '2024-03-18', { kode_dpjp: 'D3171R001NEF' });
// near misses: a consultation next door the day of a session; the same outpatient group without a
// procedure next door (a referral the same day); the same session 8 km away under another doctor
const hd3 = regular('hd3');
const consultNextDoor = session('hd3', UNIT, '2024-03-11', { kode_inacbg: 'Q-5-44-0', diagnosa: 'N18.5', procedure: null });
const v1 = session('hd4', HOSPITAL, '2024-03-12', { kode_inacbg: 'Q-5-44-0', diagnosa: 'I10', procedure: null });
const v2 = session('hd4', UNIT, '2024-03-12', { kode_inacbg: 'Q-5-44-0', diagnosa: 'I10', procedure: null });
const hd5 = regular('hd5');
const otherDoctorAcrossTown = session('hd5', ACROSS_TOWN, '2024-03-21');

let run: DetectorRun;
let hits: readonly DetectorHit[];

beforeAll(async () => {
  run = await runDetectors({ facilities: [...Object.values(FACILITIES), UNIT], members, claims });
  hits = run.hits.filter((h) => h.signal === 'same_session_billed_at_same_site');
});

afterAll(async () => {
  await run.close();
});

describe('REPEAT_BILLING: one session billed by two facilities at one site', () => {
  it('flags the copy at the unit next door as certain, naming the session it repeats', () => {
    const h = hits.find((x) => x.nomor_sep === nextDoorCopy);
    expect(h?.fraud_type).toBe('REPEAT_BILLING');
    expect(h?.strength).toBe('certain');
    expect(h?.related_sep).toEqual([hd1.get('2024-03-14')]);
    expect(h?.amount_at_risk).toBe(900_000);
    expect(h?.evidence_en).toBe(
      `Same card, day (2024-03-14), clinical group (N-3-15 / N18) and procedures 39.95 already billed by 3171R001 (${hd1.get('2024-03-14')}), 60 m away; the card had 0 earlier session(s) of the group here and 3 there: one session billed twice`,
    );
  });

  it('flags the same doctor billing the session again across town, and never the regular place', () => {
    expect(hits.find((x) => x.nomor_sep === sameDoctorCopy)?.evidence_en).toContain(', by the same doctor;');
    const regularPlace = new Set([...hd1.values(), ...hd2.values()]);
    expect(hits.filter((x) => regularPlace.has(x.nomor_sep))).toEqual([]);
  });

  it('leaves another service next door, a visit without a procedure and a session across town under another doctor', () => {
    const flagged = new Set(hits.map((x) => x.nomor_sep));
    for (const sep of [consultNextDoor, v1, v2, otherDoctorAcrossTown, ...hd3.values(), ...hd5.values()])
      expect(flagged.has(sep), sep).toBe(false);
    expect(hits).toHaveLength(2);
  });
});

/** The verdict on one claim from its card's claims alone (what arrival scoring loads for it), so both paths judge it alike. */
async function evidenceFromCardAlone(sep: string): Promise<string[]> {
  const card = claims.find((c) => c['nomor_sep'] === sep)?.['card_key'];
  const arrival = await openWarehouse(':memory:');
  try {
    await insertRows(arrival, 'raw_facilities', [...Object.values(FACILITIES), UNIT]);
    await insertRows(
      arrival,
      'raw_members',
      members.filter((m) => m['card_key'] === card),
    );
    await insertRows(
      arrival,
      'raw_claims',
      claims.filter((c) => c['card_key'] === card),
    );
    for (const sql of referenceTablesSql()) await arrival.run(sql);
    await arrival.run(claimBaseSql(RAW_SOURCES));
    await arrival.run(cardPairsSql());
    const rows = await arrival.query<{ evidence_en: string }>(
      `SELECT evidence_en FROM (${sameSiteSessionSql(REPEAT_BILLING_DETECTOR.thresholds.sameSiteMaxKm.value)}) WHERE nomor_sep = $1`,
      [sep],
    );
    return rows.map((r) => r.evidence_en);
  } finally {
    await arrival.close();
  }
}

describe('one session at one site on arrival: judged from the card alone', () => {
  it('gives the copies, their originals and the near misses the verdict of the batch', async () => {
    const judged = [nextDoorCopy, sameDoctorCopy, hd1.get('2024-03-14'), hd2.get('2024-03-18'), consultNextDoor, v2, otherDoctorAcrossTown];
    for (const sep of judged as string[])
      expect(await evidenceFromCardAlone(sep), sep).toEqual(hits.filter((h) => h.nomor_sep === sep).map((h) => h.evidence_en));
  });
});
