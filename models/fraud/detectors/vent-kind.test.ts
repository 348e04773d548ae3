// Ventilations hugging the 96-hour line among all of a unit's ventilations, against honest units of
// the same kind (VENTILATOR ventilation_past_boundary_above_kind, RT-VENT-121). Hit: a small NICU
// whose babies ventilate 20-180 hours, four of them written 97-101 h; the share and spike tests see
// four of six stays near the line and stay silent. Near misses: the same hours where the four died
// on the ventilator; a unit whose weaning ends as often in the day before the line; children's
// units whose honest ventilations often end 96-101 h (an adult unit with those hours is named).
// On arrival, a claim is scored against its facility's neighbouring claims and the published provider
// distribution: it gets the batch's VENTILATOR hits, though no other unit's ventilation is loaded.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RAW_SOURCES } from '../../../features/fraud/index.js';
import { splitArrivalDetectorHits } from '../arrival-detectors.js';
import { arrivalByLoad } from '../test-support/cloning-arrival.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { patients } from '../test-support/patients.js';
import { PROVIDER_DISTRIBUTION_TABLE } from './distributions.js';
import { VENT_KIND_THRESHOLDS } from './vent-kind.js';

const SIGNAL = 'ventilation_past_boundary_above_kind';
const book = patients('vk');
const { claims, members } = book;

/** A ventilated ICU stay of a new card: a newborn (admitted on its birth day, neonatal group), a child of 6 or an adult. */
function ventilated(facility: string, hours: number, kind: 'neonatal' | 'child' | 'adult', died = false): string {
  const k = book.cards + 1;
  const masuk = `2024-${String(1 + (k % 11)).padStart(2, '0')}-${String(1 + (k % 25)).padStart(2, '0')}`;
  const birth = kind === 'neonatal' ? masuk : kind === 'child' ? `2018-0${1 + (k % 9)}-15` : `19${50 + (k % 40)}-06-15`;
  return book.stay(
    {
      facility_id: facility,
      tgl_masuk: masuk,
      ventilator_hour: hours,
      icu_indikator: 1,
      icu_los: Math.ceil(hours / 24) + 1,
      discharge_status: died ? 4 : 1,
      kode_inacbg: kind === 'neonatal' ? (hours >= 96 ? 'P-8-17-III' : 'P-8-17-II') : hours >= 96 ? 'J-4-20-III' : 'J-4-20-II',
      diagnosa: kind === 'neonatal' ? 'P22.0#P07.3' : 'J96.0#J18.9',
      procedure: `96.04#${hours >= 96 ? '96.72' : '96.71'}`,
      tarif_kamar: 100_000 + 1_000 * k,
    },
    { birth_date: birth },
  );
}

// honest adult ICUs: right-skewed lengths (most weaned within four days, a long tail), one in forty in 96-101 h
const ADULT_HOURS = [18, 26, 33, 40, 46, 52, 58, 63, 69, 75, 82, 90, 112, 128, 150, 175, 210, 44, 61];
for (let u = 0; u < 6; u++) for (const h of [...ADULT_HOURS, u % 2 ? 92 : 99]) ventilated(`ADULT${u}`, h + (u % 3), 'adult');
// honest children's units whose ventilations often end just past the line (two of twelve each, never three)
const CHILD_HOURS = [20, 31, 45, 52, 60, 68, 77, 97, 100, 118, 140, 165];
for (let u = 0; u < 4; u++) for (const h of CHILD_HOURS) ventilated(`CHILD${u}`, h, 'child');

/** A small unit's spread, four of its stays written just past the line. */
const SPREAD = [20, 34, 47, 58, 66, 75, 88, 120, 150, 180];
const HUGGED = [97, 98, 100, 101];
for (const h of SPREAD) ventilated('NICU1', h, 'neonatal');
const nicu = HUGGED.map((h) => ventilated('NICU1', h, 'neonatal'));
for (const h of SPREAD) ventilated('NICU2', h, 'neonatal');
const diedOnVentilator = HUGGED.map((h) => ventilated('NICU2', h, 'neonatal', true));
for (const h of SPREAD) ventilated('PICU1', h, 'child');
const picu = HUGGED.map((h) => ventilated('PICU1', h, 'child'));
for (const h of SPREAD) ventilated('ICU1', h, 'adult');
const adultUnit = HUGGED.map((h) => ventilated('ICU1', h, 'adult'));
// a unit whose weaning ends around the fourth day on both sides of the line (nine in the day before it)
for (const h of [80, 84, 86, 88, 90, 92, 93, 94, 95, 110, 130]) ventilated('LONG1', h, 'adult');
const longUnit = HUGGED.map((h) => ventilated('LONG1', h, 'adult'));

let run: DetectorRun | undefined;
let named: Set<string>;

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  named = new Set(run.hitsOfType('VENTILATOR', SIGNAL).map((h) => h.nomor_sep));
});

afterAll(async () => {
  await run?.close();
});

