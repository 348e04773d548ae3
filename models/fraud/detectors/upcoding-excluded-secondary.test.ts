// UPCODING by a secondary the coding rules forbid (upcoding-excluded-secondary.ts, red team
// RT-UPCODE-112): heart failure raised to severity III by pulmonary oedema (J81), which ICD-10
// excludes with heart failure. Near misses: pulmonary oedema beside a kidney-failure primary (a
// code the rules allow), heart failure with J81 and another secondary that may carry the level,
// and heart failure with J81 left at severity I.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const RS = String(FACILITIES['jakarta1']?.['facility_id']);
const SIGNAL = 'severity_on_secondary_excluded_by_primary';

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
function stay(over: Row): string {
  n++;
  const card = `xs${n}`;
  members.push(member(card));
  const masuk = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const c = claim(card, { facility_id: RS, tgl_masuk: masuk, tgl_pulang: addDays(masuk, 5), procedure: '89.52', ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
const raised = { kode_inacbg: 'I-4-12-III', tarif_inacbg: 7_200_000 };
const oedemaOnHeartFailure = stay({ ...raised, diagnosa: 'I50.0#J81' });
const oedemaOnKidneyFailure = stay({ kode_inacbg: 'N-4-10-III', tarif_inacbg: 7_000_000, diagnosa: 'N18.5#J81' });
const withAnotherSecondary = stay({ ...raised, diagnosa: 'I50.0#J81#N17.9' });
const levelOne = stay({ kode_inacbg: 'I-4-12-I', tarif_inacbg: 3_600_000, diagnosa: 'I50.0#J81' });

const run = runDetectorsOnce({ members, claims });

describe('UPCODING: severity resting on a secondary ICD-10 excludes with the primary', () => {
  it('names heart failure raised to severity III by pulmonary oedema alone, as certain', () => {
    const [h] = run().hitsOf(oedemaOnHeartFailure, SIGNAL);
    expect(h?.strength).toBe('certain');
    expect(h?.evidence_en).toContain('J81');
    expect(h?.evidence_en).toContain('I50.0');
    expect(h?.amount_at_risk).toBeGreaterThan(0);
  });

  it('stays silent where the rules allow the code, another secondary may carry the level, or the level is I', () => {
    for (const sep of [oedemaOnKidneyFailure, withAnotherSecondary, levelOne]) expect(run().hitsOf(sep, SIGNAL)).toHaveLength(0);
  });
});
