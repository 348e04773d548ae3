// The credit feature registry: every characteristic the credit models may use, as frozen
// data with its unit, its known direction of risk, a description in Indonesian and English,
// and the reason sentence an applicant reads when it costs them points. The reason codes
// (CR01..) are the one vocabulary both the champion scorecard and the challenger network
// map their explanations onto.

/** Monthly payment status in the sequence (worst of the month's ledger rows, as known at the observation date). */
export const PAYMENT_STATUS = Object.freeze({ none: 0, onTime: 1, late: 2, unpaid: 3 });

/** The issue asks for the last 24 months of payment status as a sequence. */
export const SEQUENCE_MONTHS = 24;

/** DOMAIN.md 5 ("thin file"), issue 5: under 6 months of contribution history gets no score. */
export const THIN_FILE_MIN_MONTHS = 6;

export interface Sentence {
  readonly id: string;
  readonly en: string;
}

export interface CreditFeature {
  readonly kind: 'credit-feature';
  readonly name: string;
  /** Stable reason code the bank can branch on. */
  readonly reasonCode: string;
  readonly type: 'numeric' | 'categorical';
  readonly unit: string;
  /** Known direction of risk for monotone binning: +1 risk rises with the value, -1 falls. */
  readonly monotone?: 1 | -1;
  readonly description: Sentence;
  /** The sentence for an applicant whose value of this feature cost them points. */
  reason(value: number | string | null): Sentence;
}

const fmtInt = (v: number): string => String(Math.round(v));
const pct = (v: number): string => `${Math.round(v * 100)}%`;
const rupiah = (v: number): string => `Rp${Math.round(v).toLocaleString('id-ID')}`;
/** "1 month", "4 months": an applicant reads these sentences. */
const monthsEn = (v: number): string => `${fmtInt(v)} month${Math.round(v) === 1 ? '' : 's'}`;
const num = (v: number | string | null): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function feature(f: Omit<CreditFeature, 'kind'>): CreditFeature {
  return Object.freeze({ kind: 'credit-feature' as const, ...f });
}

const SEGMENT_NAMES: Readonly<Record<string, Sentence>> = Object.freeze({
  PBI: { id: 'penerima bantuan iuran (PBI)', en: 'state-subsidised (PBI)' },
  PPU: { id: 'pekerja penerima upah (PPU)', en: 'wage earner (PPU)' },
  PBPU: { id: 'pekerja bukan penerima upah (PBPU)', en: 'self-paying non-wage earner (PBPU)' },
  BP: { id: 'bukan pekerja (BP)', en: 'non-worker (BP)' },
});

