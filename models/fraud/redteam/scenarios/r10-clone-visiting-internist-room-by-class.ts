// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". A visiting internist comes to a new class C private
// hospital in Pamekasan on Wednesdays. His typhoid patients of the day, whatever their care
// class, get one patient's discharge summary and bill: the same diagnoses, procedures and four
// days, every line to the rupiah except the room, which the billing system prices by the class
// billed. Honest typhoid bills of the hospital's own internist (context) differ as patients do.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

/** Room price per day by care class against class 3 (the hospital's price list; PMK 3/2023 pays class 2 at 1.2, class 1 at 1.4). */
const ROOM_BY_CLASS: Readonly<Record<1 | 2 | 3, number>> = { 1: 1.9, 2: 1.4, 3: 1 };

export default defineScenario({
  id: 'RT-CLONE-101',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Dokter penyakit dalam tamu di RS swasta kelas C baru di Pamekasan datang setiap Rabu; pasien tifoidnya, apa pun kelasnya, mendapat salinan resume dan tagihan satu pasien: diagnosis, tindakan, empat hari dan setiap baris sama sampai rupiah kecuali kamar yang mengikuti kelas.',
    en: 'A visiting internist comes to a new class C private hospital in Pamekasan on Wednesdays; his typhoid patients, whatever their class, get a copy of one patient’s summary and bill: diagnoses, procedures, four days and every line to the rupiah except the room, priced by class.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.pamekasan, hospitalClass: 'C' });
    const visiting = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const own = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const stay = (day: string, i: number, careClass: 1 | 2 | 3, dpjp: string, components?: Partial<Record<TariffComponent, number>>) =>
      ctx.claim({
        member: patient(ctx, rs, day, i, { age: 18 + ((i * 7) % 40), segment: careClass === 3 ? 'PBI' : 'PPU', careClass }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 4),
        cbg: 'A-4-11-I',
        dx: ['A01.0', 'R50.9'],
        px: ['99.21', '90.59'],
        dpjp,
        ...(components ? { components } : { scale: bill(10_800 + i) }),
        sep: igd({ masukAt: hhmm(9 + (i % 5), (7 * i) % 60) }),
      });
    // Wednesdays from 14 January: the first patient's stay is the template (context)
    const wednesdays = every('2026-01-14', 9, 14);
    const template = stay(wednesdays[0] as string, 0, 3, visiting);
    const base = componentsOf(template);
    const classes: Array<1 | 2 | 3> = [2, 3, 1, 3, 2, 3, 1, 3];
    const fraud: BuiltClaim[] = wednesdays.slice(1).map((day, k) => {
      const careClass = classes[k] ?? 3;
      const room = Math.round(((base.tarif_kamar ?? 0) * ROOM_BY_CLASS[careClass]) / 100) * 100;
      return stay(day, 1 + k, careClass, visiting, { ...base, tarif_kamar: room });
    });
    const context: BuiltClaim[] = [
      template,
      ...every('2026-01-19', 7, 18).map((day, k) => stay(day, 20 + k, (1 + (k % 3)) as 1 | 2 | 3, own)),
    ];
    return { fraud, context };
  },
});
