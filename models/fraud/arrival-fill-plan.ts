// Which request tables a claim's request leaves empty because none of its statements reads them.
// A request fills some fifteen tables before its detectors run, each a planned SELECT of fixed cost
// (1-13 ms of CPU under load); several are read by detectors the claim skips: the other facilities'
// norms and the stays whose bill carries their days are read by UPCODING and PROLONGED_LOS alone, so an
// outpatient visit paid for both on every request (measured on the 20k-member publication under load
// 10-20: 9.6 and 12.6 ms per claim). A table is left empty when no statement the claim runs names it:
// the reads, the detector variants the claim's own fields let through (gates on what the request
// loads are taken as passing: arrival-screens.ts), and the other fills it needs, latest first. A name
// anywhere in a statement's text (a comment too) counts as a read, so the plan errs towards filling.

/** A fill step of a request as the plan sees it: its table, and the request tables its statement reads for a claim. */
export interface PlannedFill<C> {
  readonly table: string;
  /** Request tables the step's statement names for `claim` (a detector: its variant's; undefined: it does not run). */
  readonly readsFor: (claim: C) => ReadonlySet<string> | undefined;
}

/** The request tables `sql` names (as whole words). */
export function tablesNamed(sql: string, tables: Iterable<string>): ReadonlySet<string> {
  const named = new Set<string>();
  for (const t of tables) if (new RegExp(`\\b${t}\\b`).test(sql)) named.add(t);
  return named;
}

/**
 * The tables of `steps` that `claim`'s request need not fill: none of the steps that run for it, nor
 * `alwaysRead` (the tables the request's reads and views name), reads them. Steps are in run order;
 * a step's table is needed when a later needed step, or a detector step that runs, reads it.
 */
export function unreadTables<C>(steps: readonly PlannedFill<C>[], alwaysRead: ReadonlySet<string>, claim: C): ReadonlySet<string> {
  const needed = new Set(alwaysRead);
  const unread = new Set<string>();
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as PlannedFill<C>;
    const reads = step.readsFor(claim);
    // a step sharing its table with others (the detector steps) runs whenever its own gates let it
    const shared = steps.some((s, j) => j !== i && s.table === step.table);
    if (!shared && !needed.has(step.table)) {
      unread.add(step.table);
      continue;
    }
    for (const t of reads ?? []) needed.add(t);
  }
  for (const t of needed) unread.delete(t);
  return unread;
}
