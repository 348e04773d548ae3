// Calendar arithmetic on the ISO dates (YYYY-MM-DD) of the source rows, in UTC so that no time
// zone moves a day.

/** The ISO date `days` after `iso` (before it when negative). */
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
