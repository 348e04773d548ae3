// DOMAIN.md section 3, SELF_REFERRAL: "referral loops between facilities sharing doctors;
// transfer within 3 days; 1-2 day stays then referred". Back-and-forth between two hospitals
// is watched, so the group runs a chain: ordinary pneumonia (severity I throughout, no ICU, no
// worsening) is admitted for one day at its class D hospital, referred to its class C hospital
// for two days, then to its class B hospital for three; one pulmonologist, licensed at all
// three, is the DPJP at every step. Three admissions, three tariffs, for one five-day pneumonia
// a class D hospital treats (Permenkes 56/2014: class D provides internal medicine).
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility, SepSpec } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-SELFREF-51',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Pneumonia biasa (keparahan I sepanjang episode, tanpa ICU atau perburukan) dirawat sehari di RS kelas D milik satu grup, dirujuk ke RS kelas C-nya dua hari, lalu ke RS kelas B-nya tiga hari; satu dokter paru yang berizin di ketiganya menjadi DPJP di setiap langkah.',
    en: 'Ordinary pneumonia (severity I throughout, no ICU, no worsening) is admitted for one day at a group’s class D hospital, referred to its class C hospital for two days, then to its class B hospital for three; one pulmonologist licensed at all three is the DPJP at every step.',
  },
  build(ctx) {
    const d = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'D', offset: [-0.03, 0.03] });
    const c = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', offset: [0.035, 0.02] });
    const b = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'B', offset: [0.01, 0.035] });
    const pulmonologist = ctx.doctor({ specialty: 'SP_P', at: [d, c, b] });
    const patients = [
      ['L', '1957-03-14', '2026-01-12'],
      ['P', '1962-08-01', '2026-02-02'],
      ['L', '1949-12-19', '2026-02-23'],
      ['P', '1966-05-25', '2026-03-16'],
      ['L', '1954-10-07', '2026-04-13'],
    ] as const;
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, day], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: d.regency });
      const step = (facility: Facility, masuk: string, los: number, sep: SepSpec, last: boolean, k: number) =>
        ctx.claim({
          member,
          facility,
          masuk,
          pulang: addDays(masuk, los),
          cbg: 'J-4-16-I',
          dx: ['J18.9'],
          px: k === 0 ? ['87.44', '99.21'] : ['99.21'],
          dpjp: pulmonologist,
          discharge: last ? 1 : 2,
          scale: bill(3 * i + k),
          sep,
        });
      const atC = addDays(day, 1);
      const atB = addDays(atC, 2);
      fraud.push(
        step(d, day, 1, igd({ masukAt: '20:30', pulangAt: '13:00' }), false, 0),
        step(c, atC, 2, inap(ctx.hospitalReferral(d, atC), { masukAt: '14:10', pulangAt: '13:30' }), false, 1),
        step(b, atB, 3, inap(ctx.hospitalReferral(c, atB), { masukAt: '15:00' }), true, 2),
      );
    });
    return { fraud };
  },
});