describe('ventilations just past the line against honest units of the same kind', () => {
  it('names the small NICU’s four stays at 97-101 hours among its fourteen, as suspicious', () => {
    for (const sep of nicu) expect(named.has(sep), sep).toBe(true);
    const [hit] = run?.hitsOf(nicu[2] as string, SIGNAL) ?? [];
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toContain('at NICU1 4 of its 14 ventilations of newborns end 96 h to 101 h');
    // the rental line's share of the hours from the boundary on: (100 - 96 + 1) / 100 of Rp100,000
    expect(hit?.amount_at_risk).toBe(5_000);
  });

  it('is what names them: four of six stays near the line is no share or spike the older tests can tell', () => {
    for (const sep of nicu) expect(run?.signalsOf(sep, 'VENTILATOR')).toEqual([SIGNAL]);
  });

  it('names an adult unit with those hours, where honest adult ICUs rarely end 96-101 h', () => {
    for (const sep of adultUnit) expect(named.has(sep), sep).toBe(true);
  });

  it('leaves a children’s unit with those hours alone, where honest children’s units often end 96-101 h', () => {
    for (const sep of picu) expect(named.has(sep), sep).toBe(false);
  });

  it('leaves babies who died on the ventilator at 97-101 hours alone: the death ends the ventilation', () => {
    for (const sep of diedOnVentilator) expect(named.has(sep), sep).toBe(false);
  });

  it('leaves a unit whose ventilations end as often in the day before the line alone', () => {
    for (const sep of longUnit) expect(named.has(sep), sep).toBe(false);
  });

  it('names no honest unit’s stay', () => {
    expect([...named].sort()).toEqual([...nicu, ...adultUnit].sort());
  });
});

/** A VENTILATOR hit as the claim's score reads it: signal, strength, amount at risk and evidence. */
const verdict = (h: { signal: string; strength: string; amount_at_risk: number | bigint; evidence_en: string; evidence_id: string }) =>
  `${h.signal} ${h.strength} ${Number(h.amount_at_risk)}: ${h.evidence_en} | ${h.evidence_id}`;

/**
 * The VENTILATOR hits of each claim on arrival: the arrival detector step's statement for the claim (arrival-detectors.ts,
 * its gates applied), on a warehouse of its facility's claims only (more than arrival loads of it, and none of another
 * unit) and the provider distribution the batch published (through a parquet file, as arrival reads it). Claims of one
 * facility load the same rows, so they are judged in one such warehouse (arrivalByLoad).
 */
async function onArrival(
  batch: DetectorRun,
  seps: readonly string[],
  dir: string,
): Promise<Map<string, { verdicts: string[]; ventilations: number }>> {
  const part = splitArrivalDetectorHits(RAW_SOURCES).find((p) => p.code === 'VENTILATOR');
  const published = join(dir, 'provider_distribution.parquet');
  await batch.warehouse.run(`COPY ${PROVIDER_DISTRIBUTION_TABLE} TO $1 (FORMAT parquet)`, [published]);
  const facilityOf = (sep: string): unknown => claims.find((c) => c['nomor_sep'] === sep)?.['facility_id'];
  return arrivalByLoad(
    batch.warehouse,
    { members },
    seps,
    (sep) => claims.filter((c) => c['facility_id'] === facilityOf(sep)),
    async (arrival, sep) => {
      const x = claims.find((c) => c['nomor_sep'] === sep);
      if (x === undefined) throw new Error(`no claim ${sep}`);
      const variant = part?.variants[part.variantOf(x) ?? -1];
      if (variant === undefined) throw new Error(`${sep}: arrival runs no VENTILATOR statement for it`);
      const hits = await arrival.query<Parameters<typeof verdict>[0]>(
        `SELECT signal, strength, amount_at_risk, evidence_en, evidence_id FROM (${variant.sql}) WHERE nomor_sep = $1`,
        [sep],
      );
      const [base] = await arrival.query<{ n: bigint }>('SELECT count(*) AS n FROM fraud_claim_base WHERE ventilator_hour > 0');
      return { verdicts: hits.map(verdict).sort(), ventilations: Number(base?.n) };
    },
    async (arrival) => {
      await arrival.run(`CREATE TABLE ${PROVIDER_DISTRIBUTION_TABLE} AS SELECT * FROM read_parquet($1)`, [published]);
    },
  );
}

describe('ventilations just past the line on arrival', () => {
  it('gives a claim the batch names, and each near miss, the batch’s VENTILATOR hits', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'telisik-vent-kind-'));
    try {
      if (!run) throw new Error('no batch run');
      const judged = [...nicu, ...adultUnit, ...diedOnVentilator, ...picu, ...longUnit];
      const onArrivalOf = await onArrival(run, judged, dir);
      for (const sep of judged) {
        const batch = run
          .hitsOf(sep)
          .filter((h) => h.fraud_type === 'VENTILATOR')
          .map(verdict)
          .sort();
        const arrival = onArrivalOf.get(sep);
        expect(arrival?.verdicts, sep).toEqual(batch);
        // the unit's own ventilations only: too few to count a reference from, the published verdict names it
        expect(arrival?.ventilations, sep).toBeLessThan(VENT_KIND_THRESHOLDS.minReferenceVentilations.value);
      }
      expect(run.hitsOf(nicu[0] as string, SIGNAL)).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
