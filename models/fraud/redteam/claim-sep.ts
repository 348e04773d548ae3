// The SEP-era columns of a red-team claim (SCHEMA.md: jenis_pelayanan, referral, admission,
// discharge and operation times, laterality), checked to fit the stay: a row ingestion would
// quarantine is refused here, naming the scenario, since it would never be scored.
import { LATERAL_PROCEDURES } from '../../../data-samples/reference/index.js';
import { addDays } from './dates.js';
import type { ClaimSpec, Referral, SepSpec } from './types.js';

/** What the SEP columns are built from: the claim, its SEP spec and what the claim step decided. */
export interface SepInput {
  /** The scenario adding the claim, for error messages. */
  readonly scenario: string;
  readonly claim: ClaimSpec;
  readonly sep: SepSpec;
  readonly jenis: 1 | 2;
  /** Discharge date of the row. */
  readonly pulang: string;
  /** A surgical fee is billed. */
  readonly operated: boolean;
}

/** 'YYYY-MM-DD HH:MM:SS' of a date and an HH:MM time. */
function at(scenario: string, date: string, hhmm: string): string {
  if (!/^\d{2}:\d{2}$/.test(hhmm)) throw new Error(`${scenario}: time ${hhmm} is not HH:MM`);
  return `${date} ${hhmm}:00`;
}

const plusHours = (ts: string, h: number): string =>
  new Date(Date.parse(`${ts.replace(' ', 'T')}Z`) + h * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const hoursBetween = (from: string, to: string): number =>
  (Date.parse(`${to.replace(' ', 'T')}Z`) - Date.parse(`${from.replace(' ', 'T')}Z`)) / 3_600_000;

/** The referral letter of the SEP: none for an emergency arrival, required otherwise, dated no later than admission. */
function referralOf(x: SepInput): Referral | undefined {
  const { sep, claim: s } = x;
  if (sep.service !== 'IGD' && !sep.referral) throw new Error(`${x.scenario}: a ${sep.service} SEP needs a referral`);
  const ref = sep.service === 'IGD' ? undefined : sep.referral;
  // ingestion quarantines such a row (referral_after_admission): it would never be scored
  if (ref && ref.tglRujukan > s.masuk) throw new Error(`${x.scenario}: referral dated ${ref.tglRujukan}, after the admission ${s.masuk}`);
  return ref;
}

/** Arrival and discharge times: defaults by service and stay, discharge after arrival on the discharge date, ventilation within. */
function stayTimes(x: SepInput): { readonly masukAt: string; readonly pulangAt: string } {
  const { sep, claim: s, pulang } = x;
  const masukAt = at(x.scenario, s.masuk, sep.masukAt ?? (sep.service === 'IGD' ? '21:15' : '09:30'));
  const pulangAt = sep.pulangAt
    ? at(x.scenario, pulang, sep.pulangAt)
    : x.jenis === 1 && pulang > s.masuk
      ? at(x.scenario, pulang, '11:00')
      : plusHours(masukAt, 2);
  if (pulangAt.slice(0, 10) !== pulang || pulangAt <= masukAt)
    throw new Error(`${x.scenario}: discharge time ${pulangAt} does not follow ${masukAt}`);
  const hours = hoursBetween(masukAt, pulangAt);
  if ((s.ventilatorHours ?? 0) > hours) throw new Error(`${x.scenario}: ${s.ventilatorHours} ventilator hours in a ${hours} h stay`);
  return { masukAt, pulangAt };
}

/**
 * Start of the operation: recorded where a surgical fee is billed, or where the scenario gives the
 * time outright; by default 08:00 the morning after admission, or 1 h after arrival when the stay
 * ends before then (a day case).
 */
function operationTime(x: SepInput, masukAt: string, pulangAt: string): string {
  const { sep, claim: s, pulang } = x;
  if (!((x.operated && sep.operasiAt !== null) || typeof sep.operasiAt === 'string')) return '';
  const nextMorning = at(x.scenario, addDays(s.masuk, 1), '08:00');
  const operasi =
    sep.operasiAt !== undefined ? `${sep.operasiAt}:00` : pulang > s.masuk && nextMorning < pulangAt ? nextMorning : plusHours(masukAt, 1);
  if (operasi < masukAt || operasi > pulangAt) throw new Error(`${x.scenario}: operation at ${operasi} outside the stay`);
  return operasi;
}

/** The SEP-era columns of a claim: service, referral, times (checked to fit the stay), laterality. */
export function sepFields(x: SepInput): Record<string, string> {
  const s = x.claim;
  const ref = referralOf(x);
  const { masukAt, pulangAt } = stayTimes(x);
  const operasi = operationTime(x, masukAt, pulangAt);
  const px = s.px ?? [];
  const unsided = px.find((p, i) => LATERAL_PROCEDURES.includes(p) && (s.laterality?.[i] ?? 'N') === 'N');
  if (unsided) throw new Error(`${x.scenario}: sided procedure ${unsided} needs its side (laterality)`);
  return {
    no_rujukan: ref?.noRujukan ?? '',
    ppk_rujukan: ref?.ppkRujukan ?? '',
    tgl_rujukan: ref?.tglRujukan ?? '',
    asal_rujukan: ref ? String(ref.asal) : '',
    jenis_pelayanan: x.sep.service,
    waktu_masuk: masukAt,
    waktu_pulang: pulangAt,
    waktu_operasi: operasi,
    lateralitas: s.laterality ? s.laterality.join('#') : px.map(() => 'N').join('#'),
  };
}
