// Participant abuse far below a disease's age (RT-ABUSE-31): a prostate resection for BPH on a
// 19-year-old's card is certain, and so is the card's later check-up of it; the near ages and a
// young patient's own codes (traumatic or congenital cataract, acute prostatitis, febrile
// convulsions of a toddler) are not. One in-memory warehouse, distinct cards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_LOOKBACK_DAYS, cardPairsSql } from '../../../features/fraud/index.js';
import { onArrivalWarehouse } from '../test-support/cloning-arrival.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { PARTICIPANT_AGE_SIGNALS, diseaseTreatedBelowItsAgeSql } from './participant-age.js';

const claims: Row[] = [];
const members: Row[] = [];
function card(id: string, birthDate: string, sex = 'L'): string {
  members.push(member(id, { birth_date: birthDate, sex }));
  return id;
}
function add(cardId: string, day: string, over: Row): string {
  const c = claim(cardId, { tgl_masuk: day, tgl_pulang: day, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}

const TURP: Row = { diagnosa: 'N40#R33', procedure: '60.29#57.94', tgl_pulang: '2026-03-14' };
const CHECK_UP: Row = { diagnosa: 'Z09.8#N40', procedure: null, jenis_rawat: 2, kode_inacbg: 'Z-5-16-0' };
const PHACO: Row = { procedure: '13.41#13.71', jenis_rawat: 2, kode_inacbg: 'H-2-36-0' };

const son = card('turp19', '2006-08-14');
const sonCheckUpBefore = add(son, '2026-03-02', CHECK_UP);
const sonTurp = add(son, '2026-03-10', TURP);
const sonCheckUp = add(son, '2026-03-24', CHECK_UP);
// the near band: 35 is under the range's 40, above the floor's 30
const earlyBph = card('turp35', '1991-01-20');
const earlyTurp = add(earlyBph, '2026-03-10', TURP);
const earlyCheckUp = add(earlyBph, '2026-03-24', CHECK_UP);
// a young man's coded BPH at a visit, no operation on the card: the range signal only
const visitOnly = card('bph22', '2004-05-05');
const youngVisit = add(visitOnly, '2026-02-11', CHECK_UP);
const prostatitis = card('prostatitis20', '2006-01-09');
const youngProstatitis = add(prostatitis, '2026-02-11', { diagnosa: 'N41.0', procedure: null });
const older = card('turp64', '1962-02-11');
const olderTurp = add(older, '2026-03-10', TURP);
// young patients' own cataracts take other codes; a young card's H25 operation stays with the range signal
const traumatic = card('cataract24', '2002-03-03', 'P');
const traumaticPhaco = add(traumatic, '2026-02-17', { ...PHACO, diagnosa: 'H26.1#S05.1' });
const congenital = card('cataract8', '2018-06-30', 'P');
const congenitalLensectomy = add(congenital, '2026-02-17', { ...PHACO, diagnosa: 'Q12.0', procedure: '13.3' });
const youngSenile = card('cataract21', '2005-01-12', 'P');
const youngSenilePhaco = add(youngSenile, '2026-02-17', { ...PHACO, diagnosa: 'H25.9' });
const toddler = card('fc2', '2024-01-15');
const toddlerConvulsion = add(toddler, '2026-02-17', { diagnosa: 'R56.0#J18.9', procedure: null });

let run: DetectorRun | undefined;
const signals = (sep: string): string[] => run?.signalsOf(sep, 'PARTICIPANT_ABUSE') ?? [];
const FLOOR_SIGNALS: ReadonlySet<string> = new Set(Object.keys(PARTICIPANT_AGE_SIGNALS));

/** The age-floor signals of one claim from only what arrival loads for it: its card's claims of the look-back up to its own day. */
async function floorSignalsOnArrival(sep: string): Promise<string[]> {
  const x = claims.find((c) => c['nomor_sep'] === sep) as Row;
  const day = (c: Row): number => Date.parse(String(c['tgl_masuk'])) / 86_400_000;
  const loaded = claims.filter((c) => c['card_key'] === x['card_key'] && day(c) <= day(x) && day(c) >= day(x) - MEMBER_LOOKBACK_DAYS);
  if (!run) throw new Error('no batch run');
  return onArrivalWarehouse(run.warehouse, { members, claims: loaded }, async (arrival) => {
    await arrival.run(cardPairsSql());
    const rows = await arrival.query<{ signal: string }>(`SELECT signal FROM (${diseaseTreatedBelowItsAgeSql()}) WHERE nomor_sep = $1`, [
      sep,
    ]);
    return rows.map((r) => r.signal).sort();
  });
}

beforeAll(async () => {
  run = await runDetectors({ members, claims });
});

afterAll(async () => {
  await run?.close();
});

describe('PARTICIPANT_ABUSE far below a disease age', () => {
  it("names a prostate resection for BPH on a 19-year-old's card as certain, with the floor in the evidence", () => {
    const [hit] = run?.hitsOf(sonTurp, 'disease_treated_below_its_age') ?? [];
    expect(hit?.strength).toBe('certain');
    expect(hit?.evidence_en).toBe('Card holder is 19 years old but the claim operates (60.29) for N40, a disease not found before 30');
    expect(signals(sonTurp)).toEqual(['diagnosis_outside_its_age_range', 'disease_treated_below_its_age']);
  });

  it("names the card's later check-up of that BPH as certain, pointing to the operation", () => {
    const [hit] = run?.hitsOf(sonCheckUp, 'follow_up_of_disease_treated_below_its_age') ?? [];
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toEqual([sonTurp]);
    expect(hit?.evidence_en).toBe(
      'Card holder is 19 years old; the claim follows up N40, operated on this card on 2026-03-10, a disease not found before 30',
    );
  });

  it('leaves a visit before the operation to the range signal: the card history looks back, as on arrival', () => {
    expect(signals(sonCheckUpBefore)).toEqual(['diagnosis_outside_its_age_range']);
  });

  it('keeps the near band (35, under the range, over the floor) and a young visit without operation suspicious', () => {
    for (const sep of [earlyTurp, earlyCheckUp, youngVisit]) expect(signals(sep)).toEqual(['diagnosis_outside_its_age_range']);
    const abuse = run?.hitsOf(earlyTurp).filter((h) => h.fraud_type === 'PARTICIPANT_ABUSE');
    expect(abuse?.map((h) => h.strength)).toEqual(['suspicious']);
  });

  it("leaves a young senile-cataract operation to the range signal: the same operation treats a young person's own cataract", () => {
    expect(signals(youngSenilePhaco)).toEqual(['diagnosis_outside_its_age_range']);
  });

  it('names the same on arrival, from the card history arrival loads, as in the batch', async () => {
    for (const sep of [sonCheckUpBefore, sonTurp, sonCheckUp, earlyCheckUp]) {
      expect(await floorSignalsOnArrival(sep), sep).toEqual(signals(sep).filter((s) => FLOOR_SIGNALS.has(s)));
    }
    expect(await floorSignalsOnArrival(sonCheckUp)).toEqual(['follow_up_of_disease_treated_below_its_age']);
  });

  it("leaves young patients' own codes and a BPH resection at 64 clean", () => {
    for (const sep of [youngProstatitis, olderTurp, traumaticPhaco, congenitalLensectomy, toddlerConvulsion])
      expect(signals(sep)).toEqual([]);
  });
});
