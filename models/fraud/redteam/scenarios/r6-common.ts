// Shared pieces of the sixth red-team round: cities no earlier round used (so no scenario
// shares a hospital or a regency's peers with an earlier one), clinic days, and a patient
// referred the ordinary way. Bills vary through r5-common.ts bill(); SEPs through r4-common.ts.
import { HOLIDAYS } from '../../../../data-samples/reference/index.js';
import { addDays } from '../context.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import type { BuiltClaim, Facility, Fktp, Member, Place, Referral, ScenarioContext, SepSpec } from '../types.js';
import { igd, jalan, referredBy } from './r4-common.js';

/**
 * Cities of round 6: BPS regency code, city-centre coordinates and the INA-CBG regional tariff
 * group as places.ts assigns them (PMK 3/2023: Java/Bali 1, Sumatra 2-3, Kalimantan/Sulawesi
 * 3-4, eastern Indonesia 5).
 */
export const PLACES6 = {
  padang: { name: 'Kota Padang', regency: '1371', latitude: -0.9471, longitude: 100.4172, tariffRegion: 2 },
  jambi: { name: 'Kota Jambi', regency: '1571', latitude: -1.6101, longitude: 103.6131, tariffRegion: 2 },
  bandarLampung: { name: 'Kota Bandar Lampung', regency: '1871', latitude: -5.3971, longitude: 105.2668, tariffRegion: 2 },
  bandaAceh: { name: 'Kota Banda Aceh', regency: '1171', latitude: 5.5483, longitude: 95.3238, tariffRegion: 2 },
  batam: { name: 'Kota Batam', regency: '2171', latitude: 1.0456, longitude: 104.0305, tariffRegion: 3 },
  bogor: { name: 'Kota Bogor', regency: '3271', latitude: -6.5971, longitude: 106.806, tariffRegion: 1 },
  depok: { name: 'Kota Depok', regency: '3276', latitude: -6.4025, longitude: 106.7942, tariffRegion: 1 },
  cirebon: { name: 'Kota Cirebon', regency: '3274', latitude: -6.732, longitude: 108.5523, tariffRegion: 1 },
  tasikmalaya: { name: 'Kota Tasikmalaya', regency: '3278', latitude: -7.3274, longitude: 108.2207, tariffRegion: 1 },
  tangerang: { name: 'Kota Tangerang', regency: '3671', latitude: -6.1783, longitude: 106.6319, tariffRegion: 1 },
  surakarta: { name: 'Kota Surakarta', regency: '3372', latitude: -7.5755, longitude: 110.8243, tariffRegion: 1 },
  magelang: { name: 'Kota Magelang', regency: '3371', latitude: -7.4797, longitude: 110.2177, tariffRegion: 1 },
  malang: { name: 'Kota Malang', regency: '3573', latitude: -7.9666, longitude: 112.6326, tariffRegion: 1 },
  kediri: { name: 'Kota Kediri', regency: '3571', latitude: -7.848, longitude: 112.0178, tariffRegion: 1 },
  jember: { name: 'Kabupaten Jember', regency: '3509', latitude: -8.1724, longitude: 113.7005, tariffRegion: 1 },
  pontianak: { name: 'Kota Pontianak', regency: '6171', latitude: -0.0263, longitude: 109.3425, tariffRegion: 3 },
  banjarmasin: { name: 'Kota Banjarmasin', regency: '6371', latitude: -3.3186, longitude: 114.5944, tariffRegion: 4 },
  samarinda: { name: 'Kota Samarinda', regency: '6472', latitude: -0.5022, longitude: 117.1536, tariffRegion: 4 },
  manado: { name: 'Kota Manado', regency: '7171', latitude: 1.4748, longitude: 124.8421, tariffRegion: 4 },
  palu: { name: 'Kota Palu', regency: '7271', latitude: -0.8917, longitude: 119.8707, tariffRegion: 4 },
  kendari: { name: 'Kota Kendari', regency: '7471', latitude: -3.9985, longitude: 122.513, tariffRegion: 4 },
  gorontalo: { name: 'Kota Gorontalo', regency: '7571', latitude: 0.5435, longitude: 123.0568, tariffRegion: 4 },
  mataram: { name: 'Kota Mataram', regency: '5271', latitude: -8.5833, longitude: 116.1167, tariffRegion: 5 },
  ambon: { name: 'Kota Ambon', regency: '8171', latitude: -3.6954, longitude: 128.1814, tariffRegion: 5 },
} as const satisfies Record<string, Place>;

const CLOSED = new Set(HOLIDAYS.filter((h) => h.kind === 'LIBUR_NASIONAL').map((h) => h.date));

/** The day itself if the outpatient clinics open on it (Monday-Saturday, not a national holiday; SCHEMA.md), else the next one. */
export function clinicDay(iso: string): string {
  let d = iso;
  while (new Date(`${d}T00:00:00Z`).getUTCDay() === 0 || CLOSED.has(d)) d = addDays(d, 1);
  return d;
}

/** HH:MM from an hour and minute. */
export const hhmm = (h: number, m = 0): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/**
 * A patient a lower-class hospital sends on (SCHEMA.md: a hospital referral carries the
 * referring facility, asal_rujukan 2): the visit there that writes the referral, billed by the
 * referring hospital as its own outpatient or emergency claim. Returns that claim (context)
 * and the referral the receiving hospital's SEP carries.
 */
export function sentOnBy(
  ctx: ScenarioContext,
  spec: {
    readonly member: Member;
    readonly from: Facility;
    readonly day: string;
    readonly cbg: string;
    readonly dx: readonly string[];
    readonly dpjp: string;
    readonly scale: Partial<Record<TariffComponent, number>>;
    /** The puskesmas that referred the patient to the referring hospital; absent: came in through its emergency department. */
    readonly fktp?: Fktp;
  },
): { visit: BuiltClaim; referral: Referral } {
  const { member, from, day, cbg, dx, dpjp, scale } = spec;
  const sep: SepSpec = spec.fktp
    ? jalan(referredBy(ctx, member, spec.fktp, from, day, dx), { masukAt: '08:20' })
    : igd({ masukAt: '05:30', pulangAt: '07:45' });
  const visit = ctx.claim({ member, facility: from, masuk: day, cbg, dx, dpjp, scale, sep });
  return { visit, referral: ctx.hospitalReferral(from, day) };
}
