// The harness's background stays: an honest stay a scenario wrote at exactly its INA-CBG norm is
// re-dated around the norm when nothing judged depends on its length; judged claims, stays of a
// judged card and stays whose length touches the card's other rows keep every byte.
import { describe, expect, it } from 'vitest';
import { DATED_SCHEMES, READMISSION_WINDOW_DAYS, spreadBackgroundStays } from './background-stays.js';
import { RedTeamContext, addDays } from './context.js';
import { standInBaseExtract } from './scenarios/declarations.js';
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';
import type { BuiltClaim, ClaimSpec, Facility, Member, Scenario, ScenarioClaims, SourceRow } from './types.js';

const BASE = standInBaseExtract({ count: 4, province: '33', classes: 'BCDC', latitude: '-7.2', longitude: '110.3' });

/** Columns that follow the discharge date: the date, the default submission 12 days on, the SEP discharge time. */
const DISCHARGE_COLUMNS = ['tgl_pulang', 'tgl_pengajuan', 'waktu_pulang'];

/** An ordinary pneumonia stay (J-4-16-I, norm 5 days) written at exactly its norm, with the SEP columns. */
function atNorm(member: Member, facility: Facility, masuk: string, over: Partial<ClaimSpec> = {}): ClaimSpec {
  return {
    member,
    facility,
    masuk,
    pulang: addDays(masuk, 5),
    cbg: 'J-4-16-I',
    dx: ['J18.9'],
    px: ['87.44'],
    sep: { service: 'IGD' },
    ...over,
  };
}

interface Built {
  readonly ctx: RedTeamContext;
  readonly claims: ScenarioClaims;
  /** Rows as the scenario built them, by SEP. */
  readonly written: ReadonlyMap<string, SourceRow>;
  /** Rows after the harness's step, by SEP. */
  readonly now: () => ReadonlyMap<string, SourceRow>;
}

type Build = (ctx: RedTeamContext, f: Facility, member: () => Member) => ScenarioClaims;

/** Builds one scenario's claims in a fresh context, then runs the harness's background step. */
function run(build: Build, code: FraudTypeCode = 'UPCODING'): Built {
  const ctx = new RedTeamContext(BASE);
  const scenario: Scenario = { id: 'RT-TEST-01', kind: 'fraud', code, description: { id: 'uji', en: 'test' }, build: () => ({}) };
  ctx.begin(scenario.id);
  const f = ctx.cleanHost();
  const member = (): Member => ctx.member({ sex: 'P', birthDate: '1971-05-04', segment: 'PBI', careClass: 3, regency: f.regency });
  const claims = build(ctx, f, member);
  const written = new Map(ctx.claimsBuilt.map((c) => [c.nomorSep, c.row]));
  spreadBackgroundStays(ctx, [scenario], new Map([[scenario.id, claims]]));
  return { ctx, claims, written, now: () => new Map(ctx.claimsBuilt.map((c) => [c.nomorSep, c.row])) };
}

const lengthOf = (row: SourceRow | undefined): number =>
  (Date.parse(row?.['tgl_pulang'] ?? '') - Date.parse(row?.['tgl_masuk'] ?? '')) / 86_400_000;
const days = (from: string, n: number): string[] => Array.from({ length: n }, (_, i) => addDays(from, i));

