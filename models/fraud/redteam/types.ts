// The red-team suite's vocabulary: a scenario is a small declarative object (id, taxonomy
// code, one-line description in Indonesian and English, and a build function that adds
// source rows through a ScenarioContext and says which claims are fraud, which are near
// misses and which are only context). Written from DOMAIN.md and SCHEMA.md, never from the
// detectors or the generator's code.
import type { FraudTypeCode } from '../../../data-samples/reference/index.js';
import type { TariffComponent } from '../../../data-samples/schema/tables.js';

/** One source row as text, keyed by the column names of SCHEMA.md. */
export type SourceRow = Readonly<Record<string, string>>;

/** Source tables a scenario may add rows to. */
export type InjectTable =
  | 'members'
  | 'facilities'
  | 'employment_spells'
  | 'claims'
  | 'deaths'
  | 'kkpak_cases'
  | 'doctors'
  | 'fktp_facilities'
  | 'fktp_visits'
  | 'membership_events'
  | 'prb_claims';

export type Sex = 'L' | 'P';
export type Segment = 'PBI' | 'PPU' | 'PBPU' | 'BP';
export type HospitalClass = 'A' | 'B' | 'C' | 'D';
export type Ownership = 'PEMERINTAH' | 'TNI_POLRI' | 'BUMN' | 'SWASTA';

export interface Member {
  readonly nik: string;
  readonly nomorKartu: string;
  readonly birthDate: string;
  readonly sex: Sex;
  readonly segment: Segment;
  readonly careClass: 1 | 2 | 3;
  readonly regency: string;
}

export interface MemberSpec {
  readonly sex: Sex;
  /** ISO date. */
  readonly birthDate: string;
  readonly segment: Segment;
  /** Care class entitlement (PBI is always 3). */
  readonly careClass: 1 | 2 | 3;
  /** BPS regency code (4 digits) of the member's address. */
  readonly regency: string;
  readonly jknRegistered?: string;
  /** A wage earner: a PU spell with this employer (or the first generated one), registered with BPJamsostek. */
  readonly worker?: { readonly employerId?: string; readonly since: string; readonly wage: number };
  /** The member's family card (KK) and place on it; absent: the row carries no KK (an older extract's form). */
  readonly family?: { readonly household: Household; readonly role: FamilyRole };
}

/** Relationship to the head of the household on the family card (SCHEMA.md members.hubungan_keluarga). */
export type FamilyRole = 'KEPALA' | 'PASANGAN' | 'ANAK' | 'FAMILI_LAIN';

/** A family card (Kartu Keluarga): members of one household share its number. */
export interface Household {
  readonly nomorKk: string;
  readonly regency: string;
}

/** A primary-care facility (FKTP): puskesmas (P) or klinik pratama (K). */
export interface Fktp {
  readonly facilityId: string;
  readonly regency: string;
}

/** Doctor specialties of the registry (SCHEMA.md doctors.specialty). */
export type Specialty =
  | 'UMUM'
  | 'SP_PD'
  | 'SP_B'
  | 'SP_OG'
  | 'SP_A'
  | 'SP_JP'
  | 'SP_N'
  | 'SP_M'
  | 'SP_OT'
  | 'SP_P'
  | 'SP_THT'
  | 'SP_KK'
  | 'SP_U'
  | 'SP_AN'
  | 'SP_RAD'
  | 'SP_KFR';

/** The referral an SEP carries: who referred, the letter's number and date, primary care (1) or a hospital (2). */
export interface Referral {
  readonly noRujukan: string;
  readonly ppkRujukan: string;
  readonly tglRujukan: string;
  readonly asal: 1 | 2;
}

/**
 * The SEP-era fields of a claim (SCHEMA.md: jenis_pelayanan, referral, times, laterality).
 * Given, the row carries all of them as a current e-Klaim extract does; absent, the row has
 * none of them, as the first three rounds' rows (an older extract's form).
 */
export interface SepSpec {
  /** Service on the SEP; an IGD (emergency) admission carries no referral. */
  readonly service: 'RAWAT_INAP' | 'RAWAT_JALAN' | 'IGD';
  /** Referral letter; required unless the service is IGD. */
  readonly referral?: Referral;
  /** Arrival time HH:MM on the admission date; default 09:30 (referred) or 21:15 (IGD). */
  readonly masukAt?: string;
  /** Discharge time HH:MM on the discharge date; default 11:00 for a stay, arrival + 2 h for a visit. */
  readonly pulangAt?: string;
  /**
   * Start of the operation, 'YYYY-MM-DD HH:MM', when a surgical fee is billed; default the
   * morning after admission (the same day for a day case, 2 h after arrival). null: none
   * recorded although the fee is billed. A time given is written even with no surgical fee.
   */
  readonly operasiAt?: string | null;
}

