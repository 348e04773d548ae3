// Near miss of PARTICIPANT_ABUSE ("chronic drug refills too early"): one early refill a year, for the
// holiday. Patients with epilepsy and schizophrenia followed at the clinics of a new class C
// government hospital in Kabupaten Kediri (East Java) collect a 30-day supply every four weeks
// (context). Before Idul Fitri (20-21 March 2026, the clinics closed for the collective leave
// around it, many families travelling home), each gets the March supply nine to twelve days early,
// on the doctor's note, then carries on at the usual rhythm from the new date.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

/** Due date of each patient's March supply (all fall in or just after the Lebaran closure), and the diagnosis. */
const PATIENTS = [
  ['2026-03-19', 'G40.9'],
  ['2026-03-23', 'F20.9'],
  ['2026-03-20', 'G40.9'],
  ['2026-03-24', 'F20.9'],
  ['2026-03-21', 'G40.9'],
  ['2026-03-25', 'F20.9'],
] as const;

export default defineScenario({
  id: 'RT-NM-LEBARAN-121',
  kind: 'near_miss',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Pasien epilepsi dan skizofrenia di poli RS pemerintah kelas C baru di Kabupaten Kediri mengambil obat 30 hari tiap empat minggu; menjelang Idul Fitri (poli tutup cuti bersama, keluarga mudik) masing-masing mendapat obat bulan Maret 9-12 hari lebih awal dengan catatan dokter, lalu kembali ke irama biasa dari tanggal baru.',
    en: 'Epilepsy and schizophrenia patients at the clinics of a new class C government hospital in Kabupaten Kediri collect a 30-day supply every four weeks; before Idul Fitri (clinics closed for the collective leave, families travelling home) each gets the March supply nine to twelve days early on the doctor’s note, then carries on at the usual rhythm from the new date.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabKediri, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    // the mental-health clinic's trained general practitioner (the registry has no psychiatry specialty)
    const psychiatrist = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    PATIENTS.forEach(([due, dx], p) => {
      const early = clinicDay(addDays(due, -(9 + (p % 4))));
      const before = [2, 1].map((k) => clinicDay(addDays(due, -28 * k)));
      const after = [1, 2].map((k) => clinicDay(addDays(early, 28 * k)));
      const member = patient(ctx, rs, before[0] as string, p, { age: 24 + 7 * p });
      const followUp = ctx.hospitalReferral(rs, before[0] as string);
      const epilepsy = dx === 'G40.9';
      const visit = (day: string, k: number): BuiltClaim =>
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: epilepsy ? 'G-5-18-0' : 'F-5-10-0',
          dx: [dx],
          px: epilepsy ? [] : ['94.25'],
          dpjp: epilepsy ? neurologist : psychiatrist,
          scale: bill(14_600 + 6 * p + k),
          components: { tarif_obat_kronis: epilepsy ? 210_000 + 10_000 * p : 340_000 + 15_000 * p, tarif_obat: 8_000 },
          sep: jalan(k === 0 ? referredBy(ctx, member, puskesmas, rs, day, [dx]) : followUp, { masukAt: hhmm(8 + (p % 3), (10 * p) % 60) }),
        });
      before.forEach((day, k) => context.push(visit(day, k)));
      nearMiss.push(visit(early, 3));
      after.forEach((day, k) => context.push(visit(day, 4 + k)));
    });
    return { nearMiss, context };
  },
});
