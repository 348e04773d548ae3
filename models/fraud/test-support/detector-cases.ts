// Test support for the hand-built detector cases of detectors-<topic>.test.ts: rows added card by
// card, each fraud type's cases (a claim that must fire, a near miss that must not) and the one
// test a fraud type that checks them against a run's hits. Each topic file holds the cases of its
// mechanism in a warehouse of its own, with the peers those detectors compare with; together they
// give every detector a case (detectors-taxonomy.test.ts checks CASE_TOPICS covers them all).
import { expect, it } from 'vitest';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/index.js';
import { FRAUD_SIGNALS } from '../detectors/index.js';
import { runDetectorsOnce } from './detector-run.js';
import type { DetectorRun } from './detector-run.js';
import { claimBook } from './hand-built.js';
import type { Row } from './hand-built.js';

/** The fraud types whose cases each detectors-<topic>.test.ts holds: every type in exactly one file. */
export const CASE_TOPICS: Readonly<Record<string, readonly string[]>> = {
  phantom: ['PHANTOM_BILLING'],
  episodes: ['UNBUNDLING', 'REPEAT_BILLING', 'READMISSION', 'SELF_REFERRAL'],
  billing: ['INFLATED_BILL', 'CANCELLED_SERVICE', 'CLONING'],
  casemix: ['UPCODING', 'PROLONGED_LOS', 'UNNECESSARY_TREATMENT', 'VENTILATOR'],
  members: ['COB_KKPAK', 'PARTICIPANT_ABUSE', 'ROOM_CLASS'],
};

interface DetectorCase {
  readonly fire: string;
  readonly nearMiss: string;
  /** The signal the case must carry, where the case stands for one signal. */
  readonly signal: string | undefined;
}

/** Every tariff component set to `each` rupiah (a bill of 18 x each). */
export const components = (each: number): Row => Object.fromEntries(TARIFF_COMPONENTS.map(([name]) => [name, each]));

/** The declared strength of a signal; undefined when no detector declares it. */
export const declaredStrength = (fraudType: string, signal: string): string | undefined =>
  FRAUD_SIGNALS.find((x) => x.fraudType === fraudType && x.signal === signal)?.strength;

type CaseBook = ReturnType<typeof caseBook>;

/** The raw rows of one topic's warehouse and its cases by fraud type. */
export function caseBook() {
  const { claims, members, add } = claimBook();
  const deaths: Row[] = [];
  const kkpak: Row[] = [];
  const cases: Record<string, DetectorCase[]> = {};
  const silent: Record<string, Array<[sep: string, signal: string]>> = {};
  let varied = 0;
  return {
    claims,
    members,
    deaths,
    kkpak,
    cases,
    silent,
    /** A claim of the card (a member made on its first claim), its SEP returned. */
    add,
    /** Honest claims never share all 18 tariff components: vary the room and nursing components per scenario claim. */
    vary(over: Row = {}): Row {
      varied++;
      return {
        tarif_kamar: 100_000 + 40_000 * (varied % 10),
        tarif_keperawatan: 100_000 + 40_000 * (Math.floor(varied / 10) % 10),
        ...over,
      };
    },
    expectCase(fraudType: string, fire: string, nearMiss: string, signal?: string): void {
      (cases[fraudType] ??= []).push({ fire, nearMiss, signal });
    },
    /** A look-alike that must not carry one signal of the type (other signals of the type may name it). */
    expectSilent(fraudType: string, sep: string, signal: string): void {
      (silent[fraudType] ??= []).push([sep, signal]);
    },
  };
}

/** Ordinary peers of the default CBG: its drug share and length of stay are set by these. */
export function ordinaryPeers(book: CaseBook): void {
  for (let i = 0; i < 40; i++) book.add(`peer${i}`, book.vary());
}

/** Runs every detector once for the file over the book's rows (facilities default to the four hand-built hospitals). */
export function detectorsRunOnce(book: CaseBook, facilities?: readonly Row[]): () => DetectorRun {
  const { members, claims, deaths, kkpak } = book;
  return runDetectorsOnce({ ...(facilities ? { facilities } : {}), members, claims, deaths, kkpak_cases: kkpak }, 60_000);
}

/** One test a fraud type of the topic: it fires on each case, with evidence and an amount at risk, not on the near miss. */
export function itFiresOnTheCases(book: CaseBook, fraudTypes: readonly string[], run: () => DetectorRun): void {
  for (const code of fraudTypes)
    it(`${code}: fires on the case, not on the near miss, with evidence and an amount at risk`, () => {
      const mine = run().hitsOfType(code);
      expect(book.cases[code]?.length, `${code} has no hand-built case`).toBeGreaterThan(0);
      for (const { fire, nearMiss, signal } of book.cases[code] ?? []) {
        const hit = mine.find((h) => h.nomor_sep === fire);
        expect(hit, `${code} should fire on ${fire}`).toBeDefined();
        expect(hit?.amount_at_risk).toBeGreaterThan(0);
        expect(hit?.evidence_en.length).toBeGreaterThan(10);
        expect(hit?.evidence_id.length).toBeGreaterThan(10);
        expect(
          mine.some((h) => h.nomor_sep === nearMiss),
          `${code} must not fire on ${nearMiss}`,
        ).toBe(false);
        if (signal !== undefined) expect(mine.filter((h) => h.nomor_sep === fire).map((h) => h.signal)).toContain(signal);
      }
      for (const [sep, signal] of book.silent[code] ?? [])
        expect(
          mine.filter((h) => h.nomor_sep === sep).map((h) => h.signal),
          sep,
        ).not.toContain(signal);
      // every hit of the type is a declared signal at its declared strength
      for (const h of mine) expect(h.strength, `${h.fraud_type}/${h.signal}`).toBe(declaredStrength(h.fraud_type, h.signal));
    });
}