export const CREDIT_FEATURES: readonly CreditFeature[] = Object.freeze([
  feature({
    name: 'membership_months',
    reasonCode: 'CR01',
    type: 'numeric',
    unit: 'months',
    monotone: -1,
    description: { id: 'Lama kepesertaan BPJS (bulan)', en: 'Length of BPJS membership (months)' },
    reason: (v) => ({ id: `Kepesertaan BPJS baru ${fmtInt(num(v) ?? 0)} bulan`, en: `BPJS membership of only ${monthsEn(num(v) ?? 0)}` }),
  }),
  feature({
    name: 'on_time_share_6m',
    reasonCode: 'CR02',
    type: 'numeric',
    unit: 'share',
    monotone: -1,
    description: { id: 'Porsi iuran dibayar tepat waktu, 6 bulan terakhir', en: 'Share of contributions paid on time, last 6 months' },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak ada iuran jatuh tempo dalam 6 bulan terakhir', en: 'No contributions due in the last 6 months' }
        : {
            id: `Hanya ${pct(num(v)!)} iuran dibayar tepat waktu dalam 6 bulan terakhir`,
            en: `Only ${pct(num(v)!)} of contributions paid on time in the last 6 months`,
          },
  }),
  feature({
    name: 'on_time_share_12m',
    reasonCode: 'CR03',
    type: 'numeric',
    unit: 'share',
    monotone: -1,
    description: { id: 'Porsi iuran dibayar tepat waktu, 12 bulan terakhir', en: 'Share of contributions paid on time, last 12 months' },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak ada iuran jatuh tempo dalam 12 bulan terakhir', en: 'No contributions due in the last 12 months' }
        : {
            id: `Hanya ${pct(num(v)!)} iuran dibayar tepat waktu dalam 12 bulan terakhir`,
            en: `Only ${pct(num(v)!)} of contributions paid on time in the last 12 months`,
          },
  }),
  feature({
    name: 'on_time_share_24m',
    reasonCode: 'CR04',
    type: 'numeric',
    unit: 'share',
    monotone: -1,
    description: { id: 'Porsi iuran dibayar tepat waktu, 24 bulan terakhir', en: 'Share of contributions paid on time, last 24 months' },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak ada iuran jatuh tempo dalam 24 bulan terakhir', en: 'No contributions due in the last 24 months' }
        : {
            id: `Hanya ${pct(num(v)!)} iuran dibayar tepat waktu dalam 24 bulan terakhir`,
            en: `Only ${pct(num(v)!)} of contributions paid on time in the last 24 months`,
          },
  }),
  feature({
    name: 'arrears_months_12m',
    reasonCode: 'CR05',
    type: 'numeric',
    unit: 'months',
    monotone: 1,
    description: { id: 'Bulan menunggak dalam 12 bulan terakhir', en: 'Months in arrears in the last 12 months' },
    reason: (v) => ({
      id: `${fmtInt(num(v) ?? 0)} bulan menunggak dalam 12 bulan terakhir`,
      en: `${monthsEn(num(v) ?? 0)} in arrears in the last 12 months`,
    }),
  }),
  feature({
    name: 'self_paid_on_time_share_12m',
    reasonCode: 'CR18',
    type: 'numeric',
    unit: 'share',
    monotone: -1,
    description: {
      id: 'Porsi iuran mandiri (dibayar sendiri) tepat waktu, 12 bulan terakhir',
      en: 'Share of self-paid contributions paid on time, last 12 months',
    },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak ada iuran yang dibayar sendiri dalam 12 bulan terakhir', en: 'No self-paid contributions in the last 12 months' }
        : {
            id: `Hanya ${pct(num(v)!)} iuran mandiri dibayar tepat waktu dalam 12 bulan terakhir`,
            en: `Only ${pct(num(v)!)} of self-paid contributions paid on time in the last 12 months`,
          },
  }),
  feature({
    name: 'arrears_episodes_24m',
    reasonCode: 'CR06',
    type: 'numeric',
    unit: 'episodes',
    monotone: 1,
    description: { id: 'Jumlah periode tunggakan dalam 24 bulan terakhir', en: 'Arrears episodes in the last 24 months' },
    reason: (v) => ({
      id: `${fmtInt(num(v) ?? 0)} kali menunggak dalam 24 bulan terakhir`,
      en: `${fmtInt(num(v) ?? 0)} separate arrears episodes in the last 24 months`,
    }),
  }),
  feature({
    name: 'longest_arrears_months_24m',
    reasonCode: 'CR07',
    type: 'numeric',
    unit: 'months',
    monotone: 1,
    description: { id: 'Tunggakan terpanjang dalam 24 bulan terakhir (bulan)', en: 'Longest arrears in the last 24 months (months)' },
    reason: (v) => ({
      id: `Tunggakan terpanjang ${fmtInt(num(v) ?? 0)} bulan berturut-turut`,
      en: `Longest arrears of ${monthsEn(num(v) ?? 0)} in a row`,
    }),
  }),
  feature({
    name: 'longest_on_time_streak_months',
    reasonCode: 'CR08',
    type: 'numeric',
    unit: 'months',
    monotone: -1,
    description: { id: 'Rangkaian terpanjang pembayaran tepat waktu (bulan)', en: 'Longest run of on-time payments (months)' },
    reason: (v) => ({
      id: `Pembayaran tepat waktu terpanjang hanya ${fmtInt(num(v) ?? 0)} bulan berturut-turut`,
      en: `Longest on-time payment run of only ${monthsEn(num(v) ?? 0)} in a row`,
    }),
  }),
  feature({
    name: 'months_since_last_arrears',
    reasonCode: 'CR09',
    type: 'numeric',
    unit: 'months',
    monotone: -1,
    description: {
      id: 'Bulan sejak tunggakan terakhir (kosong: tidak pernah menunggak)',
      en: 'Months since the last arrears (empty: never in arrears)',
    },
    reason: (v) => ({ id: `Tunggakan terakhir ${fmtInt(num(v) ?? 0)} bulan yang lalu`, en: `Last arrears ${monthsEn(num(v) ?? 0)} ago` }),
  }),
  feature({
    name: 'wage_level',
    reasonCode: 'CR10',
    type: 'numeric',
    unit: 'rupiah per month',
    monotone: -1,
    description: { id: 'Upah yang dilaporkan per bulan', en: 'Reported monthly wage' },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak ada upah yang dilaporkan ke BPJS Ketenagakerjaan', en: 'No wage reported to BPJS Ketenagakerjaan' }
        : { id: `Upah yang dilaporkan ${rupiah(num(v)!)} per bulan`, en: `Reported wage of ${rupiah(num(v)!)} per month` },
  }),
  feature({
    name: 'wage_trend_12m',
    reasonCode: 'CR11',
    type: 'numeric',
    unit: 'ratio',
    monotone: -1,
    description: { id: 'Perubahan upah dibanding 12 bulan lalu', en: 'Wage now relative to 12 months ago' },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak ada riwayat upah 12 bulan', en: 'No 12-month wage history' }
        : {
            id: `Upah berubah ${pct(num(v)! - 1)} dalam 12 bulan terakhir`,
            en: `Wage changed by ${pct(num(v)! - 1)} over the last 12 months`,
          },
  }),
  feature({
    name: 'employer_changes_24m',
    reasonCode: 'CR12',
    type: 'numeric',
    unit: 'changes',
    monotone: 1,
    description: { id: 'Pergantian pemberi kerja dalam 24 bulan terakhir', en: 'Employer changes in the last 24 months' },
    reason: (v) => ({
      id: `${fmtInt(num(v) ?? 0)} kali berganti pemberi kerja dalam 24 bulan terakhir`,
      en: `${fmtInt(num(v) ?? 0)} employer changes in the last 24 months`,
    }),
  }),
  feature({
    name: 'jht_balance',
    reasonCode: 'CR13',
    type: 'numeric',
    unit: 'rupiah',
    monotone: -1,
    description: { id: 'Saldo Jaminan Hari Tua (JHT)', en: 'Old-age savings (JHT) balance' },
    reason: (v) =>
      num(v) === null
        ? { id: 'Tidak memiliki saldo JHT', en: 'No JHT savings balance' }
        : { id: `Saldo JHT ${rupiah(num(v)!)}`, en: `JHT savings balance of ${rupiah(num(v)!)}` },
  }),
  feature({
    name: 'segment',
    reasonCode: 'CR14',
    type: 'categorical',
    unit: 'JKN segment',
    description: { id: 'Segmen kepesertaan JKN', en: 'JKN membership segment' },
    reason: (v) => {
      const s = SEGMENT_NAMES[String(v)] ?? { id: String(v), en: String(v) };
      return { id: `Segmen kepesertaan: ${s.id}`, en: `Membership segment: ${s.en}` };
    },
  }),
  feature({
    name: 'hospital_stays_12m',
    reasonCode: 'CR15',
    type: 'numeric',
    unit: 'stays',
    monotone: 1,
    description: { id: 'Rawat inap dalam 12 bulan terakhir', en: 'Hospital stays in the last 12 months' },
    reason: (v) => ({
      id: `${fmtInt(num(v) ?? 0)} kali rawat inap dalam 12 bulan terakhir`,
      en: `${fmtInt(num(v) ?? 0)} hospital stays in the last 12 months`,
    }),
  }),
  feature({
    name: 'kkpak_cases_24m',
    reasonCode: 'CR16',
    type: 'numeric',
    unit: 'cases',
    monotone: 1,
    description: {
      id: 'Kasus kecelakaan kerja / penyakit akibat kerja dalam 24 bulan terakhir',
      en: 'Work accident / occupational disease cases in the last 24 months',
    },
    reason: (v) => ({
      id: `${fmtInt(num(v) ?? 0)} kasus KK/PAK dalam 24 bulan terakhir`,
      en: `${fmtInt(num(v) ?? 0)} work accident or occupational disease cases in the last 24 months`,
    }),
  }),
]);

