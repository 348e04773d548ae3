// The committed sample under data-samples/sample: its generation options, in one place.

/** Small enough to commit (~10 MB of CSV), large enough to hold every planted fraud type. */
export const SAMPLE_OPTIONS = Object.freeze({ members: 3000, months: 24, endPeriod: '2026-06', seed: 1, format: 'csv' as const });
