// The money and the row of a red-team claim: the INA-CBG tariff at the hospital's key with its
// special CMG top-ups, the hospital's own bill spread over the 18 tariff components
// (bill-profile.ts) and the scenario's changes to it, and the claims.csv row in SCHEMA.md's form.
import type { SpecialCmg } from '../../../data-samples/reference/index.js';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../data-samples/schema/tables.js';
import { ICU_PER_DAY, PROFILE, TOPUP, VENTILATOR_PER_HOUR, inacbgTariff, profileOf, round100 } from './bill-profile.js';
import { addDays } from './dates.js';
import type { ClaimSpec } from './types.js';

/**
 * Hospital tariff billed as a multiple of the INA-CBG tariff when the scenario names none: an
 * ordinary hospital bills under what the group pays (ClaimSpec.billedRatio).
 */
const DEFAULT_BILLED_RATIO = Object.freeze({ inpatient: 0.85, outpatient: 0.6 });

/** Days from discharge to submission when the scenario names no submission date. */
const SUBMITTED_AFTER_DAYS = 12;

/** What BPJS pays and what the hospital bills for one claim. */
export interface ClaimBill {
  /** INA-CBG tariff at the hospital's key and the care class billed. */
  readonly tarifInacbg: number;
  readonly topups: readonly SpecialCmg[];
  readonly tarifTopup: number;
  /** The hospital's own bill per tariff component (rupiah). */
  readonly components: Readonly<Record<TariffComponent, number>>;
  /** Sum of the components. */
  readonly billed: number;
}

/** The bill of a claim: tariff and top-ups, the profile's components, then ICU, ventilator, scaled and set lines. */
export function claimBill(scenario: string, s: ClaimSpec, jenis: 1 | 2, kelas: 1 | 2 | 3): ClaimBill {
  const tarifInacbg = inacbgTariff(s.cbg, kelas, s.facility);
  const topups = (s.specialCmg ?? []).map((c) => {
    const t = TOPUP.get(c);
    if (!t) throw new Error(`${scenario}: unknown special CMG ${c}`);
    return t;
  });
  const tarifTopup = topups.reduce((a, t) => a + t.tariff, 0);
  const profile = PROFILE[profileOf(s.cbg, jenis, s.px ?? [])];
  const ratio = s.billedRatio ?? (jenis === 1 ? DEFAULT_BILLED_RATIO.inpatient : DEFAULT_BILLED_RATIO.outpatient);
  const billedBase = (tarifInacbg + tarifTopup) * ratio;
  const comp = Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, round100(billedBase * (profile[c] ?? 0))])) as Record<
    TariffComponent,
    number
  >;
  if (s.icuDays) comp.tarif_rawat_intensif += s.icuDays * ICU_PER_DAY;
  if (s.ventilatorHours) comp.tarif_sewa_alat += s.ventilatorHours * VENTILATOR_PER_HOUR;
  for (const [c, x] of Object.entries(s.scale ?? {}) as Array<[TariffComponent, number]>) comp[c] = round100(comp[c] * x);
  for (const [c, v] of Object.entries(s.components ?? {}) as Array<[TariffComponent, number]>) comp[c] = v;
  const billed = Object.values(comp).reduce((a, b) => a + b, 0);
  return { tarifInacbg, topups, tarifTopup, components: comp, billed };
}

/** What the claim step decided before the row is written. */
export interface ClaimRowInput {
  readonly claim: ClaimSpec;
  readonly nomorSep: string;
  readonly jenis: 1 | 2;
  readonly kelas: 1 | 2 | 3;
  readonly tglSep: string;
  readonly pulang: string;
  readonly bill: ClaimBill;
  /** The SEP-era columns (claim-sep.ts), empty for a row of an older extract's form. */
  readonly sepColumns: Readonly<Record<string, string>>;
}

/** The claims.csv row, columns in SCHEMA.md's order. */
export function claimRow(x: ClaimRowInput): Record<string, string> {
  const { claim: s, bill } = x;
  const f = s.facility;
  const dpjp = typeof s.dpjp === 'string' ? s.dpjp : `D${f.facilityId}${String(s.dpjp ?? 1).padStart(3, '0')}`;
  const up = s.upgrade;
  return {
    nomor_sep: x.nomorSep,
    nomor_kartu: s.member.nomorKartu,
    facility_id: f.facilityId,
    tgl_sep: x.tglSep,
    tgl_masuk: s.masuk,
    tgl_pulang: x.pulang,
    tgl_pengajuan: s.submitted ?? addDays(x.pulang, SUBMITTED_AFTER_DAYS),
    jenis_rawat: String(x.jenis),
    kelas_rawat: String(x.kelas),
    discharge_status: String(s.discharge ?? 1),
    icu_indikator: s.icuDays ? '1' : '0',
    icu_los: String(s.icuDays ?? 0),
    ventilator_hour: String(s.ventilatorHours ?? 0),
    upgrade_class_ind: up ? '1' : '0',
    upgrade_class_class: up?.to ?? '',
    upgrade_class_los: String(up?.days ?? 0),
    upgrade_class_payor: up?.payor ?? '',
    diagnosa: s.dx.join('#'),
    procedure: (s.px ?? []).join('#'),
    coder_id: `K${f.facilityId}${String(s.coder ?? 1).padStart(2, '0')}`,
    kode_dpjp: dpjp,
    ...Object.fromEntries(Object.entries(bill.components).map(([c, v]) => [c, String(v)])),
    kode_inacbg: s.cbg,
    tarif_inacbg: String(bill.tarifInacbg),
    special_cmg: bill.topups.map((t) => t.code).join('#'),
    tarif_special_cmg: String(bill.tarifTopup),
    billed_cost: String(bill.billed),
    verified_cost: String(bill.tarifInacbg + bill.tarifTopup),
    ...(s.laterality ? { lateralitas: s.laterality.join('#') } : {}),
    ...x.sepColumns,
  };
}
