// How the red team's hand-built bills are priced: the INA-CBG tariff at the hospital's key
// (base x care class x hospital class x region x ownership) and a plain profile spreading the
// hospital's own tariff over the 18 components (context.ts builds the claim rows from them).
import {
  CARE_CLASS_TARIFF_FACTOR,
  HOSPITAL_CLASS_TARIFF_FACTOR,
  INACBG,
  PRIVATE_TARIFF_FACTOR,
  REGION_TARIFF_FACTOR,
  SPECIAL_CMG,
} from '../../../data-samples/reference/index.js';
import type { TariffComponent } from '../../../data-samples/schema/tables.js';
import type { Facility } from './types.js';

export const round100 = (x: number): number => Math.round(x / 100) * 100;

export const CBG = new Map(INACBG.map((g) => [g.code, g]));
export const TOPUP = new Map(SPECIAL_CMG.map((s) => [s.code, s]));

/** Share of a hospital bill per component: ordinary inpatient (medical), surgical, outpatient. Sums to 1. */
export const PROFILE: Readonly<Record<CostProfile, Partial<Record<TariffComponent, number>>>> = {
  medical: {
    tarif_prosedur_non_bedah: 0.064,
    tarif_konsultasi: 0.033,
    tarif_tenaga_ahli: 0.11,
    tarif_keperawatan: 0.098,
    tarif_penunjang: 0.028,
    tarif_radiologi: 0.042,
    tarif_laboratorium: 0.123,
    tarif_pelayanan_darah: 0.011,
    tarif_rehabilitasi: 0.011,
    tarif_kamar: 0.171,
    tarif_obat: 0.196,
    tarif_alkes: 0.024,
    tarif_bmhp: 0.068,
    tarif_sewa_alat: 0.021,
  },
  surgical: {
    tarif_prosedur_non_bedah: 0.04,
    tarif_prosedur_bedah: 0.27,
    tarif_konsultasi: 0.022,
    tarif_tenaga_ahli: 0.1,
    tarif_keperawatan: 0.06,
    tarif_penunjang: 0.04,
    tarif_radiologi: 0.035,
    tarif_laboratorium: 0.06,
    tarif_pelayanan_darah: 0.012,
    tarif_rehabilitasi: 0.006,
    tarif_kamar: 0.1,
    tarif_obat: 0.11,
    tarif_alkes: 0.045,
    tarif_bmhp: 0.07,
    tarif_sewa_alat: 0.03,
  },
  outpatient: {
    tarif_prosedur_non_bedah: 0.06,
    tarif_konsultasi: 0.3,
    tarif_tenaga_ahli: 0.05,
    tarif_penunjang: 0.06,
    tarif_radiologi: 0.05,
    tarif_laboratorium: 0.115,
    tarif_obat: 0.3,
    tarif_obat_kronis: 0.03,
    tarif_bmhp: 0.035,
  },
  dialysis: {
    tarif_prosedur_non_bedah: 0.42,
    tarif_konsultasi: 0.05,
    tarif_tenaga_ahli: 0.05,
    tarif_keperawatan: 0.05,
    tarif_laboratorium: 0.05,
    tarif_obat: 0.08,
    tarif_alkes: 0.05,
    tarif_bmhp: 0.25,
  },
  rehabilitation: { tarif_konsultasi: 0.2, tarif_tenaga_ahli: 0.1, tarif_penunjang: 0.05, tarif_rehabilitasi: 0.6, tarif_bmhp: 0.05 },
};

/** How a hospital bill spreads over the 18 components. */
export type CostProfile = 'medical' | 'surgical' | 'outpatient' | 'dialysis' | 'rehabilitation';

export function profileOf(cbg: string, jenis: 1 | 2, px: readonly string[]): CostProfile {
  if (cbg.startsWith('N-3-15')) return 'dialysis';
  if (cbg.startsWith('Z-3-12')) return 'rehabilitation';
  if (jenis === 2) return 'outpatient';
  return px.some((p) => SURGICAL.test(p)) ? 'surgical' : 'medical';
}

/** Surgical procedures (ICD-9-CM) that put a claim on the surgical profile. */
const SURGICAL = /^(01\.|13\.|28\.|47\.|51\.|53\.|54\.|60\.|65\.|68\.|74\.|79\.|81\.|84\.|86\.22)/;

/** Intensive care per day and ventilator rental per hour (illustrative hospital tariffs, rupiah). */
export const ICU_PER_DAY = 1_900_000;
export const VENTILATOR_PER_HOUR = 42_000;

export function inacbgTariff(cbg: string, kelas: 1 | 2 | 3, f: Facility): number {
  const g = CBG.get(cbg);
  if (!g) throw new Error(`unknown INA-CBG ${cbg}`);
  const own = f.ownership === 'SWASTA' ? PRIVATE_TARIFF_FACTOR : 1;
  return round100(
    g.baseTariff *
      CARE_CLASS_TARIFF_FACTOR[kelas] *
      HOSPITAL_CLASS_TARIFF_FACTOR[f.hospitalClass] *
      REGION_TARIFF_FACTOR[f.tariffRegion] *
      own,
  );
}