export interface Facility {
  readonly facilityId: string;
  readonly hospitalClass: HospitalClass;
  readonly ownership: Ownership;
  readonly tariffRegion: 1 | 2 | 3 | 4 | 5;
  readonly regency: string;
  readonly latitude: number;
  readonly longitude: number;
  /** True when the facility comes from the generated base extract. */
  readonly generated: boolean;
}

export interface FacilitySpec {
  /** A place of PLACES (regency and coordinates). */
  readonly place: Place;
  readonly hospitalClass: HospitalClass;
  readonly ownership?: Ownership;
  readonly type?: 'RSU' | 'RSK';
  /** Offset in degrees, for a second hospital in the same city. */
  readonly offset?: readonly [number, number];
}

export interface Place {
  readonly name: string;
  readonly regency: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly tariffRegion: 1 | 2 | 3 | 4 | 5;
}

export interface UpgradeSpec {
  readonly to: 'kelas_1' | 'kelas_2' | 'vip' | 'vvip';
  readonly days: number;
  /** Empty when the record names no payer. */
  readonly payor: 'peserta' | 'pemberi_kerja' | 'asuransi_tambahan' | null;
}

export interface ClaimSpec {
  readonly member: Member;
  readonly facility: Facility;
  /** Admission date (ISO). */
  readonly masuk: string;
  /** Discharge date; default: same day for outpatient care, spread around the CBG's norm for inpatient care (discharge-spread.ts). */
  readonly pulang?: string;
  /** INA-CBG code of data-samples/reference. */
  readonly cbg: string;
  /** ICD-10 codes, primary first. */
  readonly dx: readonly string[];
  /** ICD-9-CM procedures. */
  readonly px?: readonly string[];
  /** Default: inpatient for an inpatient CBG. */
  readonly jenisRawat?: 1 | 2;
  /** Care class billed; default the member's entitlement. */
  readonly kelas?: 1 | 2 | 3;
  /** SEP issue date; default the admission date. */
  readonly tglSep?: string;
  /** Submission date; default discharge + 12 days. */
  readonly submitted?: string;
  readonly discharge?: 1 | 2 | 3 | 4 | 5;
  readonly icuDays?: number;
  readonly ventilatorHours?: number;
  readonly upgrade?: UpgradeSpec;
  /** Special CMG top-up codes (SP-, RR-, SI-, SD-, SA-). */
  readonly specialCmg?: readonly string[];
  /** Attending doctor: a short number within the facility (e.g. 4) or a full DPJP id. */
  readonly dpjp?: number | string;
  readonly coder?: number;
  /** Hospital tariff billed as a multiple of the INA-CBG tariff (default 0.85 inpatient, 0.6 outpatient). */
  readonly billedRatio?: number;
  /** Tariff components set outright (rupiah), after the profile is spread. */
  readonly components?: Partial<Record<TariffComponent, number>>;
  /** Tariff components multiplied, after the profile is spread. */
  readonly scale?: Partial<Record<TariffComponent, number>>;
  /** Side of each procedure, in the order of px (lateralitas: N, R, L, B); left empty when absent (N per unsided procedure when sep is given). */
  readonly laterality?: readonly ('N' | 'R' | 'L' | 'B')[];
  /** SEP-era fields (service, referral, times); absent: none, as in the earlier rounds. */
  readonly sep?: SepSpec;
}

/** The stay ScenarioContext.dischargeAround spreads a discharge for. */
export interface StayAroundSpec {
  readonly member: Member;
  /** Admission date (ISO). */
  readonly masuk: string;
  /** INA-CBG code of data-samples/reference. */
  readonly cbg: string;
  /** Mean stay (days) to spread around; default the CBG's INA-CBG norm. */
  readonly losNorm?: number;
  /** Days the stay needs at least (ICU days, ventilation); default 1. */
  readonly atLeast?: number;
}

export interface DoctorSpec {
  readonly specialty: Specialty;
  /** Facilities (hospitals or FKTPs) holding the doctor's practice licences (SIP), at most three. */
  readonly at: readonly (Facility | Fktp)[];
}

export interface FktpVisitSpec {
  readonly member: Member;
  readonly fktp: Fktp;
  readonly date: string;
  /** ICD-10 of a sick visit; empty for a healthy one. */
  readonly dx: readonly string[];
  /** Hospital referred to: the visit writes a referral letter (rujukan keluar). */
  readonly referTo?: Facility;
}

export interface MembershipEventSpec {
  readonly member: Member;
  readonly date: string;
  readonly type: 'DAFTAR' | 'AKTIVASI' | 'PINDAH_SEGMEN' | 'NONAKTIF_TUNGGAKAN' | 'AKTIF_KEMBALI';
  /** Segment from this event on; default the member's. */
  readonly segment?: Segment;
  readonly status: 'AKTIF' | 'NONAKTIF';
}

