// The request tables a claim leaves empty: only those no statement it runs reads, on made-up steps and
// on the arrival statements themselves (a visit skips the tables only the stays' detectors read).
import { describe, expect, it } from 'vitest';
import { ARRIVAL_SOURCES, CREATE_AS, MODEL_INPUT_VIEWS, requestStatements } from './arrival-request-sql.js';
import { INPATIENT, OUTPATIENT, splitArrivalDetectorHits } from './arrival-detectors.js';
import type { GatedClaim } from './arrival-detectors.js';
import { tablesNamed, unreadTables } from './arrival-fill-plan.js';
import type { PlannedFill } from './arrival-fill-plan.js';
import { MODEL_INPUT_QUERY } from './batch.js';
import { claimScoresSelect } from './claim-scores.js';

type Claim = { readonly stay: boolean };
const fixed =
  (...tables: string[]) =>
  (): ReadonlySet<string> =>
    new Set(tables);

describe('arrival fill plan', () => {
  it('names tables as whole words only', () => {
    expect([...tablesNamed('SELECT * FROM arr_claims_x JOIN arr_members m', ['arr_claims', 'arr_members'])]).toEqual(['arr_members']);
  });

  it('leaves a table empty when no step that runs reads it, following the reads back through the fills', () => {
    const steps: PlannedFill<Claim>[] = [
      { table: 'base', readsFor: fixed() },
      { table: 'norms', readsFor: fixed('base') },
      { table: 'carried', readsFor: fixed('base', 'norms') },
      { table: 'hits', readsFor: (c) => (c.stay ? new Set(['base', 'carried']) : undefined) },
      { table: 'hits', readsFor: fixed('base') },
    ];
    expect([...unreadTables(steps, new Set(['hits']), { stay: false })].sort()).toEqual(['carried', 'norms']);
    expect([...unreadTables(steps, new Set(['hits']), { stay: true })]).toEqual([]);
    // a table the reads name is filled whatever the detectors do
    expect([...unreadTables(steps, new Set(['hits', 'norms']), { stay: false })]).toEqual(['carried']);
  });

  it("fills for an outpatient visit none of the tables only the stays' detectors read, and every table for a stay", () => {
    const statements = requestStatements();
    const tables = new Set(statements.map((s) => CREATE_AS.exec(s)?.[1] as string));
    const steps: PlannedFill<GatedClaim>[] = [];
    for (const sql of statements) {
      const table = CREATE_AS.exec(sql)?.[1] as string;
      if (MODEL_INPUT_VIEWS.has(table)) continue;
      if (table !== 'fraud_detector_hits') {
        const named = tablesNamed(sql.replace(CREATE_AS, ''), tables);
        steps.push({ table, readsFor: () => named });
        continue;
      }
      for (const part of splitArrivalDetectorHits(ARRIVAL_SOURCES)) {
        const named = part.variants.map((v) => (v ? tablesNamed(v.sql, tables) : undefined));
        steps.push({ table, readsFor: (c) => named[part.variantOf(c) ?? -1] });
      }
    }
    const views = statements.filter((s) => MODEL_INPUT_VIEWS.has(CREATE_AS.exec(s)?.[1] ?? ''));
    const always = tablesNamed([MODEL_INPUT_QUERY, claimScoresSelect(), ...views].join('\n'), tables);
    const visit: GatedClaim = { jenis_rawat: OUTPATIENT, kode_inacbg: 'Q-5-44-0', diagnosa: 'J06.9', procedure: null, ventilator_hour: 0 };
    const stay: GatedClaim = { jenis_rawat: INPATIENT, kode_inacbg: 'A-4-11-I', diagnosa: 'A09', procedure: null, ventilator_hour: 0 };
    const unreadByVisit = unreadTables(steps, always, visit);
    expect(unreadByVisit).toContain('fraud_carried_stays');
    // nothing the visit runs names a table it leaves empty (fraud_other_facility_peers too, unless a visit's detector reads it)
    for (const step of steps) {
      if (unreadByVisit.has(step.table)) continue;
      for (const t of step.readsFor(visit) ?? []) expect(unreadByVisit.has(t), `${step.table} reads ${t}`).toBe(false);
    }
    // the claim base and the model's inputs are read by every claim
    expect(unreadByVisit).not.toContain('fraud_claim_base');
    expect(unreadByVisit).not.toContain('fraud_card_pairs');
    expect([...unreadTables(steps, always, stay)]).toEqual([]);
  });
});
