// Numbers and dates as an Indonesian auditor reads them: rupiah in whole rupiah with id-ID
// grouping (Rp 4.500.000, never 4500000.000001), shares as percentages, dates as 5 Mar 2024.
// Amounts are id-ID in both languages: they are rupiah, and that is how rupiah are written.

const RUPIAH = new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const WHOLE = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const DATES = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
const TIMES = {
  id: new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }),
};

export type Lang = 'id' | 'en';

/** Whole rupiah, rounded half away from zero first (a float sum never shows its noise). */
export function rupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '–';
  const whole = Math.sign(amount) * Math.round(Math.abs(amount));
  return RUPIAH.format(whole === 0 ? 0 : whole);
}

export function count(n: number): string {
  return WHOLE.format(n);
}

/** A share 0..1 as a whole percentage (id-ID uses a comma for decimals, so none are shown). */
export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share * 100)}%`;
}

/** 'YYYY-MM-DD' (or a Date) as a calendar date. */
export function day(value: string | Date | null | undefined, lang: Lang): string {
  if (!value) return '–';
  const d = value instanceof Date ? value : new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? String(value) : DATES[lang].format(d);
}

/** A moment (an action, a view) in Jakarta time. */
export function moment(value: Date, lang: Lang): string {
  return `${TIMES[lang].format(value)} WIB`;
}

/** 'YYYY-MM-DD' or 'YYYY-MM' as the month it is in, e.g. Mar 2024. */
export function month(value: string, lang: Lang): string {
  const d = new Date(`${value.slice(0, 7)}-01T00:00:00Z`);
  return Number.isNaN(d.getTime())
    ? value
    : new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}
