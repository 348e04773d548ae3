// UPCODING by a complicated form of diabetes (upcoding-evidence.ts, the combination code E1x.5
// judged as a complication also in the primary position): a stay raised above severity I as
// diabetes with peripheral circulatory complications, with neither imaging nor any foot care,
// where the other facilities' such stays carry one. Near misses: a real diabetic foot debrided
// without imaging billed, the same coding on a severity-I stay (nothing raised), and
// uncomplicated diabetes without imaging (it needs none).
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES, addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const CODER = String(FACILITIES['jakarta1']?.['facility_id']);
const PEER_A = String(FACILITIES['jakarta2']?.['facility_id']);
const PEER_B = String(FACILITIES['makassar']?.['facility_id']);

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;

/** A three-day stay of a new card, every tariff component Rp100,000 unless `over` says otherwise. */
function stay(over: Row): string {
  n++;
  const card = `df${n}`;
  members.push(member(card, { birth_date: '1965-02-01' }));
  const day = `2024-0${1 + (n % 9)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const c = claim(card, { tgl_masuk: day, tgl_pulang: addDays(day, 3), ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

const footCoded = { kode_inacbg: 'E-4-10-II', diagnosa: 'E11.5#I10', tarif_inacbg: 4_200_000 };

// the peers: diabetic-foot stays above severity I with radiology billed, a third debrided too
for (let i = 0; i < 30; i++) stay({ ...footCoded, facility_id: i % 2 ? PEER_A : PEER_B, procedure: i % 3 ? '99.18' : '86.22#99.21' });
// coded up: glucose control (an infusion) coded as a diabetic foot, no radiology, nothing done to a foot
const codedUp = Array.from({ length: 2 }, () => stay({ ...footCoded, facility_id: CODER, procedure: '99.18', tarif_radiologi: 0 }));
// near misses at the same hospital
const debrided = stay({ ...footCoded, facility_id: CODER, procedure: '86.22#99.21', tarif_radiologi: 0 });
const severityOne = stay({ ...footCoded, kode_inacbg: 'E-4-10-I', facility_id: CODER, procedure: '99.18', tarif_radiologi: 0 });
const uncomplicated = stay({ ...footCoded, diagnosa: 'E11.9#I10', facility_id: CODER, procedure: '99.18', tarif_radiologi: 0 });

const run = runDetectorsOnce({ members, claims });

describe('UPCODING: a diabetic foot nobody examined or treated', () => {
  it('names a raised stay coded E11.5 with neither imaging nor foot care', () => {
    for (const sep of codedUp) {
      const [h] = run().hitsOf(sep, 'complication_without_its_treatment');
      expect(h?.evidence_en).toContain('E11.5');
      expect(h?.evidence_en).toContain('foot wound care, debridement or revascularisation');
      expect(h?.evidence_id).toContain('debridemen');
      expect(h?.strength).toBe('suspicious');
      expect(h?.amount_at_risk).toBeGreaterThan(0);
    }
  });

  it('stays silent on a debrided foot, a severity-I stay and uncomplicated diabetes', () => {
    for (const sep of [debrided, severityOne, uncomplicated])
      expect(run().hitsOf(sep, 'complication_without_its_treatment'), sep).toHaveLength(0);
  });
});
