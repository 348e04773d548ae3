// Statutory contribution rates of both agencies, with their sources (DOMAIN.md sections 1 and 6).
import type { JkkRiskGroup } from './sectors.js';

export interface JkkRateTable {
  readonly regulation: string;
  readonly appliesTo: string;
  /** JKK premium as a fraction of the monthly wage, by risk group 1-5. */
  readonly rateByGroup: Readonly<Record<JkkRiskGroup, number>>;
}

/** PP 44/2015 Art. 16 and PP 49/2023 (members also in JKP). Both tables of DOMAIN.md section 6. */
export const JKK_RATES = Object.freeze({
  pp44_2015: Object.freeze<JkkRateTable>({
    regulation: 'PP 44/2015 Art. 16',
    appliesTo: 'wage earners not in JKP',
    rateByGroup: Object.freeze({ 1: 0.0024, 2: 0.0054, 3: 0.0089, 4: 0.0127, 5: 0.0174 }),
  }),
  pp49_2023: Object.freeze<JkkRateTable>({
    regulation: 'PP 49/2023',
    appliesTo: 'wage earners also in JKP',
    rateByGroup: Object.freeze({ 1: 0.001, 2: 0.004, 3: 0.0075, 4: 0.0113, 5: 0.016 }),
  }),
  /** Non-wage earners (BPU): 1% of declared income (PP 44/2015). */
  bpuRate: 0.01,
  /** Construction services: 0.21% of project value (PP 44/2015). */
  constructionProjectRate: 0.0021,
});

/** The risk-group names of DOMAIN.md section 6. */
export const JKK_RISK_GROUP_NAMES = Object.freeze({ 1: 'very low', 2: 'low', 3: 'medium', 4: 'high', 5: 'very high' } as const);

/**
 * Monthly contribution rules. Sources: Perpres 82/2018 as amended by Perpres 64/2020 (JKN);
 * PP 46/2015 (JHT 5.7%: 3.7% employer + 2% worker); PP 44/2015 (JKM 0.3%); PP 45/2015 (JP 3%:
 * 2% employer + 1% worker, on a wage capped by the JP ceiling).
 */
export const CONTRIBUTION_RATES = Object.freeze({
  /** JKN self-paying (PBPU/BP) per person per month by care class (Perpres 64/2020 art. 34). */
  jknMandiriByClass: Object.freeze({ 1: 150_000, 2: 100_000, 3: 35_000 } as const),
  /** JKN wage earners (PPU): 5% of wage (4% employer, 1% worker), Perpres 64/2020 art. 32. */
  jknPpuRate: 0.05,
  /** PPU wage ceiling for JKN contributions: Rp12 million (Perpres 64/2020). */
  jknPpuWageCap: 12_000_000,
  /** PPU wage floor: the regional minimum wage; a national illustrative floor is used here. */
  jknPpuWageFloor: 2_000_000,
  /** JKN PBI: Rp42,000 per person per month paid by the state (Perpres 64/2020). */
  jknPbiAmount: 42_000,
  /** JHT 5.7% of wage (PP 46/2015). */
  jhtRate: 0.057,
  /** JKM 0.3% of wage (PP 44/2015). */
  jkmRate: 0.003,
  /** JP 3% of wage (PP 45/2015). */
  jpRate: 0.03,
  /** JP wage ceiling: Rp10,042,300 for 2024 (BPJS Ketenagakerjaan announcement; indexed yearly). */
  jpWageCap: 10_042_300,
  /** BPU (non-wage earners) pay JKK 1% and JKM Rp6,800 per month; JHT optional 2% (Permenaker 5/2021). */
  bpuJkmAmount: 6_800,
  bpuJhtRate: 0.02,
  /** JKN contributions fall due on the 10th of the month (Perpres 64/2020 art. 39). */
  jknDueDay: 10,
  /** BPJamsostek contributions fall due on the 15th of the following month (PP 44/2015 art. 20). */
  bpjstkDueDay: 15,
});
