// INFLATED_BILL drug_device_outlier needs a norm of at least MIN_PEER_GROUP claims (red team
// RT-NM-STENTS-61): a rare CBG's few claims, a hospital's own among them, are no norm for its
// devices; with enough claims the same bill stands out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import { LINE_OUTLIER_ALONE } from '../test-support/line-outliers.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const book = patients('rare');
/** A stay of `cbg` with its own procedure list (no CBG-and-procedures group forms), devices times `devices`. */
function stay(cbg: string, k: number, devices = 1): string {
  return book.stay({
    kode_inacbg: cbg,
    diagnosa: `I2${k % 6}.0`,
    procedure: `88.${50 + k}`,
    tgl_masuk: `2024-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`,
    tarif_kamar: 100_000 + 1_000 * k,
    tarif_alkes: 100_000 * devices,
  });
}

// a rare CBG: fewer claims than MIN_PEER_GROUP, one with devices ten times the others' (the drug-device share four times)
const rare = Array.from({ length: MIN_PEER_GROUP - 6 }, (_, k) => stay('I-1-40-I', k));
const rareHigh = stay('I-1-40-I', 40, 10);
// a common CBG: enough claims, the same bill
const common = Array.from({ length: MIN_PEER_GROUP + 4 }, (_, k) => stay('I-1-40-II', k));
const commonHigh = stay('I-1-40-II', 40, 10);

// an operation in CBGs each too small for a norm, enough across the levels of its group (red team RT-INFLATED-82):
// transurethral prostatectomies at levels I, II and III, one at level I with devices ten times the others'
const turp = (cbg: string, k: number, devices = 1): string =>
  book.stay({
    kode_inacbg: cbg,
    diagnosa: 'N40',
    procedure: '60.29',
    tgl_masuk: `2025-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`,
    tarif_kamar: 100_000 + 1_000 * k,
    tarif_alkes: 100_000 * devices,
  });
const levels = (['N-1-20-I', 'N-1-20-II', 'N-1-20-III'] as const).flatMap((cbg) =>
  Array.from({ length: MIN_PEER_GROUP / 2 - 2 }, (_, k) => turp(cbg, k)),
);
const turpHigh = turp('N-1-20-I', 40, 10);

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims }, LINE_OUTLIER_ALONE);
});
afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL drugs and devices against a CBG', () => {
  it('judges no claim against a CBG of fewer than MIN_PEER_GROUP claims', () => {
    expect([...rare, rareHigh].flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? [])).toEqual([]);
  });

  it('flags the same bill against a CBG with enough claims', () => {
    expect(run?.hitsOf(commonHigh, 'drug_device_outlier')[0]?.evidence_en).toContain('the share of the median claim with CBG I-1-40-II');
    expect(common.flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? [])).toEqual([]);
  });
});

describe('INFLATED_BILL drugs and devices of an operation in a small CBG', () => {
  it('judges the operation against its use at every severity level of the CBG group', () => {
    expect(run?.hitsOf(turpHigh, 'drug_device_outlier')[0]?.evidence_en).toContain(
      'the share of the median claim with CBG group N-1-20 (all severity levels) and procedures [60.29]',
    );
    expect(run?.hitsOf(turpHigh, 'drug_device_outlier')[0]?.evidence_id).toContain('kelompok CBG N-1-20 (semua tingkat keparahan)');
  });

  it('leaves the ordinary operations of those levels alone', () => {
    expect(levels.flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? [])).toEqual([]);
  });
});
