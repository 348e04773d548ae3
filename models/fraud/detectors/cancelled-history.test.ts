// CANCELLED_SERVICE from the card's later history (red team RT-CANCEL-61, RT-CANCEL-62): a
// cholecystectomy billed and the same gallbladder removed again weeks later elsewhere; a
// tonsillectomy billed and the child back at the puskesmas with acute tonsillitis a month later.
// Near misses: a partial cholecystectomy completed later, two unilateral nephrectomies, a sore
// throat (pharyngitis) after tonsillectomy, acute tonsillitis in the healing weeks, the later
// (genuine) operation itself, and acute tonsillitis before the operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { sickVisit } from '../test-support/fktp-visits.js';

const members: Row[] = [];
const claims: Row[] = [];
const visits: Row[] = [];
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);

let cards = 0;
const newCard = (): string => {
  const card = `org${++cards}`;
  members.push(member(card));
  return card;
};
/** An inpatient operation of `card` from `masuk`, two nights. */
function operation(card: string, masuk: string, cbg: string, diagnosa: string, procedure: string, over: Row = {}): string {
  const c = claim(card, { kode_inacbg: cbg, diagnosa, procedure, tgl_masuk: masuk, tarif_prosedur_bedah: 3_000_000, ...over });
  claims.push(c);
  return String(c['nomor_sep']);
}
/** A P-Care sick visit of `card` on `date`. */
function visit(card: string, date: string, diagnosa: string): void {
  visits.push(sickVisit({ id: `KJ${String(visits.length + 1).padStart(8, '0')}`, card, date, diagnosa }));
}
const addDays = (iso: string, n: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const cholecystectomy = (card: string, masuk: string, procedure = '51.23', over: Row = {}): string =>
  operation(card, masuk, 'B-1-10-I', 'K80.2', procedure, over);
const tonsillectomy = (card: string, masuk: string): string => operation(card, masuk, 'U-1-13-I', 'J35.0', '28.2');

// the gallbladder removed twice: the later operation, at another hospital, is its evidence
const twiceCard = newCard();
const removedTwice = cholecystectomy(twiceCard, '2024-01-08');
const removedAgain = cholecystectomy(twiceCard, '2024-02-26', '51.22', { facility_id: BANDUNG });
// near miss: a partial (subtotal) cholecystectomy, completed later
const partialCard = newCard();
const partialFirst = cholecystectomy(partialCard, '2024-01-10', '51.24');
cholecystectomy(partialCard, '2024-03-11', '51.23');
// near miss: one kidney, then the other (ICD-9-CM carries no side)
const kidneyCard = newCard();
const firstKidney = operation(kidneyCard, '2024-01-15', 'N-1-20-I', 'N28.1', '55.51');
operation(kidneyCard, '2024-04-15', 'N-1-20-I', 'C64', '55.51');

// tonsils still there: acute tonsillitis at the puskesmas five weeks after the tonsillectomy
const tonsilCard = newCard();
const tonsilsKept = tonsillectomy(tonsilCard, '2024-02-05');
visit(tonsilCard, addDays('2024-02-07', 35), 'J03.9');
// near misses: a sore throat after tonsillectomy (pharyngitis); acute tonsillitis coded ten days after
// discharge (the fossae still healing); acute tonsillitis before the operation (why it was done)
const pharyngitisCard = newCard();
const pharyngitisAfter = tonsillectomy(pharyngitisCard, '2024-02-06');
visit(pharyngitisCard, '2024-03-20', 'J02.9');
const healingCard = newCard();
const healingWeeks = tonsillectomy(healingCard, '2024-02-07');
visit(healingCard, addDays('2024-02-09', 10), 'J03.9');
const beforeCard = newCard();
visit(beforeCard, '2024-01-05', 'J03.9');
const tonsillitisBefore = tonsillectomy(beforeCard, '2024-02-08');

let run: DetectorRun | undefined;

beforeAll(async () => {
  run = await runDetectors({ members, claims, fktp_visits: visits });
});
afterAll(async () => {
  await run?.close();
});

const signals = (sep: string): string[] => run?.signalsOf(sep, 'CANCELLED_SERVICE') ?? [];

describe('CANCELLED_SERVICE from the organ still there later', () => {
  it('flags the earlier removal of an organ removed again, with the later stay as its evidence', () => {
    const hit = run?.hitsOf(removedTwice, 'organ_removed_again_later')[0];
    expect(hit?.related_sep).toEqual([removedAgain]);
    expect(hit?.evidence_en).toContain('gallbladder');
    expect(signals(removedAgain)).not.toContain('organ_removed_again_later');
  });

  it('leaves a partial removal completed later and two unilateral nephrectomies alone', () => {
    expect(signals(partialFirst)).toEqual([]);
    expect(signals(firstKidney)).toEqual([]);
  });

  it('flags a tonsillectomy whose child comes back with acute tonsillitis weeks later', () => {
    const hit = run?.hitsOf(tonsilsKept, 'removed_organ_ill_later')[0];
    expect(hit?.evidence_en).toContain('J03.9');
  });

  it('leaves pharyngitis after, tonsillitis in the healing weeks and tonsillitis before the operation alone', () => {
    expect(signals(pharyngitisAfter)).toEqual([]);
    expect(signals(healingWeeks)).toEqual([]);
    expect(signals(tonsillitisBefore)).toEqual([]);
  });
});
