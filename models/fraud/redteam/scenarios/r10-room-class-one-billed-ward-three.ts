// DOMAIN.md section 3, ROOM_CLASS: "care class above entitlement"; here above the class given.
// When a member's own class is full, a hospital may place them one class up at no cost; placed in
// a lower class, the hospital is paid the tariff of the class the patient lay in (Permenkes
// 28/2014). In the February-March dengue season a new class C private hospital in Pandeglang puts
// class-1 wage earners in the class-3 ward and bills JKN class 1, recording no change of class:
// the room line is the class-3 ward's price, half of what its own class-1 stays (context, January
// and May) bill for the same days.
import { addDays, inacbgTariff } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

/** Share of the room in an ordinary medical bill (context.ts medical profile), to price a class-3 bed. */
const ROOM_SHARE = 0.171;

export default defineScenario({
  id: 'RT-ROOM-101',
  kind: 'fraud',
  code: 'ROOM_CLASS',
  description: {
    id: 'Pada musim dengue Februari-Maret RS swasta kelas C baru di Pandeglang menempatkan peserta PPU hak kelas 1 di bangsal kelas 3 tetapi menagih JKN kelas 1 tanpa mencatat perubahan kelas; biaya kamar setara bangsal kelas 3, separuh rawat kelas 1 RS itu sendiri.',
    en: 'In the February-March dengue season a new class C private hospital in Pandeglang puts class-1 wage earners in the class-3 ward but bills JKN class 1, recording no change of class; the room line is the class-3 ward’s, half its own class-1 stays’.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.pandeglang, hospitalClass: 'C' });
    const doctors = [ctx.doctor({ specialty: 'SP_PD', at: [rs] }), ctx.doctor({ specialty: 'SP_A', at: [rs] })];
    const ward3Room = (days: number) => Math.round((inacbgTariff('A-4-13-I', 3, rs) * 0.85 * ROOM_SHARE * days) / 4 / 100) * 100;
    const stay = (day: string, i: number, careClass: 1 | 3, wardThree: boolean): BuiltClaim => {
      const days = 4 + (i % 2);
      return ctx.claim({
        member: patient(ctx, rs, day, i, {
          age: i % 3 ? 22 + ((i * 7) % 30) : 6 + (i % 8),
          segment: careClass === 1 ? 'PPU' : 'PBI',
          careClass,
        }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'A-4-13-I',
        dx: [i % 2 ? 'A91' : 'A90'],
        px: ['90.59'],
        dpjp: doctors[i % 2] as string,
        scale: bill(11_400 + i),
        ...(wardThree ? { components: { tarif_kamar: ward3Room(days) + 1_000 * (i % 7) } } : {}),
        sep: igd({ masukAt: hhmm(15 + (i % 8), (9 * i) % 60) }),
      });
    };
    const fraud = every('2026-02-03', 9, 6).map((day, i) => stay(day, i, 1, true));
    const context = [
      ...every('2026-01-06', 3, 8).map((day, i) => stay(day, 20 + i, 1, false)),
      ...every('2026-05-04', 3, 7).map((day, i) => stay(day, 30 + i, 1, false)),
      ...every('2026-02-05', 6, 9).map((day, i) => stay(day, 40 + i, 3, false)),
    ];
    return { fraud, context };
  },
});
