// Builds the source rows scenarios ask for, in the form of SCHEMA.md: NIK and card in clear
// (ingestion pseudonymises them), dates ISO, money whole rupiah, diagnoses '#'-separated.
// Tariffs follow the INA-CBG key of data-samples/reference (base x care class x hospital
// class x region x ownership); the hospital's own tariff is spread over the 18 components by
// a plain profile. Identifiers live in ranges the base extract does not use (SEP serials
// 7xxxxx, hospitals R7xx, card prefix 00077, NIK serial 7xxx); the injector still checks.
import {
  CARE_CLASS_TARIFF_FACTOR,
  HOSPITAL_CLASS_TARIFF_FACTOR,
  ICD10,
  ICD9CM,
  INACBG,
  PRIVATE_TARIFF_FACTOR,
  REGION_TARIFF_FACTOR,
  SPECIAL_CMG,
} from '../../../data-samples/reference/index.js';
import { TARIFF_COMPONENTS } from '../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../data-samples/schema/tables.js';
import type {
  BuiltClaim,
  ClaimSpec,
  DeathSpec,
  Facility,
  FacilitySpec,
  HospitalClass,
  InjectTable,
  KkpakSpec,
  Member,
  MemberSpec,
  ScenarioContext,
  SourceRow,
} from './types.js';

export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const round100 = (x: number): number => Math.round(x / 100) * 100;

/** What the context needs from the base extract. */
export interface BaseExtract {
  /** facilities.csv rows. */
  readonly facilities: readonly SourceRow[];
  /** Facilities the base extract planted fraud at (truth/claim_fraud). */
  readonly fraudulentFacilities: ReadonlySet<string>;
  /** employers.csv ids, in file order. */
  readonly employerIds: readonly string[];
}

/** Rows added, per table, with the scenario that added each. */
export type InjectedRows = Record<InjectTable, Array<{ readonly scenario: string; readonly row: SourceRow }>>;

const ICD10_CODES = new Set(ICD10.map((c) => c.code));
const ICD9_CODES = new Set(ICD9CM.map((c) => c.code));
const CBG = new Map(INACBG.map((g) => [g.code, g]));
const TOPUP = new Map(SPECIAL_CMG.map((s) => [s.code, s]));

