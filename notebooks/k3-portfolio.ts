// Recipe: the K3 (work accident) portfolio as an underwriter reviews it: employers and
// worker-years, actual against expected cases over the history, the credibility behind the
// experience mods, and per JKK rate table how many employers the recommendation moves down,
// keeps or moves up, with the premium before and after. Reads a run's published book
// (<outDir>/k3), or rates a synthetic book when given none.
//
//   npx tsx notebooks/k3-portfolio.ts [var/runs/<run id>/k3]
import { pathToFileURL } from 'node:url';
import { buildK3RatingModel, rateBook, readK3Book, syntheticBook } from '../models/k3/index.js';
import type { PortfolioSummary } from '../models/k3/index.js';

export type BookSource =
  { readonly dir: string } | { readonly employers: number; readonly years: number; readonly seed: number; readonly asOf: string };

/** A book big enough to show every group move, small enough to rate in seconds. */
export const SYNTHETIC_SOURCE: BookSource = Object.freeze({ employers: 3000, years: 4, seed: 7, asOf: '2026-06-30' });

export async function k3Portfolio(source: BookSource = SYNTHETIC_SOURCE): Promise<PortfolioSummary> {
  if ('dir' in source) return (await readK3Book(source.dir)).summary;
  const book = syntheticBook({ employers: source.employers, years: source.years, seed: source.seed });
  const model = buildK3RatingModel(book.years, source.asOf, book.claims);
  return rateBook(model, book.years, undefined, book.claims).summary;
}

const rupiah = (v: number): string => `Rp${Math.round(v).toLocaleString('id-ID')}`;

export function formatPortfolio(s: PortfolioSummary): string {
  const lines = [
    `K3 portfolio as of ${s.asOf}: ${s.employers.toLocaleString('en-US')} employers, ${Math.round(s.workerYears).toLocaleString('en-US')} worker-years`,
    `history: ${s.history.observedCases} cases observed, ${s.history.expectedCases.toFixed(1)} expected a priori (A/E ${s.history.ratio.toFixed(3)})`,
    `year ahead: ${s.expectedCases.toFixed(1)} expected cases, ${s.expectedPerThousandWorkerYears.toFixed(2)} per 1,000 worker-years`,
    `credibility (${s.credibility.estimator}): k ${Number.isFinite(s.credibility.k) ? s.credibility.k.toFixed(1) : 'infinite'}, ${s.credibility.experienceRated} employers experience-rated`,
    '',
    `${'rate table'.padEnd(12)} ${'lower'.padStart(7)} ${'same'.padStart(7)} ${'higher'.padStart(7)}  premium statutory -> recommended`,
  ];
  for (const g of s.groupShifts) {
    lines.push(
      `${g.rateTable.padEnd(12)} ${String(g.lower).padStart(7)} ${String(g.same).padStart(7)} ${String(g.higher).padStart(7)}  ${rupiah(g.statutoryPremium)} -> ${rupiah(g.recommendedPremium)}`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  console.log(formatPortfolio(await k3Portfolio(dir ? { dir } : SYNTHETIC_SOURCE)));
}
