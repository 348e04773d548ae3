// The arrival gates on codes and on the request's e-PLKK cases (arrival-screens.ts): a claim they let
// through runs the branches, a near miss skips them, and a claim whose request is unknown is never refused.
import { describe, expect, it } from 'vitest';
import { ARRIVAL_SOURCES } from './arrival-context.js';
import { INPATIENT, OUTPATIENT, splitArrivalDetectorHits } from './arrival-detectors.js';
import type { ArrivalFacts, GatedClaim } from './arrival-detectors.js';
import { ARRIVAL_SCREEN_GATES } from './arrival-screens.js';

const parts = splitArrivalDetectorHits(ARRIVAL_SOURCES);
/** The signals one detector runs for a claim (none when it skips the detector). */
function signalsRun(code: string, c: GatedClaim, facts?: ArrivalFacts): readonly string[] {
  const p = parts.find((x) => x.code === code);
  const v = p?.variantOf(c, facts);
  return v === undefined ? [] : (p?.variants[v]?.signals ?? []);
}
const loaded = (kkpakRows: number, otherCardClaims = 0): ArrivalFacts => ({
  rows: (t) => (t === 'arr_kkpak' ? kkpakRows : 0),
  otherCardClaims: () => otherCardClaims,
});

const VISIT: GatedClaim = { jenis_rawat: OUTPATIENT, kode_inacbg: 'Q-5-44-0', diagnosa: 'J06.9', procedure: null, discharge_status: 1 };
const STAY: GatedClaim = { jenis_rawat: INPATIENT, kode_inacbg: 'K-1-12-I', diagnosa: 'K35.8', procedure: '47.09', discharge_status: 1 };

