// Builds the source rows scenarios ask for, in the form of SCHEMA.md: NIK and card in clear
// (ingestion pseudonymises them), dates ISO, money whole rupiah, diagnoses '#'-separated.
// Tariffs follow the INA-CBG key of data-samples/reference (base x care class x hospital
// class x region x ownership); the hospital's own tariff is spread over the 18 components by
// a plain profile. Identifiers live in ranges the base extract does not use (SEP serials
// 7xxxxx, hospitals R7xx, card prefix 00077, NIK serial 7xxx, FKTPs P7xx/K7xx, doctors DRT7,
// family cards with a 9 where a birth day would be); the injector still checks.
import { CBG } from './bill-profile.js';
import { buildClaimRow, groupOf, knownIcd10, spreadDischarge } from './claim-build.js';
import type {
  BuiltClaim,
  ClaimSpec,
  DeathSpec,
  DoctorSpec,
  Facility,
  FacilitySpec,
  Fktp,
  FktpVisitSpec,
  HospitalClass,
  Household,
  InjectTable,
  KkpakSpec,
  Member,
  MemberSpec,
  MembershipEventSpec,
  PrbClaimSpec,
  Referral,
  ScenarioContext,
  SourceRow,
  StayAroundSpec,
} from './types.js';

export { inacbgTariff } from './bill-profile.js';

export { addDays } from './dates.js';

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

/** A claim the context built: the scenario, what it asked for, the SEP and the row as it now stands. */
export interface RecordedClaim {
  readonly scenario: string;
  readonly spec: ClaimSpec;
  readonly nomorSep: string;
  readonly row: SourceRow;
}

export class RedTeamContext implements ScenarioContext {
  readonly rows: InjectedRows = {
    members: [],
    facilities: [],
    employment_spells: [],
    claims: [],
    deaths: [],
    kkpak_cases: [],
    doctors: [],
    fktp_facilities: [],
    fktp_visits: [],
    membership_events: [],
    prb_claims: [],
  };
  #scenario = '';
  #memberSerial = 7000;
  #cardSerial = 0;
  #facilitySerial = new Map<string, number>();
  #sepSerial = new Map<string, number>();
  #spellSerial = 0;
  #kkpakSerial = 0;
  #householdSerial = 0;
  #doctorSerial = 0;
  #visitSerial = 0;
  #eventSerial = 0;
  #prbSerial = 0;
  readonly #referralSerial = new Map<string, number>();
  /** Each claim's spec and its place in rows.claims, by SEP. */
  readonly #claimAt = new Map<string, { readonly spec: ClaimSpec; readonly index: number }>();
  readonly #usedHosts = new Set<string>();
  readonly #sharedHosts: string[] = [];
  readonly #base: BaseExtract;

  constructor(base: BaseExtract) {
    this.#base = base;
  }

  /** cleanHost calls that had to share a hospital another scenario already has ('scenario: facility'). */
  get sharedHosts(): readonly string[] {
    return this.#sharedHosts;
  }

  /** Rows added from now on belong to this scenario. */
  begin(scenarioId: string): void {
    this.#scenario = scenarioId;
  }

  #add(table: InjectTable, row: Record<string, string>): void {
    this.rows[table].push({ scenario: this.#scenario, row: Object.freeze(row) });
  }

  /**
   * District, birth date and serial of the next member's NIK. Serials 7001-9999 sit in district 01 (the
   * first rounds' members keep their NIKs); past them the serial starts again in districts 91-99, which
   * the base extract's NIKs do not use (the injector still refuses a key that exists).
   */
  #nextNikTail(birth: string): string {
    const FIRST = 7001;
    const PER_DISTRICT = 9999 - FIRST + 1;
    const n = ++this.#memberSerial - FIRST;
    const overflow = Math.floor(n / PER_DISTRICT);
    if (overflow > 9) throw new Error(`${this.#scenario}: more red-team members than NIK serials`);
    const district = overflow === 0 ? '01' : String(90 + overflow);
    return `${district}${birth}${String(FIRST + (n % PER_DISTRICT)).padStart(4, '0')}`;
  }

