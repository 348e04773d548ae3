// INFLATED_BILL drug_device_outlier on another operation's set (inflated-device.ts, red team
// RT-INFLATED-121): an open appendectomy (47.09) billed with a laparoscopic kit, devices 3.5x and
// consumables 3x its peers', each line under its own ratio (devices 4x, the whole line 2.5x).
// Near misses: a second device set alone (a complication), materials priced at twice the peers', and
// laparoscopies (47.01) with their own kit, too few for a norm of their own: judged against the open
// operations of their diagnosis, a different technique, they are not another operation's set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const book = patients('kit');
/** An open appendectomy stay: drugs Rp600,000, devices Rp250,000 x `devices`, consumables Rp400,000 x `consumables`. */
function appendectomy(k: number, devices = 1, consumables = 1, drugs = 1, procedure = '47.09'): string {
  return book.stay({
    kode_inacbg: 'K-1-12-I',
    diagnosa: 'K35.8',
    procedure,
    tgl_masuk: `2025-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`,
    tarif_kamar: 900_000 + 10_000 * k,
    tarif_prosedur_bedah: 2_000_000,
    tarif_obat_kronis: 0,
    tarif_obat: 600_000 * drugs,
    tarif_alkes: 250_000 * devices,
    tarif_bmhp: 400_000 * consumables,
  });
}

const ordinary = Array.from({ length: MIN_PEER_GROUP + 2 }, (_, k) => appendectomy(k));
const laparoscopicKit = appendectomy(10, 3.5, 3);
const secondDeviceSet = appendectomy(11, 3.5);
const pricedTwice = appendectomy(12, 2, 2, 2);
const laparoscopies = [13, 14, 15].map((k) => appendectomy(k, 3.5, 3, 1, '47.01'));

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
});
afterAll(async () => {
  await run?.close();
});

describe("INFLATED_BILL another operation's set on an operation", () => {
  it('flags devices and consumables raised together, though each line is under its own ratio', () => {
    const hits = run?.hitsOf(laparoscopicKit, 'drug_device_outlier') ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.strength).toBe('suspicious');
    expect(hits[0]?.evidence_en).toBe(
      'Devices Rp875,000 = 3.5x the device share and drugs, devices and consumables Rp2,675,000 = 2.1x the share of the median claim with CBG K-1-12-I and procedures [47.09]: another operation’s set',
    );
    expect(hits[0]?.evidence_id).toContain('= 2.1x porsi median klaim CBG K-1-12-I dengan tindakan [47.09]: set operasi lain');
    expect(hits[0]?.amount_at_risk).toBeGreaterThan(0);
  });

  it('leaves a second device set alone, materials priced at twice the peers, laparoscopies and the ordinary operations', () => {
    expect(
      [...ordinary, secondDeviceSet, pricedTwice, ...laparoscopies].flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? []),
    ).toEqual([]);
  });
});
