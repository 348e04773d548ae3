// INFLATED_BILL judges drugs against what the diagnosis needs (red team RT-NM-ANTIVENOM-51):
// without enough claims of the same CBG and procedures, the CBG's claims of the same primary
// diagnosis category are the peers, and only without enough of those the whole CBG. Snakebites
// given antivenom are compared with snakebites; an organophosphate poisoning billed at the
// antivenom level stands out against other organophosphate poisonings; a rare diagnosis falls
// back to the CBG.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import { LINE_OUTLIER_ALONE } from '../test-support/line-outliers.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { PROCEDURE_PEER_TABLE } from './peers.js';

const members: Row[] = [];
const claims: Row[] = [];
/** Procedure lists the poisonings vary over, so that no CBG-and-procedures group reaches MIN_PEER_GROUP. */
const PROCEDURES = ['90.59', '99.18', '90.59#99.18', null];
/** Antivenom vials: the drug line of a snakebite stay. */
const ANTIVENOM = 1_500_000;

let cards = 0;
/** A poisoning stay of severity II (T-4-10-II) on a card of its own, a day of 2024 each. */
function poisoning(diagnosa: string, tarifObat: number): string {
  const card = `dx${++cards}`;
  members.push(member(card));
  const day = new Date(Date.UTC(2024, 0, 1 + 4 * cards)).toISOString().slice(0, 10);
  const c = claim(card, {
    kode_inacbg: 'T-4-10-II',
    diagnosa,
    procedure: PROCEDURES[cards % PROCEDURES.length] ?? null,
    tgl_masuk: day,
    tarif_obat: tarifObat,
    tarif_kamar: 100_000 + 1_000 * cards,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}

const snakebites = Array.from({ length: 21 }, () => poisoning('T63.0#D69.6', ANTIVENOM));
const organophosphates = Array.from({ length: 25 }, () => poisoning('T60.0', 100_000));
const organophosphateAtAntivenomLevel = poisoning('T60.0', ANTIVENOM);
const alcoholAtAntivenomLevel = poisoning('T51.9', ANTIVENOM);

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims }, LINE_OUTLIER_ALONE);
  hits = run.hits.filter((h) => h.fraud_type === 'INFLATED_BILL' && h.signal === 'drug_device_outlier');
});

afterAll(async () => {
  await run?.close();
});

describe('INFLATED_BILL: drugs judged against the same diagnosis', () => {
  it('builds a peer group per CBG and primary diagnosis category with enough claims', async () => {
    const rows =
      (await run?.warehouse.query<{ group_key: string; n: bigint }>(
        `SELECT group_key, n FROM ${PROCEDURE_PEER_TABLE} WHERE scope = 'diagnosis' ORDER BY group_key`,
      )) ?? [];
    expect(rows.map((r) => [r.group_key, Number(r.n)])).toEqual([
      ['T-4-10-II|T60', 26],
      ['T-4-10-II|T63', 21],
    ]);
  });

  it('leaves snakebites given antivenom alone: their peers are snakebites', () => {
    for (const s of snakebites) expect(hits.map((h) => h.nomor_sep)).not.toContain(s);
  });

  it('flags a poisoning billed at the antivenom level against its own diagnosis, and a rare diagnosis against the CBG', () => {
    expect(hits.map((h) => h.nomor_sep).sort()).toEqual([organophosphateAtAntivenomLevel, alcoholAtAntivenomLevel].sort());
    for (const s of organophosphates) expect(hits.map((h) => h.nomor_sep)).not.toContain(s);
    const own = hits.find((h) => h.nomor_sep === organophosphateAtAntivenomLevel);
    expect(own?.evidence_en).toContain('the share of the median claim with CBG T-4-10-II and diagnosis T60');
    expect(own?.evidence_id).toContain('porsi median klaim CBG T-4-10-II dengan diagnosis T60');
    const rare = hits.find((h) => h.nomor_sep === alcoholAtAntivenomLevel);
    expect(rare?.evidence_en).toMatch(/the share of the median claim with CBG T-4-10-II$/);
  });
});
