// Calendar-strict checks for the date formats requests carry (date, date-time, year-month).
// `Date.parse('2099-02-30')` rolls over to 2 March instead of failing, so a shape check
// plus Date.parse accepts impossible dates; these check the fields against the calendar.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Year 0001-9999 (year 0 exists in no calendar a member or claim uses) and month 01-12. */
function validYearMonth(year: number, month: number): boolean {
  return year >= 1 && month >= 1 && month <= 12;
}

function validDay(year: number, month: number, day: number): boolean {
  if (!validYearMonth(year, month) || day < 1) return false;
  const last = month === 2 && isLeap(year) ? 29 : (DAYS[month - 1] as number);
  return day <= last;
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** RFC 3339 date-time with an offset (`Z` or `±hh:mm`), every field within its range. */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  if (m === null || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return false;
  // Leap seconds (:60) are refused: JavaScript dates cannot hold them.
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return false;
  if (m[8] !== 'Z' && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return true;
}

/** `YYYY-MM` naming a month that exists (a period filter). */
export function isYearMonth(value: string): boolean {
  const m = YEAR_MONTH.exec(value);
  return m !== null && validYearMonth(Number(m[1]), Number(m[2]));
}

/** Format names registered for request validation (see validator.ts); schemas use them by name. */
export const DATE_FORMATS = Object.freeze({ date: isCalendarDate, 'date-time': isDateTime, 'year-month': isYearMonth } as const);
