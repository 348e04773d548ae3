// Recipe: a published fraud worklist (a run's <outDir>/fraud) read the way an audit lead
// plans the month: the cases within capacity, then where the expected recovery sits, by
// province and by fraud type, and the top cases with their first reason in both languages.
//
//   npx tsx notebooks/fraud-worklist.ts var/runs/<run id>/fraud
import { pathToFileURL } from 'node:url';
import { FraudWorklistService } from '../models/fraud/service.js';
import type { WorklistCase } from '../models/fraud/service.js';
import { formatWorklistTop } from '../models/fraud/worklist-text.js';

/** What the recipe reads: the published service, or any list of cases in rank order. */
export interface WorklistSource {
  worklist(options: Record<string, never>): Promise<WorklistCase[]>;
}

export interface Breakdown {
  readonly key: string;
  readonly cases: number;
  readonly claims: number;
  readonly amountAtRisk: number;
  readonly expectedRecovery: number;
}

export interface WorklistRecipe {
  readonly cases: readonly WorklistCase[];
  readonly byProvince: readonly Breakdown[];
  readonly byFraudType: readonly Breakdown[];
}

function breakdown(cases: readonly WorklistCase[], keyOf: (c: WorklistCase) => string): Breakdown[] {
  const rows = new Map<string, { cases: number; claims: number; amountAtRisk: number; expectedRecovery: number }>();
  for (const c of cases) {
    const row = rows.get(keyOf(c)) ?? { cases: 0, claims: 0, amountAtRisk: 0, expectedRecovery: 0 };
    row.cases += 1;
    row.claims += c.claims;
    row.amountAtRisk += c.amountAtRisk;
    row.expectedRecovery += c.expectedRecovery;
    rows.set(keyOf(c), row);
  }
  return [...rows].map(([key, r]) => ({ key, ...r })).sort((a, b) => b.expectedRecovery - a.expectedRecovery || a.key.localeCompare(b.key));
}

export async function worklistRecipe(source: WorklistSource): Promise<WorklistRecipe> {
  const cases = await source.worklist({});
  return { cases, byProvince: breakdown(cases, (c) => c.province), byFraudType: breakdown(cases, (c) => c.fraudType) };
}

const rupiah = (v: number): string => `Rp${Math.round(v).toLocaleString('id-ID')}`;

export function formatWorklistRecipe(recipe: WorklistRecipe, top = 5): string {
  const table = (title: string, rows: readonly Breakdown[]) => [
    title,
    ...rows.map(
      (r) =>
        `  ${r.key.padEnd(24)} ${String(r.cases).padStart(4)} cases ${String(r.claims).padStart(5)} claims  at risk ${rupiah(r.amountAtRisk)}  expected recovery ${rupiah(r.expectedRecovery)}`,
    ),
  ];
  return [
    `${recipe.cases.length} cases within capacity`,
    ...table('by province:', recipe.byProvince),
    ...table('by fraud type:', recipe.byFraudType),
    '',
    formatWorklistTop(recipe.cases.slice(0, top)),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx notebooks/fraud-worklist.ts <published fraud dir, e.g. var/runs/<run id>/fraud>');
  const service = await FraudWorklistService.open(dir);
  try {
    console.log(formatWorklistRecipe(await worklistRecipe(service)));
  } finally {
    service.close();
  }
}
