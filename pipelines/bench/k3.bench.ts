// K3 rating bench: 1 million employers rated end to end (a-priori factors, experience mod
// from three policy years of history, expected cost, explanations in two languages, group
// recommendation under both JKK rate tables). Employer-level inputs are synthesised
// directly (models/k3/synthetic-book): 1 million employers through the full generator
// would mean ~26 million persons, hours on this machine. The feature SQL is timed apart
// on a generated extract and the tariff fit on a 100k-employer book.
import { rm } from 'node:fs/promises';
import { k3TestWarehouseCopy } from '../../features/k3/testing/k3-extract.js';
import { buildEmployerYearTable } from '../../features/k3/index.js';
import { openWarehouse } from '../../features/warehouse/index.js';
import type { BenchFigures } from './summary.js';
import { buildK3RatingModel, byEmployer, claimsByEmployer, rateEmployer, ratingInputOf, syntheticBook } from '../../models/k3/index.js';

/** Employers rated in the headline figure (the 1 million). */
const EMPLOYERS = 1_000_000;
/** Synthesised and rated in chunks so the book never sits in memory whole. */
const CHUNK = 50_000;
const HISTORY_YEARS = 3;
/** Employers of the book the tariff and credibility are fitted on. */
const FIT_EMPLOYERS = 100_000;

const perSecond = (n: number, ms: number): string => Math.round((n / ms) * 1000).toLocaleString('en');

export async function run(): Promise<BenchFigures> {
  // 1. Features: the employer x policy-year SQL on a generated extract.
  const copy = await k3TestWarehouseCopy();
  const w = await openWarehouse(copy.warehousePath);
  let t = performance.now();
  const featureRows = await buildEmployerYearTable(w);
  const featureMs = performance.now() - t;
  await w.close();
  await rm(copy.dir, { recursive: true, force: true });

  // 2. Models: tariff (Poisson + Gamma GLMs by IRLS) and Bühlmann-Straub on a synthetic book.
  const fitBook = syntheticBook({ employers: FIT_EMPLOYERS, years: HISTORY_YEARS, seed: 1 });
  t = performance.now();
  const model = buildK3RatingModel(fitBook.years, '2026-06-30', fitBook.claims);
  const fitMs = performance.now() - t;

  // 3. Rating: every employer, in chunks; the synthesis is outside the timer.
  let rateMs = 0;
  let rated = 0;
  let checksum = 0;
  for (let start = 0; start < EMPLOYERS; start += CHUNK) {
    const chunk = syntheticBook({ employers: Math.min(CHUNK, EMPLOYERS - start), years: HISTORY_YEARS, seed: 1000 + start });
    const histories = [...byEmployer(chunk.years).values()];
    const listed = claimsByEmployer(chunk.claims);
    t = performance.now();
    for (const history of histories) {
      const r = rateEmployer(model, ratingInputOf(history, listed.get(history[0]!.employerId) ?? []));
      checksum += r.recommendations[1]!.recommendedPremium;
      rated++;
    }
    rateMs += performance.now() - t;
  }
  console.table([
    {
      step: 'features (DuckDB SQL, generated extract)',
      rows: featureRows,
      seconds: (featureMs / 1000).toFixed(2),
      perSecond: perSecond(featureRows, featureMs),
    },
    {
      step: `fit tariff + credibility (${FIT_EMPLOYERS.toLocaleString('en')} employers x ${HISTORY_YEARS} years)`,
      rows: fitBook.years.length,
      seconds: (fitMs / 1000).toFixed(2),
      perSecond: perSecond(fitBook.years.length, fitMs),
    },
    {
      step: 'rate employers (worksheet mod, intervals, explanations, both tables)',
      rows: rated,
      seconds: (rateMs / 1000).toFixed(2),
      perSecond: perSecond(rated, rateMs),
    },
  ]);
  console.log(
    `K3: ${rated.toLocaleString('en')} employers rated at ${perSecond(rated, rateMs)} employers/s (premium checksum ${checksum.toExponential(6)})`,
  );
  return {
    employers: rated,
    employers_per_s: Math.round((rated / rateMs) * 1000),
    fit_s: Number((fitMs / 1000).toFixed(2)),
    feature_rows_per_s: Math.round((featureRows / featureMs) * 1000),
  };
}
