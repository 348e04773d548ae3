// A claim's facility may be missing from the facility file (the contract does not tie claims to
// it): the claim has no hospital class. The detectors must still run, and the case-mix norms must
// keep one row per code and class, or every scalar lookup of a stay's norm finds two rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';

const members = Array.from({ length: 30 }, (_, i) => member(`0009${String(i).padStart(9, '0')}`));
// the same code at known hospitals (3171R001, 3273R001) and at one absent from the facility file
const claims = members.map((m, i) =>
  claim(String(m['card_key']), {
    facility_id: ['3171R001', '3273R001', '3315R002'][i % 3] ?? '',
    tgl_masuk: `2024-03-${String(1 + (i % 27)).padStart(2, '0')}`,
  }),
);
const run = runDetectorsOnce({ members, claims });

describe('a facility missing from the facility file', () => {
  it('runs every detector and keeps one case-mix norm per code and class', async () => {
    const duplicated = await run().warehouse.query<{ n: bigint }>(
      'SELECT count(*) AS n FROM (SELECT kode_inacbg, hospital_class FROM fraud_casemix_peers GROUP BY ALL HAVING count(*) > 1)',
    );
    expect(Number(duplicated[0]?.n)).toBe(0);
    const classes = await run().warehouse.query<{ n: bigint }>('SELECT count(*) AS n FROM fraud_casemix_peers');
    expect(Number(classes[0]?.n)).toBeGreaterThan(0);
  });
});