describe('background stays written at their norm', () => {
  it('re-dates an honest peer stay to the date a stay written with no discharge gets, its SEP, bill and codes unchanged', () => {
    const specs: ClaimSpec[] = [];
    const b = run((ctx, f, member) => {
      specs.push(...days('2026-02-02', 40).map((d) => atNorm(member(), f, d)));
      return { context: specs.map((s) => ctx.claim(s)) };
    });
    const now = b.now();
    const context = b.claims.context ?? [];
    context.forEach((c, i) => {
      const row = now.get(c.nomorSep);
      // the date dischargeAround promises for the same stay (scenario, card, admission, group)
      expect(row?.['tgl_pulang']).toBe(b.ctx.dischargeAround(specs[i] as ClaimSpec));
      expect(row?.['tgl_pengajuan']).toBe(addDays(row?.['tgl_pulang'] ?? '', 12));
      expect(row?.['waktu_pulang']).toBe(`${row?.['tgl_pulang']} 11:00:00`);
      for (const [col, v] of Object.entries(c.row)) if (!DISCHARGE_COLUMNS.includes(col)) expect(row?.[col], col).toBe(v);
    });
    const los = context.map((c) => lengthOf(now.get(c.nomorSep)));
    expect(los.some((d) => d > 5)).toBe(true);
    expect(los.some((d) => d < 5)).toBe(true);
    expect(Math.min(...los)).toBeGreaterThanOrEqual(3);
  });

  it('keeps judged claims and every stay of a judged card byte for byte', () => {
    const b = run((ctx, f, member) => {
      const patients = days('2026-03-02', 12).map(() => member());
      const fraud = patients.slice(0, 4).map((m, i) => ctx.claim(atNorm(m, f, addDays('2026-03-02', i))));
      const nearMiss = patients.slice(4, 8).map((m, i) => ctx.claim(atNorm(m, f, addDays('2026-03-02', i))));
      // the same cards' earlier honest stays, months before: the scheme may be their dates
      const context = patients.slice(0, 8).map((m, i) => ctx.claim(atNorm(m, f, addDays('2026-01-05', i))));
      return { fraud, nearMiss, context };
    });
    const now = b.now();
    const all: BuiltClaim[] = [...(b.claims.fraud ?? []), ...(b.claims.nearMiss ?? []), ...(b.claims.context ?? [])];
    expect(all).toHaveLength(16);
    for (const c of all) expect(now.get(c.nomorSep)).toEqual(b.written.get(c.nomorSep));
  });

  it('keeps every stay of a scheme read from dates or stay lengths, the same stays of another scheme re-dated', () => {
    const peers: Build = (ctx, f, member) => ({ context: days('2026-02-02', 30).map((d) => ctx.claim(atNorm(member(), f, d))) });
    const changed = (b: Built): number =>
      (b.claims.context ?? []).filter((c) => b.now().get(c.nomorSep)?.['tgl_pulang'] !== c.row['tgl_pulang']).length;
    // the honest stays a clone copies with its days, or a cancelled operation is cut short of, keep their dates
    for (const code of DATED_SCHEMES) expect(changed(run(peers, code)), code).toBe(0);
    for (const code of ['UPCODING', 'INFLATED_BILL', 'PARTICIPANT_ABUSE'] as const)
      expect(changed(run(peers, code)), code).toBeGreaterThan(10);
  });

  it('keeps a stay whose card is admitted again within the readmission window of either date, re-dates one with a later stay past it', () => {
    const b = run((ctx, f, member) => {
      const close = days('2026-02-02', 20).map((d) => {
        const m = member();
        // the next admission 4 weeks after the written discharge: a day or two more would make it a readmission gap of under 30 days or not
        return [ctx.claim(atNorm(m, f, d)), ctx.claim(atNorm(m, f, addDays(d, 5 + READMISSION_WINDOW_DAYS - 2)))] as const;
      });
      const far = days('2026-02-02', 20).map((d) => {
        const m = member();
        return [ctx.claim(atNorm(m, f, d)), ctx.claim(atNorm(m, f, addDays(d, 5 + READMISSION_WINDOW_DAYS + 10)))] as const;
      });
      return { context: [...close.map(([first]) => first), ...far.map(([first]) => first)] };
    });
    const now = b.now();
    const [close, far] = [b.claims.context?.slice(0, 20) ?? [], b.claims.context?.slice(20) ?? []];
    for (const c of close) expect(now.get(c.nomorSep)).toEqual(c.row);
    expect(far.filter((c) => now.get(c.nomorSep)?.['tgl_pulang'] !== c.row['tgl_pulang']).length).toBeGreaterThan(5);
  });

  it('keeps a stay whose card dies or is seen in primary care after the admission day; a referral on the day does not', () => {
    const b = run((ctx, f, member) => {
      const puskesmas = ctx.fktp(f.regency, 'PUSKESMAS');
      const mourned = days('2026-02-02', 15).map((d) => {
        const m = member();
        ctx.death({ member: m, date: addDays(d, 5), source: 'DUKCAPIL' });
        return ctx.claim(atNorm(m, f, d, { discharge: 4 }));
      });
      const seen = days('2026-02-02', 15).map((d) => {
        const m = member();
        ctx.fktpVisit({ member: m, fktp: puskesmas, date: addDays(d, 6), dx: ['J18.9'] });
        return ctx.claim(atNorm(m, f, d));
      });
      const referred = days('2026-02-02', 15).map((d) => {
        const m = member();
        const referral = ctx.fktpVisit({ member: m, fktp: puskesmas, date: d, dx: ['J18.9'], referTo: f });
        return ctx.claim(atNorm(m, f, d, { sep: { service: 'RAWAT_INAP', referral: referral ?? undefined } }));
      });
      return { context: [...mourned, ...seen, ...referred] };
    });
    const now = b.now();
    const context = b.claims.context ?? [];
    for (const c of context.slice(0, 30)) expect(now.get(c.nomorSep)).toEqual(c.row);
    expect(context.slice(30).filter((c) => now.get(c.nomorSep)?.['tgl_pulang'] !== c.row['tgl_pulang']).length).toBeGreaterThan(5);
  });

  it('leaves a stay written a day past its norm, one given no discharge and a visit as they are', () => {
    const b = run((ctx, f, member) => ({
      context: days('2026-04-01', 10).flatMap((d) => [
        ctx.claim(atNorm(member(), f, d, { pulang: addDays(d, 6) })),
        ctx.claim(atNorm(member(), f, d, { pulang: undefined })),
        ctx.claim({ member: member(), facility: f, masuk: d, cbg: 'J-5-15-0', dx: ['J45.9'] }),
      ]),
    }));
    const now = b.now();
    for (const c of b.claims.context ?? []) expect(now.get(c.nomorSep)).toEqual(c.row);
  });
});
