// Which half of a certain pair is named (pair-suspect.ts), on hand-built cards: of a chronic supply
// paid twice, the fill at the facility the card uses least, else the later, else the one billed
// after the other was paid, and with it every fill still early without the suspect's supply
// (participant-supply.ts); of one card at distant facilities, the one beyond reach of the card's
// home, else outside its province, else the one it uses less, else the later bill (phantom-distant.ts).
// Each hit with its near miss: the honest half is named as the related claim and carries no hit of
// the signal; where nothing tells the halves apart both are named and the evidence says so. The
// case reasons name both claims, and a claim judged from what arrival loads gets the batch's answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_LOOKBACK_DAYS, RAW_SOURCES, cardPairsSql } from '../../../features/fraud/index.js';
import { detectorReasons } from '../cases.js';
import { arrivalByLoad } from '../test-support/cloning-arrival.js';
import { components } from '../test-support/detector-cases.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claimBook, hospital } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { cardHomesSql } from './pair-suspect.js';
import { PARTICIPANT_ABUSE_DETECTOR } from './participant.js';
import { chronicSupplySql } from './participant-supply.js';
import { PHANTOM_BILLING_DETECTOR } from './phantom-billing.js';
import { distantFacilityOverlapSql } from './phantom-distant.js';
import { thresholdValues } from './types.js';

const { claims, members, add } = claimBook();
const X = String(FACILITIES['jakarta1']?.['facility_id']);
const Y = String(FACILITIES['jakarta2']?.['facility_id']);
const MAKASSAR = String(FACILITIES['makassar']?.['facility_id']);
/** A hospital in Medan, 1,400 km from Jakarta and 2,300 km from Makassar. */
const MEDAN = hospital('1271R001', { latitude: 3.6, longitude: 98.7 });
/** A hospital of South Sulawesi 600 km north of Makassar: the province's hospitals centre between them. */
const NORTH = hospital('7322R001', { latitude: 0.3, longitude: 120.2 });
const FACILITY_ROWS = [...Object.values(FACILITIES), MEDAN, NORTH];

/** A month's chronic diabetes drugs collected at an outpatient visit on `day` at `facility`. */
const fill = (card: string, facility: string, day: string, over: Row = {}): string =>
  add(card, {
    ...components(20_000),
    jenis_rawat: 2,
    kode_inacbg: 'Q-5-44-0',
    diagnosa: 'E11.9',
    tarif_obat_kronis: 400_000,
    facility_id: facility,
    tgl_masuk: day,
    tgl_pulang: day,
    ...over,
  });
/** An outpatient visit without chronic drugs on `day` at `facility`. */
const visit = (card: string, facility: string, day: string, over: Row = {}, memberOver: Row = {}): string =>
  add(
    card,
    {
      ...components(20_000),
      tarif_obat_kronis: 0,
      jenis_rawat: 2,
      kode_inacbg: 'Q-5-44-0',
      diagnosa: 'I10',
      facility_id: facility,
      tgl_masuk: day,
      tgl_pulang: day,
      ...over,
    },
    memberOver,
  );

// chronic: the card's monthly fills at X, an extra month's supply at Y nine days after the first
const regular1 = fill('extra', X, '2024-03-01');
const extra = fill('extra', Y, '2024-03-10');
const regular2 = fill('extra', X, '2024-03-31');
// chronic: the same day at X, where the card collected last month, and at Y, where it never went
const lastMonth = fill('sameday', X, '2024-02-01');
const ownFill = fill('sameday', X, '2024-03-02');
const strangerFill = fill('sameday', Y, '2024-03-02');
// chronic: two facilities the card uses alike (two claims at each), three fills in a week: the latest is the
// suspect, the middle one (26 days in hand from the first) is named with it, the first is cleared
visit('alike', X, '2024-02-10');
visit('alike', Y, '2024-02-12');
visit('alike', Y, '2024-02-14');
const alikeFirst = fill('alike', X, '2024-03-01');
const alikeMiddle = fill('alike', Y, '2024-03-05');
const laterFill = fill('alike', X, '2024-03-08');
// chronic: a month's supply every 8-11 days, alternating two hospitals of one city: every fill after the first is named
const altFirst = fill('alternating', X, '2024-01-05');
const altRefills = [
  fill('alternating', Y, '2024-01-14'),
  fill('alternating', X, '2024-01-23'),
  fill('alternating', Y, '2024-02-02'),
  fill('alternating', X, '2024-02-11'),
];
// near miss: the same two hospitals alternated once a month, each fill as the last runs out
const monthlyAlternating = ['2024-01-05', '2024-02-04', '2024-03-05', '2024-04-04'].map((d, i) => fill('monthly', i % 2 === 0 ? X : Y, d));
// chronic: one day, no history, the second billed seven weeks after the first was: the late bill is named
const firstBilled = fill('latebill', X, '2024-03-01', { tgl_pengajuan: '2024-03-05' });
const billedLate = fill('latebill', Y, '2024-03-01', { tgl_pengajuan: '2024-04-20' });
// chronic: a Jakarta card's fill at home and a month's supply the same day in Makassar, 1,400 km away
const homeFill = fill('away', X, '2024-03-01');
const awayFill = fill('away', MAKASSAR, '2024-03-01');
// chronic: one day, no history, billed together: nothing tells, both named
const tiedFills = [fill('tied', X, '2024-03-01'), fill('tied', Y, '2024-03-01')];
// near miss: a refill 25 days after the last at the other hospital (five days early, within the tolerance)
const onTime = [fill('ontime', X, '2024-03-01'), fill('ontime', Y, '2024-03-26')];

