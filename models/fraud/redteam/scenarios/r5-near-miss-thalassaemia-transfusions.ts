// Near miss of READMISSION and REPEAT_BILLING ("readmitted within 30 days with the same
// diagnosis cluster"; "same card ... and CBG submitted twice"). Children with beta-thalassaemia
// major are transfused every three to four weeks for life (Thalassaemia International
// Federation guidelines, 4th ed. 2021: every 2-5 weeks to keep haemoglobin above 9.5 g/dl):
// a one-night admission each time, the same code, group, paediatrician and nearly the same
// bill, the blood on it. Five admissions each between January and May.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-THAL-51',
  kind: 'near_miss',
  code: 'READMISSION',
  description: {
    id: 'Anak dengan talasemia beta mayor ditransfusi setiap tiga sampai empat minggu seumur hidup: rawat satu malam setiap kali, kode, kelompok, dokter anak dan tagihan hampir sama dengan darah di dalamnya; lima kali rawat masing-masing antara Januari dan Mei.',
    en: 'Children with beta-thalassaemia major are transfused every three to four weeks for life: a one-night admission each time, the same code, group, paediatrician and nearly the same bill with the blood on it; five admissions each between January and May.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [0.01, 0.03] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const children = [
      ['L', '2019-05-14', '2026-01-06', 24],
      ['P', '2016-09-02', '2026-01-13', 27],
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    children.forEach(([sex, born, first, every], c) => {
      const spec = { sex, birthDate: born, segment: 'PBI', careClass: 3 } as const;
      const { member, referral } = referredPatient(ctx, spec, puskesmas, rs, first, ['D56.1']);
      const own = bill(7 * c + 3);
      for (let k = 0; k < 5; k++) {
        const day = addDays(first, k * every + (k % 2));
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, 1),
            cbg: 'D-4-13-I',
            dx: ['D56.1'],
            px: ['99.04'],
            dpjp: paediatrician,
            // each child's own bill (weight, chelation), nearly the same from one transfusion to the next
            scale: {
              ...own,
              tarif_obat: (own.tarif_obat ?? 1) * (1 + 0.02 * k),
              tarif_laboratorium: (own.tarif_laboratorium ?? 1) * (1 - 0.03 * (k % 2)),
            },
            components: { tarif_pelayanan_darah: (c ? 1_350_000 : 1_100_000) + 50_000 * (k % 3) },
            sep: inap(k === 0 ? referral : ctx.hospitalReferral(rs, day), { masukAt: '08:00', pulangAt: '10:00' }),
          }),
        );
      }
    });
    return { nearMiss };
  },
});
