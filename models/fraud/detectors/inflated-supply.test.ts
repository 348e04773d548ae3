// INFLATED_BILL drug_device_outlier in a chronic outpatient group (red team
// RT-NM-PAEDIATRICIAN-71, inflated-supply.ts): most control visits split the month's supply
// between the ordinary drug line and the chronic-drug line; a visit that bills the whole supply on
// the ordinary line, or nearly all of it beside a token chronic line, is no outlier, while a visit
// whose ordinary line is inflated beside a full chronic line, or far above the whole supply, is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import { LINE_OUTLIER_ALONE } from '../test-support/line-outliers.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { billOf, patients } from '../test-support/patients.js';
import type { Row } from '../test-support/hand-built.js';

const book = patients('supl');
/** A control visit of the chronic outpatient group: the services of the day and the drug lines given, varied a little per patient. */
function visit(drugs: Row): string {
  const k = book.cards + 1;
  const day = `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`;
  return book.stay({
    jenis_rawat: 2,
    kode_inacbg: 'Q-5-44-0',
    diagnosa: k % 2 ? 'E11.9' : 'I10',
    tgl_masuk: day,
    tgl_pulang: day,
    ...billOf({ tarif_konsultasi: 100_000 + 1_000 * (k % 13), tarif_laboratorium: 50_000, tarif_bmhp: 5_000, ...drugs }),
  });
}

// thirty honest visits that split the supply: a few days in the package, the rest on the chronic line
const split = Array.from({ length: 30 }, (_, i) =>
  visit({ tarif_obat: 24_000 + 500 * (i % 5), tarif_obat_kronis: 60_000 + 1_000 * (i % 7) }),
);
// honest: the whole supply on the ordinary line, and the supply beside a token chronic line
const wholeSupply = [visit({ tarif_obat: 86_000 }), visit({ tarif_obat: 92_000 })];
const tokenChronic = visit({ tarif_obat: 95_000, tarif_obat_kronis: 5_000 });
// inflated: the ordinary line four times beside a full chronic line (the supply billed twice)
const doubled = visit({ tarif_obat: 100_000, tarif_obat_kronis: 66_000 });
// inflated: the same beside three quarters of the chronic line (a split supply: no allowance for the quarter short)
const doubledShortMonth = visit({ tarif_obat: 100_000, tarif_obat_kronis: 45_000 });
// inflated: no chronic line, the ordinary line three times the whole supply
const beyondSupply = visit({ tarif_obat: 260_000 });

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims }, LINE_OUTLIER_ALONE);
});
afterAll(async () => {
  await run?.close();
});

const outlier = (sep: string) => run?.hitsOf(sep, 'drug_device_outlier') ?? [];

describe('INFLATED_BILL drugs of a chronic outpatient group', () => {
  it('leaves a visit that bills its supply on the ordinary line instead of the chronic line silent', () => {
    for (const sep of [...wholeSupply, tokenChronic]) expect(outlier(sep)).toEqual([]);
    expect(split.flatMap(outlier)).toEqual([]);
  });

  it('flags an ordinary line inflated beside a full chronic line, judged against the ordinary line', () => {
    const [hit] = outlier(doubled);
    expect(hit?.evidence_en).toMatch(/= 3\.\dx the share of the median claim with CBG Q-5-44-0 and procedures \[\]$/);
    expect(hit?.amount_at_risk).toBeGreaterThan(50_000);
    expect(outlier(doubledShortMonth)[0]?.evidence_en).toMatch(
      /= 3\.\dx the share of the median claim with CBG Q-5-44-0 and procedures \[\]$/,
    );
  });

  it('flags an ordinary line far above the whole supply, judged against the whole supply', () => {
    const [hit] = outlier(beyondSupply);
    expect(hit?.evidence_en).toContain('and the part of its chronic-drug line this claim (chronic drugs Rp0) did not bill');
    expect(hit?.evidence_id).toContain('ditambah bagian obat kronisnya yang tidak ditagih klaim ini (obat kronis Rp0)');
  });
});