// distant: a Jakarta member's clinic visit at home and a visit the same day in Makassar
const home = visit('jkt', X, '2024-04-01');
const makassarVisit = visit('jkt', MAKASSAR, '2024-04-01');
// distant: a member of a South Sulawesi regency without a hospital, far from both: Makassar in its province, Medan not
const inProvince = visit('sul', MAKASSAR, '2024-04-02', {}, { province_code: '73', regency_code: '7399' });
const outOfProvince = visit('sul', MEDAN['facility_id'] as string, '2024-04-02');
// distant: a Jakarta member travelling, treated in Makassar twice before; the same day at Medan, where it never was
visit('trip', MAKASSAR, '2024-03-20');
visit('trip', MAKASSAR, '2024-03-28');
const knownAway = visit('trip', MAKASSAR, '2024-04-03');
const strangerAway = visit('trip', MEDAN['facility_id'] as string, '2024-04-03');
// distant: both away from home, neither known: the claim billed after the other was paid
const paidAway = visit('late', MAKASSAR, '2024-04-04', { tgl_pengajuan: '2024-04-08' });
const lateAway = visit('late', MEDAN['facility_id'] as string, '2024-04-04', { tgl_pengajuan: '2024-05-30' });
// distant: both away, neither known, billed together: both named
const tiedAway = [visit('twin', MAKASSAR, '2024-04-05'), visit('twin', MEDAN['facility_id'] as string, '2024-04-05')];

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ facilities: FACILITY_ROWS, members, claims });
}, 300_000);
afterAll(async () => {
  await run.close();
});

/** The one certain hit of `signal` on `sep`, asserting it is the only one. */
function certainHit(sep: string, signal: string) {
  const hits = run.hitsOf(sep, signal);
  expect(hits, `${sep} ${signal}`).toHaveLength(1);
  expect(hits[0]?.strength).toBe('certain');
  return hits[0];
}

describe('the suspect fill of a chronic supply paid twice', () => {
  it('names the extra fill at the facility the card does not use, not the next regular fill', () => {
    const hit = certainHit(extra, 'chronic_supply_paid_twice');
    expect(hit?.related_sep).toEqual([regular1, regular2].sort());
    expect(hit?.evidence_en).toContain(`the card had 0 other claim(s) at ${Y}`);
    for (const sep of [regular1, regular2]) {
      expect(run.hitsOf(sep, 'chronic_supply_paid_twice')).toEqual([]);
      expect(run.hitsOf(sep).filter((h) => h.strength === 'certain')).toEqual([]);
    }
  });

  it("names the fill beyond reach of the card's home, not the fill at home", () => {
    expect(certainHit(awayFill, 'chronic_supply_paid_twice')?.evidence_en).toContain(`${MAKASSAR} is 1`);
    expect(run.hitsOf(homeFill, 'chronic_supply_paid_twice')).toEqual([]);
  });

  it('names the same-day fill at the stranger facility, not the fill where the card collected last month', () => {
    expect(certainHit(strangerFill, 'chronic_supply_paid_twice')?.related_sep).toContain(ownFill);
    expect(run.hitsOf(ownFill, 'chronic_supply_paid_twice')).toEqual([]);
    expect(run.hitsOf(lastMonth, 'chronic_supply_paid_twice')).toEqual([]);
  });

  it('names the latest fill at facilities the card uses alike, and the early fill the suspect leaves unexplained', () => {
    expect(certainHit(laterFill, 'chronic_supply_paid_twice')?.evidence_en).toContain('the later fill');
    expect(certainHit(alikeMiddle, 'chronic_supply_paid_twice')?.evidence_en).toContain(
      `named with the suspect ${laterFill}: collected with 26 days of supply in hand`,
    );
    expect(run.hitsOf(alikeFirst, 'chronic_supply_paid_twice')).toEqual([]);
  });

  it('names every fill after the first where two hospitals of one city are alternated every 8-11 days', () => {
    for (const sep of altRefills) expect(certainHit(sep, 'chronic_supply_paid_twice')?.related_sep).toContain(altFirst);
    expect(run.hitsOf(altFirst, 'chronic_supply_paid_twice')).toEqual([]);
  });

  it('leaves the same two hospitals alternated once a month alone', () => {
    for (const sep of monthlyAlternating) expect(run.signalsOf(sep, 'PARTICIPANT_ABUSE')).toEqual([]);
  });

  it('names the fill billed after the other was paid', () => {
    expect(certainHit(billedLate, 'chronic_supply_paid_twice')?.evidence_en).toContain('billed on 2024-04-20');
    expect(run.hitsOf(firstBilled, 'chronic_supply_paid_twice')).toEqual([]);
  });

  it('names both fills where nothing tells them apart, and says so', () => {
    const [a, b] = tiedFills as [string, string];
    expect(certainHit(a, 'chronic_supply_paid_twice')?.related_sep).toEqual([b]);
    expect(certainHit(b, 'chronic_supply_paid_twice')?.evidence_en).toContain('the record does not tell');
  });

  it('leaves a refill five days early at the other hospital alone', () => {
    for (const sep of onTime) expect(run.signalsOf(sep, 'PARTICIPANT_ABUSE')).toEqual([]);
  });
});

