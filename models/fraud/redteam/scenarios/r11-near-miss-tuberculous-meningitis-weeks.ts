// Near miss of PROLONGED_LOS: a stay legitimately long. Tuberculous meningitis is confirmed on the
// cerebrospinal fluid and needs weeks of intravenous or nasogastric anti-tuberculosis drugs with
// dexamethasone in hospital, a head CT for hydrocephalus, and nursing of a drowsy patient (WHO
// 2022 consolidated TB guidelines; Kemenkes PNPK Tuberkulosis 2020). The class B government
// hospital of Kabupaten Malang admits young adults through its emergency room with headache,
// fever and confusion; they stay 21-27 days (G-4-15-III, norm under eight), some with two or
// three ICU days, with the lumbar punctures, CT, chest X-ray, drugs and laboratory of every week
// on the bill.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-NM-TBMENINGITIS-111',
  kind: 'near_miss',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS pemerintah kelas B Kabupaten Malang merawat dewasa muda dengan meningitis tuberkulosis melalui IGD: pungsi lumbal, CT kepala, foto toraks, obat anti-tuberkulosis dan deksametason berminggu-minggu, sebagian dua-tiga hari ICU; lama rawat 21-27 hari dengan pemeriksaan, obat dan laboratorium setiap minggu di tagihan.',
    en: 'The class B government hospital of Kabupaten Malang admits young adults with tuberculous meningitis through its emergency room: lumbar punctures, head CT, chest X-ray, weeks of anti-tuberculosis drugs and dexamethasone, some with two or three ICU days; 21-27-day stays with every week’s tests, drugs and laboratory on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.kabMalang, hospitalClass: 'B', ownership: 'PEMERINTAH' });
    const neurologists = [ctx.doctor({ specialty: 'SP_N', at: [rs] }), ctx.doctor({ specialty: 'SP_N', at: [rs] })];
    const nearMiss: BuiltClaim[] = every('2026-01-09', 6, 19).map((day, i) => {
      const days = 21 + ((i * 3) % 7);
      const icu = i % 2 === 0 ? 2 + (i % 3 === 0 ? 1 : 0) : 0;
      return ctx.claim({
        member: patient(ctx, rs, day, i, { age: 19 + ((i * 6) % 24) }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'G-4-15-III',
        dx: ['G03.9', 'A16.2'],
        px: ['03.31', '87.03', '87.44', '90.59'],
        ...(icu ? { icuDays: icu } : {}),
        dpjp: neurologists[i % 2] as string,
        billedRatio: 0.95,
        scale: times(bill(14_300 + i), {
          tarif_kamar: days / 8,
          tarif_keperawatan: days / 7,
          tarif_obat: days / 6,
          tarif_laboratorium: days / 8,
          tarif_radiologi: 1.6,
        }),
        sep: igd({ masukAt: hhmm(2 + ((i * 5) % 20), (13 * i) % 60) }),
      });
    });
    return { nearMiss };
  },
});
