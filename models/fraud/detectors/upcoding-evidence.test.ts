// UPCODING by the diagnosis (upcoding-evidence.ts, red team RT-UPCODE-52 and RT-UPCODE-53): a
// primary diagnosis of a dearer group with none of what it needs to be established, judged
// against what other facilities' claims of the diagnosis carry, alone and as a provider pattern;
// and the honest look-alikes that stay silent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
function stay(over: Row): string {
  n++;
  const card = `ue${n}`;
  members.push(member(card));
  const day = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const c = claim(card, {
    tgl_masuk: day,
    tgl_pulang: day.replace(/-(\d\d)$/, (_, d: string) => `-${String(Number(d) + 3).padStart(2, '0')}`),
    ...over,
  });
  c['billed_cost'] = TARIFF_COMPONENTS.reduce((s, [name]) => s + Number(c[name] ?? 0), 0);
  claims.push(c);
  return String(c['nomor_sep']);
}

// peers: pneumonia (J-4-16, 1.5x the tariff of J-4-19 asthma and bronchitis) with radiology billed,
// some with the chest X-ray coded; bronchitis with or without radiology; bleeds transfused or scoped
for (let i = 0; i < 30; i++) {
  const facility_id = i % 2 ? PEER_A : PEER_B;
  stay({ facility_id, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.0', procedure: i % 3 ? '87.44#99.21' : '99.21' });
  stay({ facility_id, kode_inacbg: 'J-4-19-I', diagnosa: 'J20.9', procedure: '93.96', tarif_radiologi: i % 2 ? 100_000 : 0 });
  stay({
    facility_id,
    kode_inacbg: 'K-4-18-I',
    diagnosa: 'K92.2',
    procedure: i % 2 ? '45.13' : '99.04',
    tarif_pelayanan_darah: i % 2 ? 0 : 100_000,
  });
}
for (let i = 0; i < 40; i++) stay({ facility_id: PEER_B, kode_inacbg: 'J-4-16-I', diagnosa: 'J15.9', procedure: '99.21' });
// the coding hospital: bronchitis coded as pneumonia, no chest film coded, no radiology billed
const bronchitisAsPneumonia = Array.from({ length: 5 }, () =>
  stay({ facility_id: CODER, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.0', procedure: '93.96#99.21', tarif_radiologi: 0 }),
);
// near misses at the same hospital: a pneumonia whose chest X-ray is coded though radiology is billed
// in the package; one transferred out before the work-up; bronchitis without radiology (needs none)
const filmCoded = stay({ facility_id: CODER, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.0', procedure: '87.44#99.21', tarif_radiologi: 0 });
const transferredOut = stay({ facility_id: CODER, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.0', discharge_status: 2, tarif_radiologi: 0 });
const bronchitis = stay({ facility_id: CODER, kode_inacbg: 'J-4-19-I', diagnosa: 'J20.9', procedure: '93.96', tarif_radiologi: 0 });
// one pneumonia without a film at another hospital: one claim is suspicious, not a pattern
const lonePneumonia = stay({ facility_id: PEER_A, kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', procedure: '99.21', tarif_radiologi: 0 });
// a bleed with neither endoscopy nor blood at another class C hospital, where bleeds go without
// them a third of the time: no single-claim signal (the evidence is not near universal there)
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
for (let i = 0; i < 24; i++)
  stay({
    facility_id: i % 2 ? PEER_A : PEER_B,
    kode_inacbg: 'K-4-18-I',
    diagnosa: 'K92.0',
    procedure: '99.18',
    tarif_pelayanan_darah: i % 3 ? 100_000 : 0,
  });
const bleedUnscoped = stay({
  facility_id: BANDUNG,
  kode_inacbg: 'K-4-18-I',
  diagnosa: 'K92.0',
  procedure: '99.18',
  tarif_pelayanan_darah: 0,
});

// complications: typhoid stays raised to severity II by respiratory failure are given oxygen elsewhere;
// the coding hospital's have none, no ventilation, no intensive care
const typhoidWithFailure = { kode_inacbg: 'A-4-11-II', diagnosa: 'A01.0#J96.0', tarif_rawat_intensif: 0 };
for (let i = 0; i < 24; i++) stay({ facility_id: i % 2 ? PEER_A : PEER_B, ...typhoidWithFailure, procedure: i % 3 ? '93.96' : '96.71' });
const failureUntreated = Array.from({ length: 4 }, () => stay({ facility_id: CODER, ...typhoidWithFailure, procedure: '99.21' }));
// near misses there: a ventilated one, and respiratory failure on a severity-I stay (it raised nothing)
const failureVentilated = stay({ facility_id: CODER, ...typhoidWithFailure, procedure: '96.71' });
const failureNotRaising = stay({ facility_id: CODER, ...typhoidWithFailure, kode_inacbg: 'A-4-11-I', procedure: '99.21' });

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => {
  await run.close();
});

describe('UPCODING: a diagnosis without what it needs', () => {
  it('names each pneumonia without chest imaging, with the tariff share above the look-alike group at risk', () => {
    for (const sep of bronchitisAsPneumonia) {
      const [h] = run.hitsOf(sep, 'diagnosis_without_its_evidence');
      expect(h?.fraud_type).toBe('UPCODING');
      expect(h?.evidence_en).toContain('chest imaging');
      expect(h?.evidence_en).toContain('J-4-19-I');
      // J-4-16 is 1.5x J-4-19: a third of the tariff (Rp5M in the hand-built claim)
      expect(h?.amount_at_risk).toBeCloseTo(5_000_000 / 3, -3);
    }
  });

  it("names the hospital's pattern: five of its pneumonias without imaging where other facilities give almost none", () => {
    for (const sep of bronchitisAsPneumonia) expect(run.hitsOf(sep, 'diagnosis_without_evidence_at_provider')).toHaveLength(1);
    expect(run.hitsOf(lonePneumonia, 'diagnosis_without_evidence_at_provider')).toHaveLength(0);
  });

  it('stays silent on a coded chest X-ray, a transfer out and a diagnosis that needs nothing', () => {
    for (const sep of [filmCoded, transferredOut, bronchitis]) {
      expect(run.hitsOf(sep, 'diagnosis_without_its_evidence')).toHaveLength(0);
      expect(run.hitsOf(sep, 'diagnosis_without_evidence_at_provider')).toHaveLength(0);
    }
  });

  it('judges one claim only where the evidence is near universal at other facilities', () => {
    // the lone pneumonia is suspicious on its own: 61 of the 66 other class B pneumonias carry imaging (the coding hospital's five do not)
    expect(run.hitsOf(lonePneumonia, 'diagnosis_without_its_evidence')).toHaveLength(1);
    // bleeds go without endoscopy or blood a sixth of the time elsewhere: one unscoped bleed is no signal
    expect(run.hitsOf(bleedUnscoped, 'diagnosis_without_its_evidence')).toHaveLength(0);
    expect(run.hitsOf(bleedUnscoped, 'diagnosis_without_evidence_at_provider')).toHaveLength(0);
  });
});

describe('UPCODING: a severity-raising complication without its treatment', () => {
  it('names each stay whose respiratory failure had no oxygen, ventilation or intensive care, one severity level at risk', () => {
    for (const sep of failureUntreated) {
      const [h] = run.hitsOf(sep, 'complication_without_its_treatment');
      expect(h?.evidence_en).toContain('J96.0');
      // severity II paid as I: 1 - 1 / 1.45 of the Rp5M hand-built tariff
      expect(h?.amount_at_risk).toBeCloseTo(5_000_000 * (1 - 1 / 1.45), -3);
      expect(run.hitsOf(sep, 'complication_without_treatment_at_provider')).toHaveLength(1);
    }
  });

  it('stays silent on a ventilated stay and on a complication that raised nothing', () => {
    for (const sep of [failureVentilated, failureNotRaising]) {
      expect(run.hitsOf(sep, 'complication_without_its_treatment')).toHaveLength(0);
      expect(run.hitsOf(sep, 'complication_without_treatment_at_provider')).toHaveLength(0);
    }
  });
});
