// The fraud taxonomy of DOMAIN.md section 3: every code has a typed detector with names and sourced
// thresholds, and a hand-built case in one of the detectors-<topic>.test.ts files (each of which
// checks that its fraud types fire on their cases and not on the near misses).
import { describe, expect, it } from 'vitest';
import { CASE_TOPICS } from '../test-support/detector-cases.js';
import { LOS_NORM } from '../test-support/hand-built.js';
import { FRAUD_DETECTORS } from './index.js';

describe('fraud detectors on hand-built cases', () => {
  it('covers every taxonomy code of DOMAIN.md section 3, each typed with names and sourced thresholds', () => {
    expect(FRAUD_DETECTORS.map((d) => d.code).sort()).toEqual([
      'CANCELLED_SERVICE',
      'CLONING',
      'COB_KKPAK',
      'INFLATED_BILL',
      'PARTICIPANT_ABUSE',
      'PHANTOM_BILLING',
      'PROLONGED_LOS',
      'READMISSION',
      'REPEAT_BILLING',
      'ROOM_CLASS',
      'SELF_REFERRAL',
      'UNBUNDLING',
      'UNNECESSARY_TREATMENT',
      'UPCODING',
      'VENTILATOR',
    ]);
    for (const d of FRAUD_DETECTORS) {
      expect(d.nameId.length).toBeGreaterThan(5);
      expect(d.nameEn.length).toBeGreaterThan(5);
      for (const t of Object.values(d.thresholds)) expect(t.source.length).toBeGreaterThan(10);
    }
  });

  it('gives each hand-built case a scenario', () => {
    // each type in exactly one topic file, and every detector's type in one
    expect(Object.values(CASE_TOPICS).flat().sort()).toEqual(FRAUD_DETECTORS.map((d) => d.code).sort());
    expect(LOS_NORM).toBe(4);
  });
});