describe('arrival screens', () => {
  it('runs the e-PLKK case signals only when the request loaded a case, and never refuses an unknown request', () => {
    expect(signalsRun('COB_KKPAK', VISIT, loaded(1))).toContain('kkpak_case_billed_to_jkn');
    expect(signalsRun('COB_KKPAK', VISIT, loaded(0))).toEqual([]);
    expect(signalsRun('COB_KKPAK', VISIT)).toContain('kkpak_followup_billed_to_jkn');
  });

  it('runs the unreported wage-earner injury for a work-type injury coded first, not for one coded second', () => {
    expect(signalsRun('COB_KKPAK', { ...VISIT, diagnosa: 'S52.5#W19' }, loaded(0))).toEqual(['wage_earner_trauma_without_eplkk']);
    expect(signalsRun('COB_KKPAK', { ...VISIT, diagnosa: 'J06.9#S52.5' }, loaded(0))).toEqual([]);
    // T36-T50 are poisonings by drugs, not work-type injuries
    expect(signalsRun('COB_KKPAK', { ...VISIT, diagnosa: 'T40.2' }, loaded(0))).toEqual([]);
  });

  it('runs the operation record signals for a procedural group only, and the organ history for a whole removal only', () => {
    const stay = signalsRun('CANCELLED_SERVICE', STAY);
    expect(stay).toContain('operation_without_surgical_cost');
    expect(stay).toContain('organ_removed_again_later');
    // a medical stay: no operation's record to judge; a partial cholecystectomy leaves a remnant
    const medical = signalsRun('CANCELLED_SERVICE', { ...STAY, kode_inacbg: 'K-4-17-I', procedure: '51.21' });
    expect(medical).toEqual([]);
    expect(signalsRun('CANCELLED_SERVICE', { ...STAY, kode_inacbg: 'K-4-17-I', procedure: '51.23' })).toEqual([
      'organ_removed_again_later',
      'removed_organ_ill_later',
    ]);
    // outpatient major procedure (case type 2: day surgery) is an operation; an outpatient visit without one skips the detector
    expect(signalsRun('CANCELLED_SERVICE', { ...VISIT, kode_inacbg: 'H-2-36-0', procedure: '13.41' })).toContain(
      'operation_without_theatre_record',
    );
    expect(signalsRun('CANCELLED_SERVICE', VISIT)).toEqual([]);
  });

  it('runs the own-practice signal for a stay coding an operation off a procedural group, with no surgical fee and no time, only', () => {
    const curettage: GatedClaim = {
      jenis_rawat: INPATIENT,
      kode_inacbg: 'O-6-14-I',
      diagnosa: 'O03.9',
      procedure: '69.09#88.78',
      discharge_status: 1,
      tarif_prosedur_bedah: 0,
    };
    expect(signalsRun('CANCELLED_SERVICE', curettage)).toEqual(['operation_coded_without_own_fee_and_time']);
    expect(signalsRun('CANCELLED_SERVICE', { ...curettage, tarif_prosedur_bedah: 650_000 })).toEqual([]);
    expect(signalsRun('CANCELLED_SERVICE', { ...curettage, waktu_operasi: '2026-01-07 08:30:00' })).toEqual([]);
    expect(signalsRun('CANCELLED_SERVICE', { ...curettage, procedure: '88.78' })).toEqual([]);
    expect(signalsRun('CANCELLED_SERVICE', { ...curettage, jenis_rawat: OUTPATIENT })).toEqual([]);
    // a procedural group's operation is judged by the operation record signals, never by this one
    expect(signalsRun('CANCELLED_SERVICE', { ...STAY, tarif_prosedur_bedah: 0 })).not.toContain('operation_coded_without_own_fee_and_time');
  });

  it('runs the unnecessary-treatment signals of a visit only for advanced imaging or a tonsillectomy coded on it', () => {
    expect(signalsRun('UNNECESSARY_TREATMENT', { ...VISIT, procedure: '88.01' })).toEqual(['imaging_above_casemix_peers']);
    expect(signalsRun('UNNECESSARY_TREATMENT', { ...VISIT, procedure: '28.3#88.38' })).toEqual([
      'imaging_above_casemix_peers',
      'tonsillectomy_without_recurrences',
    ]);
    // a plain chest X-ray and an incision of the tonsils are neither
    expect(signalsRun('UNNECESSARY_TREATMENT', { ...VISIT, procedure: '87.44#28.0' })).toEqual([]);
    // a short stay runs its admission signals
    const stay = signalsRun('UNNECESSARY_TREATMENT', { ...STAY, kode_inacbg: 'A-4-11-I', procedure: null });
    expect(stay).toContain('short_admissions_above_peers');
    expect(stay).toContain('mild_hyperemesis_admitted');
  });

  it("runs a newborn's unbundling signal for a neonatal group or code only, and the other side's operation for a procedural group only", () => {
    const newborn = { ...STAY, kode_inacbg: 'P-8-17-I', diagnosa: 'Z38.0', procedure: null };
    expect(signalsRun('UNBUNDLING', newborn)).toContain('healthy_newborn_billed_apart');
    expect(signalsRun('UNBUNDLING', { ...newborn, kode_inacbg: 'A-4-11-I', diagnosa: 'Z38.0' })).toContain('healthy_newborn_billed_apart');
    expect(signalsRun('UNBUNDLING', { ...VISIT, diagnosa: 'Z39.2' })).not.toContain('healthy_newborn_billed_apart');
    expect(signalsRun('UNBUNDLING', { ...VISIT, kode_inacbg: 'H-2-36-0', procedure: '13.41' })).toContain('other_side_operated_apart');
    expect(signalsRun('UNBUNDLING', VISIT)).not.toContain('other_side_operated_apart');
  });

  it('runs the signals against another claim of the card only when the request loaded one', () => {
    const alone = loaded(0, 0);
    const paired = loaded(0, 1);
    expect(signalsRun('REPEAT_BILLING', VISIT, paired)).toEqual(
      expect.arrayContaining(['same_episode_resubmitted', 'same_visit_billed_under_another_group', 'same_session_billed_at_same_site']),
    );
    expect(signalsRun('REPEAT_BILLING', VISIT, alone)).not.toContain('same_episode_resubmitted');
    expect(signalsRun('REPEAT_BILLING', VISIT, alone)).not.toContain('same_visit_billed_under_another_group');
    expect(signalsRun('UNBUNDLING', VISIT, paired)).toContain('visit_closed_before_admission');
    expect(signalsRun('UNBUNDLING', VISIT, alone)).toEqual([]);
    // a stay with no other claim of its card cannot be a readmission; a visit never is
    expect(signalsRun('READMISSION', { ...STAY, kode_inacbg: 'A-4-11-I' }, paired).length).toBeGreaterThan(0);
    expect(signalsRun('READMISSION', { ...STAY, kode_inacbg: 'A-4-11-I' }, alone)).toEqual([]);
    expect(signalsRun('READMISSION', VISIT, paired)).toEqual([]);
    expect(signalsRun('PHANTOM_BILLING', VISIT, alone)).not.toContain('distant_facility_overlap');
    expect(signalsRun('PHANTOM_BILLING', VISIT, paired)).toContain('outpatient_visit_during_stay_elsewhere');
    expect(signalsRun('PHANTOM_BILLING', { ...STAY, kode_inacbg: 'A-4-11-I' }, paired)).not.toContain(
      'outpatient_visit_during_stay_elsewhere',
    );
  });

  it('gates every signal it names with a condition and a reason', () => {
    for (const [signal, gate] of Object.entries(ARRIVAL_SCREEN_GATES)) {
      expect(gate.why.length, signal).toBeGreaterThan(10);
      expect(gate.branchCondition.source.length, signal).toBeGreaterThan(10);
    }
  });
});
