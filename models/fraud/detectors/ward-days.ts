// The days of a stay that the INA-CBG length-of-stay norm judges: the ward days. Days in intensive
// care (icu_los, recorded apart from the ward and audited as such) are care the patient needed,
// as los_above_norm reads them (los-detector.ts); a referral centre's severe stays with a few ICU
// days run past the code's norm for that care, not for days held (red team RT-NM-REFERRAL-91).

/** SQL: ward days of stay `b`, its length of stay less its ICU days (never below zero). */
export const wardDaysSql = (b: string): string => `greatest(${b}.los - coalesce(${b}.icu_los, 0), 0)`;