export interface PrbClaimSpec {
  readonly member: Member;
  readonly fktp: Fktp;
  /** Dispensing date. */
  readonly date: string;
  readonly dx: string;
  readonly days: number;
  readonly cost: number;
}

export interface DeathSpec {
  readonly member: Member;
  readonly date: string;
  readonly source: 'DUKCAPIL' | 'JKM' | 'JKN';
}

export interface KkpakSpec {
  readonly member: Member;
  readonly accidentDate: string;
  readonly reportedDate: string;
  readonly caseType?: 'KK' | 'PAK';
  readonly location?: 'TEMPAT_KERJA' | 'PERJALANAN' | 'LUAR_TEMPAT_KERJA';
  readonly outcome?: 'SEMBUH' | 'CACAT_SEBAGIAN' | 'CACAT_TOTAL' | 'MENINGGAL';
  readonly daysOff: number;
  /** SEP the treatment was given under through e-PLKK, if any. */
  readonly nomorSep?: string | null;
  readonly jkkBenefitPaid: number;
}

/** A claim row the context built, with its SEP. */
export interface BuiltClaim {
  readonly nomorSep: string;
  readonly row: SourceRow;
}

/** How a scenario adds rows. Every row made through it is injected; ids never collide with the base extract. */
export interface ScenarioContext {
  member(spec: MemberSpec): Member;
  /** A new contracted hospital, with no claims in the base extract (a clean history). */
  facility(spec: FacilitySpec): Facility;
  /**
   * A generated hospital the base extract planted no fraud at (clean history, ordinary volume); a different one per
   * call while any is left, then a shared one, which the harness refuses (RedTeamContext.sharedHosts).
   */
  cleanHost(hospitalClass?: HospitalClass): Facility;
  claim(spec: ClaimSpec): BuiltClaim;
  /**
   * A discharge date spread around a stay's norm, as a claim given no `pulang` gets it (the same date for the same
   * stay): for honest background stays whose date the scenario needs ahead (a later admission after it), or spread
   * around the scenario's own mean (`losNorm`). Prefer it to an exact norm: stays all at the norm make every peer
   * group's norm and 90th percentile that one day.
   */
  dischargeAround(stay: StayAroundSpec): string;
  /** A SEP number issued at a facility on a date that never reaches JKN claims (e.g. treatment paid by JKK through e-PLKK). */
  reserveSep(facility: Facility, date: string): string;
  death(spec: DeathSpec): void;
  kkpak(spec: KkpakSpec): void;
  /** A new family card in a regency; members join it through MemberSpec.family. */
  household(regency: string): Household;
  /** A registered doctor licensed at the given facilities; returns the doctor_id for ClaimSpec.dpjp. */
  doctor(spec: DoctorSpec): string;
  /** A new primary-care facility (puskesmas or klinik pratama) in a regency. */
  fktp(regency: string, type: 'PUSKESMAS' | 'KLINIK_PRATAMA'): Fktp;
  /** A P-Care visit; with referTo it writes the referral letter the hospital's SEP then carries. */
  fktpVisit(spec: FktpVisitSpec): Referral | null;
  /** A referral letter number in the FKTP's series that no P-Care visit wrote (a sham referral). */
  referralWithoutVisit(fktp: Fktp, date: string): Referral;
  /** A hospital's referral (transfer or internal referral, asal_rujukan 2) dated on the given day. */
  hospitalReferral(from: Facility, date: string): Referral;
  membershipEvent(spec: MembershipEventSpec): void;
  prbClaim(spec: PrbClaimSpec): void;
}

export type ScenarioKind = 'fraud' | 'near_miss';

/** Which claims of a scenario are asserted on, and how. */
export interface ScenarioClaims {
  /** Must be flagged with the scenario's code (or one it accepts) and be in a case. */
  readonly fraud?: readonly BuiltClaim[];
  /** Legitimate look-alikes: must not be in any case. */
  readonly nearMiss?: readonly BuiltClaim[];
  /** Genuine claims the scheme builds on (the original of a duplicate...): injected, not asserted. */
  readonly context?: readonly BuiltClaim[];
}

export interface Scenario {
  /** Stable id, e.g. RT-REPEAT-01. */
  readonly id: string;
  readonly kind: ScenarioKind;
  /** The taxonomy code the fraud claims must carry; for a near miss, the type it looks like. */
  readonly code: FraudTypeCode;
  /** Other codes an auditor would accept for the same evidence (the taxonomy lists some signals under two types). */
  readonly alsoAccept?: readonly FraudTypeCode[];
  readonly description: { readonly id: string; readonly en: string };
  build(ctx: ScenarioContext): ScenarioClaims;
}

/** Identity helper: type-checks a scenario object. */
export function defineScenario(s: Scenario): Scenario {
  return s;
}
