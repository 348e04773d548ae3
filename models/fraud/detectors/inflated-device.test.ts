// INFLATED_BILL drug_device_outlier on an operation's device line alone (inflated-device.ts, red
// team RT-INFLATED-82): devices six times an operation's peers are a small part of the whole drug
// and device line, under its ratio, but past the device line's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { patients } from '../test-support/patients.js';
import { MIN_PEER_GROUP } from './peers.js';

const book = patients('dev');
/** A stay of `cbg` with `procedure`: drugs, consumables and devices as an ordinary one, devices times `devices`. */
function stay(cbg: string, procedure: string, k: number, devices = 1): string {
  return book.stay({
    kode_inacbg: cbg,
    diagnosa: cbg.startsWith('N') ? 'N40' : 'J44.1',
    procedure,
    tgl_masuk: `2025-0${1 + (k % 9)}-${String(1 + (k % 27)).padStart(2, '0')}`,
    tarif_kamar: 2_000_000 + 10_000 * k,
    tarif_prosedur_bedah: 3_000_000,
    tarif_obat: 800_000,
    tarif_bmhp: 500_000,
    tarif_alkes: 300_000 * devices,
  });
}

// transurethral prostatectomies (an operation, ICD-9-CM 60.29) and COPD stays with nebulisation (93.96, no operation)
const turps = Array.from({ length: MIN_PEER_GROUP + 2 }, (_, k) => stay('N-1-20-I', '60.29', k));
const turpDevicesSix = stay('N-1-20-I', '60.29', 40, 6);
const turpDevicesThree = stay('N-1-20-I', '60.29', 41, 3);
const copd = Array.from({ length: MIN_PEER_GROUP + 2 }, (_, k) => stay('J-4-10-I', '93.96', k));
const copdDevicesSix = stay('J-4-10-I', '93.96', 40, 6);

let run: DetectorRun | undefined;
beforeAll(async () => {
  run = await runDetectors({ members: book.members, claims: book.claims });
});
afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL the device line of an operation', () => {
  it('flags devices six times the same operation’s, though the whole drug and device line is under its ratio', () => {
    const hits = run?.hitsOf(turpDevicesSix, 'drug_device_outlier') ?? [];
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidence_en).toContain(
      'Devices Rp1,800,000 = 5.7x the device share of the median claim with CBG N-1-20-I and procedures [60.29]',
    );
    expect(hits[0]?.evidence_id).toContain('Alkes Rp1,800,000 = 5.7x porsi alkes median klaim CBG N-1-20-I dengan tindakan [60.29]');
  });

  it('leaves devices three times the peers’ and the ordinary operations alone', () => {
    expect([...turps, turpDevicesThree].flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? [])).toEqual([]);
  });

  it('judges the device line alone only where there is an operation', () => {
    expect([...copd, copdDevicesSix].flatMap((sep) => run?.hitsOf(sep, 'drug_device_outlier') ?? [])).toEqual([]);
  });
});