  member(spec: MemberSpec): Member {
    const [y, m, d] = spec.birthDate.split('-');
    const day = Number(d) + (spec.sex === 'P' ? 40 : 0);
    const nik = `${spec.regency}${this.#nextNikTail(`${String(day).padStart(2, '0')}${m}${y?.slice(2)}`)}`;
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
      // only when asked: the first rounds' members keep the form they were judged in
      ...(spec.family ? { nomor_kk: spec.family.household.nomorKk, hubungan_keluarga: spec.family.role } : {}),
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
    // none left unused: share one, and say so (the harness refuses a run with shared hosts; a
    // declaration check on a few stand-in hospitals need not)
    const shared =
      pick ??
      this.#base.facilities.find(
        (r) => !this.#base.fraudulentFacilities.has(r['facility_id'] ?? '') && (!hospitalClass || r['hospital_class'] === hospitalClass),
      ) ??
      this.#base.facilities.find((r) => !this.#base.fraudulentFacilities.has(r['facility_id'] ?? ''));
    if (!shared) throw new Error(`${this.#scenario}: the base extract has no clean generated hospital`);
    const id = shared['facility_id'] ?? '';
    if (!pick) this.#sharedHosts.push(`${this.#scenario}: ${id}`);
    this.#usedHosts.add(id);
    return {
      facilityId: id,
      hospitalClass: shared['hospital_class'] as HospitalClass,
      ownership: shared['ownership'] as Facility['ownership'],
      tariffRegion: Number(shared['tariff_region']) as Facility['tariffRegion'],
      regency: shared['regency_code'] ?? '',
      latitude: Number(shared['latitude']),
      longitude: Number(shared['longitude']),
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
    groupOf(this.#scenario, s);
    const nomorSep = this.reserveSep(s.facility, s.tglSep ?? s.masuk);
    const row = buildClaimRow(this.#scenario, s, nomorSep);
    this.#claimAt.set(nomorSep, { spec: s, index: this.rows.claims.length });
    this.#add('claims', row);
    return { nomorSep, row };
  }

  /** Every claim built so far, in order, with its spec (the harness re-dates background stays from them). */
  get claimsBuilt(): readonly RecordedClaim[] {
    return [...this.#claimAt].map(([nomorSep, { spec, index }]) => {
      const { scenario, row } = this.rows.claims[index] as { scenario: string; row: SourceRow };
      return { scenario, spec, nomorSep, row };
    });
  }

  /**
   * Rebuilds a claim with the discharge its stay gets when the scenario gives none (the same steps,
   * SEP and bill; only the dates that follow the discharge change) and returns the new row.
   */
  spreadClaimDischarge(nomorSep: string): SourceRow {
    const at = this.#claimAt.get(nomorSep);
    const entry = at && this.rows.claims[at.index];
    if (!at || !entry) throw new Error(`no claim ${nomorSep} was built`);
    const row = Object.freeze(buildClaimRow(entry.scenario, at.spec, nomorSep, true));
    this.rows.claims[at.index] = { scenario: entry.scenario, row };
    return row;
  }

  dischargeAround(stay: StayAroundSpec): string {
    const g = CBG.get(stay.cbg);
    if (!g) throw new Error(`${this.#scenario}: unknown INA-CBG ${stay.cbg}`);
    const losNorm = stay.losNorm ?? g.losNorm;
    if (!(losNorm >= 0)) throw new Error(`${this.#scenario}: a stay's mean length is 0 days or more, not ${losNorm}`);
    return spreadDischarge(this.#scenario, stay, losNorm, stay.atLeast ?? 1);
  }

  household(regency: string): Household {
    // a 9 where a KK's issue day would be: no generated card number has it
    const nomorKk = `${regency}999${String(++this.#householdSerial).padStart(9, '0')}`;
    if (!/^\d{16}$/.test(nomorKk)) throw new Error(`${this.#scenario}: bad family card number ${nomorKk}`);
    return { nomorKk, regency };
  }

  doctor(spec: DoctorSpec): string {
    if (spec.at.length < 1 || spec.at.length > 3)
      throw new Error(`${this.#scenario}: a doctor holds 1-3 practice licences (Permenkes 2052/2011)`);
    const id = `DRT7${String(++this.#doctorSerial).padStart(5, '0')}`;
    this.#add('doctors', { doctor_id: id, specialty: spec.specialty, licensed_facilities: spec.at.map((f) => f.facilityId).join('#') });
    return id;
  }

  fktp(regency: string, type: 'PUSKESMAS' | 'KLINIK_PRATAMA'): Fktp {
    const letter = type === 'PUSKESMAS' ? 'P' : 'K';
    const key = `${regency}${letter}`;
    const n = (this.#facilitySerial.get(key) ?? 700) + 1;
    this.#facilitySerial.set(key, n);
    const f: Fktp = { facilityId: `${regency}${letter}${n}`, regency };
    this.#add('fktp_facilities', {
      facility_id: f.facilityId,
      facility_type: type,
      province_code: regency.slice(0, 2),
      regency_code: regency,
    });
    return f;
  }

  /** Next letter number in a facility's monthly referral series (FKTP letters B, hospital letters Y, as the extract writes them). */
  #referralNumber(facilityId: string, date: string, letter: string): string {
    const key = `${facilityId}${date.slice(5, 7)}${date.slice(2, 4)}${letter}`;
    const serial = (this.#referralSerial.get(key) ?? 700_000) + 1;
    this.#referralSerial.set(key, serial);
    return `${key}${serial}`;
  }

  fktpVisit(v: FktpVisitSpec): Referral | null {
    for (const dx of v.dx) if (!knownIcd10(dx)) throw new Error(`${this.#scenario}: ICD-10 ${dx} is not in data-samples/reference`);
    const referral: Referral | null = v.referTo
      ? { noRujukan: this.#referralNumber(v.fktp.facilityId, v.date, 'B'), ppkRujukan: v.fktp.facilityId, tglRujukan: v.date, asal: 1 }
      : null;
    this.#add('fktp_visits', {
      visit_id: `KJRT7${String(++this.#visitSerial).padStart(12, '0')}`,
      nomor_kartu: v.member.nomorKartu,
      facility_id: v.fktp.facilityId,
      tgl_kunjungan: v.date,
      jenis_kunjungan: v.dx.length > 0 ? 'SAKIT' : 'SEHAT',
      diagnosa: v.dx.join('#'),
      no_rujukan: referral?.noRujukan ?? '',
      ppk_tujuan: v.referTo?.facilityId ?? '',
    });
    return referral;
  }

