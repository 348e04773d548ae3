// The INA-CBG norm and the peers' 90th percentile judge a stay's ward days (ward-days.ts): a provider whose severe stays run past
// the code's norm only by their days in intensive care (a referral centre, RT-NM-REFERRAL-91) is
// not keeping patients, while one whose stays run as far past it on the ward is.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { FACILITIES } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { evenBillStay, patients } from '../test-support/patients.js';

const book = patients('wd');
const { claims, members } = book;
const stay = (over: Row, days: number): string => evenBillStay(book, over, days, 100_000);

// pneumonia (J-4-16-I, norm 5 days) at Jakarta 2 and Makassar 4-7 days, a third past the norm
const pneumonia: Row = { kode_inacbg: 'J-4-16-I', diagnosa: 'J18.9', procedure: '87.44' };
const peerDays = [4, 5, 5, 5, 6, 4, 5, 6, 7, 5, 4, 5];
for (let i = 0; i < 36; i++) stay({ facility_id: i % 2 ? '3171R002' : '7371R001', ...pneumonia }, peerDays[i % 12] as number);
// Jakarta 1: ten stays of 10 days, five of each in intensive care (5 ward days: within the norm, and under the
// 90th percentile of 7 days the other hospitals give, which its whole stays pass)
const intensive = Array.from({ length: 10 }, () => stay({ facility_id: '3171R001', ...pneumonia, icu_indikator: 1, icu_los: 5 }, 10));
// Bandung: ten stays of 7 days on the ward, two past the norm
const onWard = Array.from({ length: 10 }, () => stay({ facility_id: '3273R001', ...pneumonia }, 7));

const run = runDetectorsOnce({ facilities: Object.values(FACILITIES), members, claims });

describe('PROLONGED_LOS past the norm and the percentile, by ward days', () => {
  it('names the stays a provider keeps on the ward past the norm', () => {
    for (const sep of onWard) expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).toContain('condition_stays_past_norm_at_provider');
  });

  it('leaves stays past the norm only by their days in intensive care', () => {
    for (const sep of intensive) {
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).not.toContain('condition_stays_past_norm_at_provider');
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).not.toContain('stays_past_norm_at_provider');
      expect(run().signalsOf(sep, 'PROLONGED_LOS'), sep).not.toContain('condition_stays_above_p90_at_provider');
    }
  });
});
