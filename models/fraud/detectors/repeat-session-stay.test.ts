// REPEAT_BILLING session_billed_again_as_stay (round 13, RT-REPEAT-131): a day unit's
// chemotherapy infusion billed again weeks later as an overnight stay admitted that day, with the
// same procedure and drug line; against a stay for a reaction after the session (no second dose),
// a multi-day regimen's stay billing another drug, a dialysis session beside a stay (no drug line
// proves it) and a stay admitted the next day. Hand-built rows.
import { describe, expect, it } from 'vitest';
import { runDetectorsOnce } from '../test-support/detector-run.js';
import { addDays, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const members: Row[] = [];
const claims: Row[] = [];
const DAY = '2024-03-12';
const DOSE = 2_950_000;

function add(card: string, over: Row): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, { sex: 'P' }));
  const c = claim(card, { kode_dpjp: 'D3171R001900', ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A day-unit chemotherapy session on `day` (outpatient, 99.25, the drug line `dose`), submitted five days later. */
const session = (card: string, day = DAY, dose = DOSE): string =>
  add(card, {
    jenis_rawat: 2,
    kode_inacbg: 'C-3-12-0',
    diagnosa: 'Z51.1#C50.9',
    procedure: '99.25',
    tgl_masuk: day,
    tgl_pulang: day,
    tgl_pengajuan: addDays(day, 5),
    tarif_obat_kemoterapi: dose,
  });
/** An overnight stay admitted on `day`, submitted forty days later. */
const stay = (card: string, over: Row, day = DAY): string =>
  add(card, { kode_inacbg: 'C-4-12-I', tgl_masuk: day, tgl_pulang: addDays(day, 1), tgl_pengajuan: addDays(day, 40), ...over });

// the cycle billed again as a stay: the same procedure, diagnoses and drug line (within 5%)
const visit = session('twice');
const again = stay('twice', { diagnosa: 'Z51.1#C50.9', procedure: '99.25', tarif_obat_kemoterapi: DOSE + 40_000 });
// admitted after the session with febrile neutropenia: the stay bills no second dose
const reactionVisit = session('reaction');
const reaction = stay('reaction', { kode_inacbg: 'D-4-13-I', diagnosa: 'D70#C50.9', procedure: '99.04', tarif_obat_kemoterapi: 0 });
// a multi-day regimen's infusion continued in a stay: the procedure again, another drug at another price
session('regimen');
const regimen = stay('regimen', { diagnosa: 'Z51.1#C18.9', procedure: '99.25', tarif_obat_kemoterapi: 1_600_000 });
// a haemodialysis session and a stay admitted that day with dialysis during it: no line of its own proves one session
add('dialysis', { jenis_rawat: 2, kode_inacbg: 'N-3-15-0', diagnosa: 'N18.5#Z49.1', procedure: '39.95', tgl_masuk: DAY, tgl_pulang: DAY });
const dialysis = stay('dialysis', { kode_inacbg: 'N-4-10-I', diagnosa: 'N18.5#I50.0', procedure: '39.95' });
// the next cycle's stay admitted the day after a session: not the session's day
session('nextday');
const nextDay = stay('nextday', { diagnosa: 'Z51.1#C50.9', procedure: '99.25', tarif_obat_kemoterapi: DOSE }, addDays(DAY, 1));

const run = runDetectorsOnce({ members, claims });
const SIGNAL = 'session_billed_again_as_stay';

describe('REPEAT_BILLING: a chemotherapy session billed again as a stay admitted that day', () => {
  it('names the later submission, certain, with the session it repeats and both drug lines', () => {
    const [hit] = run().hitsOf(again, SIGNAL);
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toEqual([visit]);
    expect(hit?.evidence_en).toContain(
      `Chemotherapy session of ${DAY} billed twice at this hospital: outpatient ${visit} (C-3-12-0, drug line Rp2,950,000)`,
    );
    expect(hit?.evidence_en).toContain('drug line Rp2,990,000), by the same doctor; one dose billed again');
    expect(run().hitsOf(visit, SIGNAL)).toEqual([]);
  });

  it('leaves a stay for a reaction, another drug of a regimen, dialysis and a stay the next day alone', () => {
    for (const sep of [reactionVisit, reaction, regimen, dialysis, nextDay]) expect(run().hitsOf(sep, SIGNAL), sep).toEqual([]);
  });
});