describe('the suspect half of one card at distant facilities', () => {
  it("names the visit beyond reach of the card's home, not the visit at home", () => {
    const hit = certainHit(makassarVisit, 'distant_facility_overlap');
    expect(hit?.related_sep).toEqual([home]);
    expect(hit?.evidence_en).toMatch(new RegExp(`${MAKASSAR} is \\d+ km from the card's home, ${X} is 0 km from it`));
    expect(run.hitsOf(home, 'distant_facility_overlap')).toEqual([]);
  });

  it("names the visit outside the card's home province when both are beyond reach of home", () => {
    expect(certainHit(outOfProvince, 'distant_facility_overlap')?.evidence_en).toContain("1271R001 is outside the card's home province");
    expect(run.hitsOf(inProvince, 'distant_facility_overlap')).toEqual([]);
  });

  it('names the facility the card never used when both are away from home', () => {
    expect(certainHit(strangerAway, 'distant_facility_overlap')?.evidence_en).toContain('the card had 0 other claim(s) at 1271R001');
    expect(run.hitsOf(knownAway, 'distant_facility_overlap')).toEqual([]);
  });

  it('names the claim billed after the other was paid', () => {
    expect(certainHit(lateAway, 'distant_facility_overlap')?.evidence_en).toContain(`after ${paidAway}`);
    expect(run.hitsOf(paidAway, 'distant_facility_overlap')).toEqual([]);
  });

  it('names both where nothing tells them apart, and says so', () => {
    for (const sep of tiedAway) expect(certainHit(sep, 'distant_facility_overlap')?.evidence_en).toContain('both are named');
  });
});

describe('the pair in the case and on arrival', () => {
  it("a case's reason names the suspect as its claim and the honest half as related", () => {
    const [reason] = detectorReasons(run.hitsOf(extra, 'chronic_supply_paid_twice'), []);
    expect(reason?.claims).toEqual([extra]);
    expect(reason?.relatedSep).toEqual(expect.arrayContaining([regular1, regular2]));
    const [distant] = detectorReasons(run.hitsOf(makassarVisit, 'distant_facility_overlap'), []);
    expect(distant?.claims).toEqual([makassarVisit]);
    expect(distant?.relatedSep).toEqual([home]);
  });

  it('judges each half alike from what arrival loads: its card from the look-back before it on', async () => {
    const participant = thresholdValues(PARTICIPANT_ABUSE_DETECTOR);
    const phantom = thresholdValues(PHANTOM_BILLING_DETECTOR);
    const judged = [
      extra,
      regular1,
      regular2,
      strangerFill,
      ownFill,
      laterFill,
      alikeMiddle,
      altFirst,
      ...altRefills,
      billedLate,
      makassarVisit,
      home,
      outOfProvince,
      strangerAway,
      knownAway,
    ];
    const loadedOf = (sep: string): Row[] => {
      const own = claims.find((c) => c['nomor_sep'] === sep) as Row;
      const from = addDays(String(own['tgl_masuk']), -MEMBER_LOOKBACK_DAYS);
      return claims.filter((c) => c['card_key'] === own['card_key'] && String(c['tgl_masuk']) >= from);
    };
    const onArrival = await arrivalByLoad(
      run.warehouse,
      { facilities: FACILITY_ROWS, members },
      judged,
      loadedOf,
      async (arrival, sep) => {
        const rows = await arrival.query<{ signal: string; evidence_en: string }>(
          `SELECT signal, evidence_en FROM (${chronicSupplySql(participant, RAW_SOURCES)}) WHERE nomor_sep = $1
           UNION ALL SELECT signal, evidence_en FROM (${distantFacilityOverlapSql(phantom, RAW_SOURCES)}) WHERE nomor_sep = $1`,
          [sep],
        );
        return rows.map((r) => `${r.signal}: ${r.evidence_en}`).sort();
      },
      async (arrival) => {
        await arrival.run(cardPairsSql());
        // the homes of the loaded cards, as arrival fills them (arrival-request-sql.ts)
        await arrival.run(cardHomesSql(RAW_SOURCES));
      },
    );
    for (const sep of judged) {
      const verdict = onArrival.get(sep);
      const batch = run
        .hitsOf(sep)
        .filter((h) => ['chronic_supply_paid_twice', 'chronic_drugs_collected_too_often', 'distant_facility_overlap'].includes(h.signal))
        .map((h) => `${h.signal}: ${h.evidence_en}`)
        .sort();
      expect(verdict, sep).toEqual(batch);
    }
  }, 300_000);
});