  referralWithoutVisit(fktp: Fktp, date: string): Referral {
    return { noRujukan: this.#referralNumber(fktp.facilityId, date, 'B'), ppkRujukan: fktp.facilityId, tglRujukan: date, asal: 1 };
  }

  hospitalReferral(from: Facility, date: string): Referral {
    return { noRujukan: this.#referralNumber(from.facilityId, date, 'Y'), ppkRujukan: from.facilityId, tglRujukan: date, asal: 2 };
  }

  membershipEvent(e: MembershipEventSpec): void {
    this.#add('membership_events', {
      event_id: `MEVRT7${String(++this.#eventSerial).padStart(9, '0')}`,
      nomor_kartu: e.member.nomorKartu,
      event_date: e.date,
      event_type: e.type,
      jkn_segment: e.segment ?? e.member.segment,
      card_status: e.status,
    });
  }

  prbClaim(p: PrbClaimSpec): void {
    if (!knownIcd10(p.dx)) throw new Error(`${this.#scenario}: ICD-10 ${p.dx} is not in data-samples/reference`);
    if (p.days < 1 || p.days > 30) throw new Error(`${this.#scenario}: a PRB fill is 1-30 days of medication`);
    this.#add('prb_claims', {
      prb_claim_id: `PRBRT7${String(++this.#prbSerial).padStart(9, '0')}`,
      nomor_kartu: p.member.nomorKartu,
      fktp_id: p.fktp.facilityId,
      apotek_id: `${p.fktp.regency}A701`,
      tgl_resep: p.date,
      diagnosa: p.dx,
      hari_obat: String(p.days),
      biaya_obat: String(p.cost),
    });
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