/** Share of a hospital bill per component: ordinary inpatient (medical), surgical, outpatient. Sums to 1. */
const PROFILE: Readonly<Record<CostProfile, Partial<Record<TariffComponent, number>>>> = {
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

function profileOf(cbg: string, jenis: 1 | 2, px: readonly string[]): CostProfile {
  if (cbg.startsWith('N-3-15')) return 'dialysis';
  if (cbg.startsWith('Z-3-12')) return 'rehabilitation';
  if (jenis === 2) return 'outpatient';
  return px.some((p) => SURGICAL.test(p)) ? 'surgical' : 'medical';
}

/** Surgical procedures (ICD-9-CM) that put a claim on the surgical profile. */
const SURGICAL = /^(01\.|13\.|28\.|47\.|51\.|53\.|54\.|60\.|65\.|68\.|74\.|79\.|81\.|84\.|86\.22)/;

/** Intensive care per day and ventilator rental per hour (illustrative hospital tariffs, rupiah). */
const ICU_PER_DAY = 1_900_000;
const VENTILATOR_PER_HOUR = 42_000;

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

export class RedTeamContext implements ScenarioContext {
  readonly rows: InjectedRows = { members: [], facilities: [], employment_spells: [], claims: [], deaths: [], kkpak_cases: [] };
  #scenario = '';
  #memberSerial = 7000;
  #cardSerial = 0;
  #facilitySerial = new Map<string, number>();
  #sepSerial = new Map<string, number>();
  #spellSerial = 0;
  #kkpakSerial = 0;
  readonly #usedHosts = new Set<string>();
  readonly #base: BaseExtract;

  constructor(base: BaseExtract) {
    this.#base = base;
  }

  /** Rows added from now on belong to this scenario. */
  begin(scenarioId: string): void {
    this.#scenario = scenarioId;
  }

  #add(table: InjectTable, row: Record<string, string>): void {
    this.rows[table].push({ scenario: this.#scenario, row: Object.freeze(row) });
  }

  member(spec: MemberSpec): Member {
    const [y, m, d] = spec.birthDate.split('-');
    const day = Number(d) + (spec.sex === 'P' ? 40 : 0);
    const nik = `${spec.regency}01${String(day).padStart(2, '0')}${m}${y?.slice(2)}${String(++this.#memberSerial).padStart(4, '0')}`;
    if (!/^\d{16}$/.test(nik)) throw new Error(`${this.#scenario}: bad NIK ${nik}`);
    const nomorKartu = `00077${String(++this.#cardSerial).padStart(8, '0')}`;
    const careClass = spec.segment === 'PBI' ? 3 : spec.careClass;
    const worker = spec.worker;
    this.#add('members', {
      nik,
      nomor_kartu: nomorKartu,
      birth_date: spec.birthDate,
      sex: spec.sex,
      province_code: spec.regency.slice(0, 2),
      regency_code: spec.regency,
      jkn_segment: spec.segment,
      care_class: String(careClass),
      jkn_registered_date: spec.jknRegistered ?? '2017-01-02',
      bpjstk_registered_date: worker ? worker.since : '',
      jht_opening_balance: worker ? String(Math.round(worker.wage * 0.057 * 24)) : '',
    });
    if (worker) {
      const employer = worker.employerId ?? this.#base.employerIds[this.#spellSerial % Math.max(1, this.#base.employerIds.length)];
      if (!employer) throw new Error('the base extract has no employers');
      this.#add('employment_spells', {
        spell_id: `SRT${String(++this.#spellSerial).padStart(9, '0')}`,
        nik,
        employer_id: employer,
        worker_category: 'PU',
        start_date: worker.since,
        end_date: '',
        reported_wage: String(worker.wage),
      });
    }
    return { nik, nomorKartu, birthDate: spec.birthDate, sex: spec.sex, segment: spec.segment, careClass, regency: spec.regency };
  }

  /** The employer of a member's PU spell, as the context recorded it. */
  employerOf(member: Member): string | null {
    return this.rows.employment_spells.find((s) => s.row['nik'] === member.nik)?.row['employer_id'] ?? null;
  }

  facility(spec: FacilitySpec): Facility {
    const regency = spec.place.regency;
    const n = (this.#facilitySerial.get(regency) ?? 700) + 1;
    this.#facilitySerial.set(regency, n);
    const [dLat, dLon] = spec.offset ?? [0, 0];
    const f: Facility = {
      facilityId: `${regency}R${n}`,
      hospitalClass: spec.hospitalClass,
      ownership: spec.ownership ?? 'SWASTA',
      tariffRegion: spec.place.tariffRegion,
      regency,
      latitude: Math.round((spec.place.latitude + dLat) * 1e5) / 1e5,
      longitude: Math.round((spec.place.longitude + dLon) * 1e5) / 1e5,
      generated: false,
    };
    this.#add('facilities', {
      facility_id: f.facilityId,
      facility_type: spec.type ?? 'RSU',
      hospital_class: f.hospitalClass,
      province_code: regency.slice(0, 2),
      regency_code: regency,
      ownership: f.ownership,
      tariff_region: String(f.tariffRegion),
      latitude: String(f.latitude),
      longitude: String(f.longitude),
    });
    return f;
  }

  cleanHost(hospitalClass?: HospitalClass): Facility {
    const pick =
      this.#base.facilities.find((r) => {
        const id = r['facility_id'] ?? '';
        return (
          !this.#base.fraudulentFacilities.has(id) && !this.#usedHosts.has(id) && (!hospitalClass || r['hospital_class'] === hospitalClass)
        );
      }) ??
      this.#base.facilities.find(
        (r) => !this.#base.fraudulentFacilities.has(r['facility_id'] ?? '') && !this.#usedHosts.has(r['facility_id'] ?? ''),
      );
    if (!pick) throw new Error(`${this.#scenario}: no clean generated hospital left`);
    const id = pick['facility_id'] ?? '';
    this.#usedHosts.add(id);
    return {
      facilityId: id,
      hospitalClass: pick['hospital_class'] as HospitalClass,
      ownership: pick['ownership'] as Facility['ownership'],
      tariffRegion: Number(pick['tariff_region']) as Facility['tariffRegion'],
      regency: pick['regency_code'] ?? '',
      latitude: Number(pick['latitude']),
      longitude: Number(pick['longitude']),
      generated: true,
    };
  }

  reserveSep(f: Facility, date: string): string {
    const key = `${f.facilityId}${date.slice(5, 7)}${date.slice(2, 4)}`;
    const serial = (this.#sepSerial.get(key) ?? 700_000) + 1;
    this.#sepSerial.set(key, serial);
    return `${key}V${serial}`;
  }

  claim(s: ClaimSpec): BuiltClaim {
    const g = CBG.get(s.cbg);
    if (!g) throw new Error(`${this.#scenario}: unknown INA-CBG ${s.cbg}`);
    for (const dx of s.dx) if (!ICD10_CODES.has(dx)) throw new Error(`${this.#scenario}: ICD-10 ${dx} is not in data-samples/reference`);
    for (const px of s.px ?? [])
      if (!ICD9_CODES.has(px)) throw new Error(`${this.#scenario}: ICD-9-CM ${px} is not in data-samples/reference`);
    if (s.laterality && s.laterality.length !== (s.px ?? []).length)
      throw new Error(`${this.#scenario}: laterality needs one side per procedure`);
    const jenis = s.jenisRawat ?? (g.inpatient ? 1 : 2);
    const pulang = s.pulang ?? (jenis === 1 ? addDays(s.masuk, Math.max(1, Math.round(g.losNorm))) : s.masuk);
    const tglSep = s.tglSep ?? s.masuk;
    const kelas = s.kelas ?? s.member.careClass;
    const f = s.facility;
    const nomorSep = this.reserveSep(f, tglSep);

    const tarifInacbg = inacbgTariff(s.cbg, kelas, f);
    const topups = (s.specialCmg ?? []).map((c) => {
      const t = TOPUP.get(c);
      if (!t) throw new Error(`${this.#scenario}: unknown special CMG ${c}`);
      return t;
    });
    const tarifTopup = topups.reduce((a, t) => a + t.tariff, 0);
    const profile = PROFILE[profileOf(s.cbg, jenis, s.px ?? [])];
    const billedBase = (tarifInacbg + tarifTopup) * (s.billedRatio ?? (jenis === 1 ? 0.85 : 0.6));
    const comp: Record<TariffComponent, number> = Object.fromEntries(
      TARIFF_COMPONENTS.map(([c]) => [c, round100(billedBase * (profile[c] ?? 0))]),
    ) as Record<TariffComponent, number>;
    if (s.icuDays) comp.tarif_rawat_intensif += s.icuDays * ICU_PER_DAY;
    if (s.ventilatorHours) comp.tarif_sewa_alat += s.ventilatorHours * VENTILATOR_PER_HOUR;
    for (const [c, x] of Object.entries(s.scale ?? {}) as Array<[TariffComponent, number]>) comp[c] = round100(comp[c] * x);
    for (const [c, v] of Object.entries(s.components ?? {}) as Array<[TariffComponent, number]>) comp[c] = v;
    const billed = Object.values(comp).reduce((a, b) => a + b, 0);
    const dpjp = typeof s.dpjp === 'string' ? s.dpjp : `D${f.facilityId}${String(s.dpjp ?? 1).padStart(3, '0')}`;
    const up = s.upgrade;
    const row: Record<string, string> = {
      nomor_sep: nomorSep,
      nomor_kartu: s.member.nomorKartu,
      facility_id: f.facilityId,
      tgl_sep: tglSep,
      tgl_masuk: s.masuk,
      tgl_pulang: pulang,
      tgl_pengajuan: s.submitted ?? addDays(pulang, 12),
      jenis_rawat: String(jenis),
      kelas_rawat: String(kelas),
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
      ...Object.fromEntries(Object.entries(comp).map(([c, v]) => [c, String(v)])),
      kode_inacbg: s.cbg,
      tarif_inacbg: String(tarifInacbg),
      special_cmg: topups.map((t) => t.code).join('#'),
      tarif_special_cmg: String(tarifTopup),
      billed_cost: String(billed),
      verified_cost: String(tarifInacbg + tarifTopup),
      ...(s.laterality ? { lateralitas: s.laterality.join('#') } : {}),
    };
    this.#add('claims', row);
    return { nomorSep, row };
  }

  death(s: DeathSpec): void {
    this.#add('deaths', { nik: s.member.nik, death_date: s.date, source: s.source });
  }

  kkpak(s: KkpakSpec): void {
    this.#add('kkpak_cases', {
      case_id: `PLKK7${String(++this.#kkpakSerial).padStart(10, '0')}`,
      nik: s.member.nik,
      employer_id: this.employerOf(s.member) ?? '',
      accident_date: s.accidentDate,
      reported_date: s.reportedDate,
      case_type: s.caseType ?? 'KK',
      location: s.location ?? 'TEMPAT_KERJA',
      outcome: s.outcome ?? 'SEMBUH',
      days_off: String(s.daysOff),
      nomor_sep: s.nomorSep ?? '',
      jkk_benefit_paid: String(s.jkkBenefitPaid),
    });
  }
}
