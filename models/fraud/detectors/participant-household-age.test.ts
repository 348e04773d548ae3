// PARTICIPANT_ABUSE later_life_operation_on_younger_household_card (round 13, RT-ABUSE-131): a
// knee replacement for primary osteoarthritis on the card of a woman of 42 whose family card
// holds her mother of 70; against a household whose oldest woman is 55, a knee worn by rheumatoid
// arthritis (RT-NM-RHEUMATOID-132) or another cause of secondary arthrosis, an older relative of
// the other sex, a holder of 55, and a younger holder with no family card. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const DAY = '2024-03-11';
const born = (age: number): string => `${2024 - age}-01-15`;

/** A household: the card holder (a child of its head) and one relative, each with its sex and age on DAY. */
function household(
  key: string,
  holder: { sex: string; age: number },
  relative: { sex: string; age: number } | null,
  over: Row = {},
): string {
  const fam = relative === null ? null : `kk-${key}`;
  members.push(member(key, { sex: holder.sex, birth_date: born(holder.age), family_key: fam, hubungan_keluarga: fam ? 'ANAK' : null }));
  if (relative)
    members.push(member(`${key}-rel`, { sex: relative.sex, birth_date: born(relative.age), family_key: fam, hubungan_keluarga: 'KEPALA' }));
  const c = claim(key, {
    kode_inacbg: 'M-1-31-I',
    diagnosa: 'M17.9',
    procedure: '81.54',
    tgl_masuk: DAY,
    tgl_pulang: '2024-03-16',
    tarif_prosedur_bedah: 9_000_000,
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const lent = household('daughter', { sex: 'P', age: 42 }, { sex: 'P', age: 70 });
const youngMother = household('young-mother', { sex: 'P', age: 42 }, { sex: 'P', age: 55 });
const rheumatoid = household('rheumatoid', { sex: 'P', age: 38 }, { sex: 'P', age: 66 }, { diagnosa: 'M17.9#M06.9' });
const father = household('father', { sex: 'P', age: 42 }, { sex: 'L', age: 72 });
const older = household('older', { sex: 'P', age: 55 }, { sex: 'P', age: 78 });
const alone = household('alone', { sex: 'P', age: 44 }, null);
// causes of secondary arthrosis the detector's own list lacked (SECONDARY_ARTHROSIS_CAUSE_ICD10): a hip replaced at 41 for
// arthrosis beside developmental dysplasia (Q65), a knee at 43 beside osteonecrosis (M87); coded post-traumatic (M17.3)
const dysplasticHip = household('dysplasia', { sex: 'P', age: 41 }, { sex: 'P', age: 68 }, { diagnosa: 'M16.9#Q65.8', procedure: '81.51' });
const osteonecrosis = household('osteonecrosis', { sex: 'P', age: 43 }, { sex: 'P', age: 69 }, { diagnosa: 'M17.9#M87.0' });
const postTraumatic = household('post-traumatic', { sex: 'P', age: 40 }, { sex: 'P', age: 67 }, { diagnosa: 'M17.3' });
// an injury that list took whole (any S or T code) but that explains no knee: a wrist fractured beside the worn knee
const wrist = household('wrist', { sex: 'P', age: 42 }, { sex: 'P', age: 71 }, { diagnosa: 'M17.9#S52.5' });

const run = runDetectorsOnce({ members, claims });
const SIGNAL = 'later_life_operation_on_younger_household_card';

describe("PARTICIPANT_ABUSE: a joint replacement on a young card holder with a relative of the operation's age", () => {
  it('names the replacement, suspicious, with the holder and the relative', () => {
    const [hit] = run().hitsOf(lent, SIGNAL);
    expect(hit?.strength).toBe('suspicious');
    expect(hit?.evidence_en).toBe(
      '81.54 for M17.9 on the card of a woman of 42, a child of the head of the household, young for it (registries: a mean age near 68-70), whose family card holds a relative of the same sex aged 70',
    );
  });

  it('leaves a relative under 60, a rheumatoid knee, a relative of the other sex, a holder of 55 and a holder alone', () => {
    for (const sep of [youngMother, rheumatoid, father, older, alone]) expect(run().hitsOf(sep, SIGNAL), sep).toEqual([]);
  });

  it('leaves a hip beside dysplasia, a knee beside osteonecrosis and a knee coded post-traumatic: secondary arthrosis', () => {
    for (const sep of [dysplasticHip, osteonecrosis, postTraumatic]) expect(run().hitsOf(sep, SIGNAL), sep).toEqual([]);
  });

  it('names the replacement beside an injury of another limb, which makes no knee secondary', () => {
    expect(run().hitsOf(wrist, SIGNAL)[0]?.evidence_en).toContain('81.54 for M17.9 on the card of a woman of 42');
  });
});