/** The sequence as one reason (the challenger attributes its 24 months to it together). */
export const PAYMENT_HISTORY_REASON = Object.freeze({
  reasonCode: 'CR17',
  name: 'payment_history_24m',
  description: { id: 'Riwayat status pembayaran 24 bulan terakhir', en: 'Payment status over the last 24 months' },
  reason: (lateOrUnpaid: number): Sentence => ({
    id: `${lateOrUnpaid} bulan terlambat atau menunggak dalam 24 bulan terakhir`,
    en: `${lateOrUnpaid} months paid late or in arrears in the last 24 months`,
  }),
});

/** Given instead of a score when the record is too short to score. */
export const THIN_FILE_REASON = Object.freeze({
  reasonCode: 'CR00',
  reason: (months: number): Sentence => ({
    id: `Riwayat iuran sendiri baru ${months} bulan (iuran PBI yang dibayar negara tidak dihitung); minimal ${THIN_FILE_MIN_MONTHS} bulan diperlukan untuk skor`,
    en: `Only ${months} month${months === 1 ? '' : 's'} of own contribution history (state-paid PBI contributions do not count); at least ${THIN_FILE_MIN_MONTHS} are needed for a score`,
  }),
});

/** Attributes for the fairness report only: never model inputs. */
export const FAIRNESS_ATTRIBUTES = Object.freeze(['sex', 'province_code', 'sector', 'segment'] as const);
export type FairnessAttribute = (typeof FAIRNESS_ATTRIBUTES)[number];

const BY_NAME = new Map(CREDIT_FEATURES.map((f) => [f.name, f]));

export function creditFeature(name: string): CreditFeature {
  const f = BY_NAME.get(name);
  if (!f) throw new Error(`unknown credit feature ${name}`);
  return f;
}
