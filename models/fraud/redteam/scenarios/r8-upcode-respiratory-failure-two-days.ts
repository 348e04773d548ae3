// DOMAIN.md section 3, UPCODING. Asthmatic children admitted overnight with an attack at a
// class C private hospital are coded acute respiratory failure (J96.0) as the primary
// diagnosis with the asthma second, grouping them in respiratory failure (J-4-20, Rp7.2M)
// instead of asthma (J-4-19, Rp2.0M). Respiratory failure is a blood-gas diagnosis treated with
// ventilation or at least high-flow oxygen in intensive care: these children had nebulisation
// on the ward, no intensive care, no ventilator hour, no blood gas billed beyond an ordinary
// stay's laboratory, and went home after two days with the bill of an asthma stay. Their
// puskesmas records asthma before and after.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES8, billOf, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-UPCODE-86',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'Anak penderita asma dirawat semalam karena serangan di RS swasta kelas C dikode gagal napas akut (J96.0) sebagai diagnosis utama (kelompok gagal napas, 3,6 kali tarif asma): hanya nebulisasi di bangsal, tanpa ICU, ventilator atau analisis gas darah, pulang setelah dua hari dengan tagihan rawat asma.',
    en: 'Asthmatic children admitted overnight with an attack at a class C private hospital are coded acute respiratory failure (J96.0) as primary (the respiratory-failure group, 3.6 times the asthma tariff): nebulisation on the ward only, no ICU, ventilator or blood gas, home after two days with the bill of an asthma stay.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.sibolga, hospitalClass: 'C', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const days = ['2026-01-21', '2026-02-11', '2026-03-02', '2026-03-25', '2026-04-14', '2026-05-06'] as const;
    const fraud: BuiltClaim[] = days.map((day, i) => {
      const member = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: bornBefore(day, 5 + i, i),
        segment: i % 3 ? 'PBI' : 'PBPU',
        careClass: 3,
        regency: rs.regency,
      });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, -50 - i), dx: ['J45.9'] });
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(day, 21 + i), dx: ['J45.9'] });
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'J-4-20-I',
        dx: ['J96.0', 'J45.9'],
        px: ['93.96'],
        dpjp: paediatrician,
        billedRatio: billOf('J-4-19-I', 'J-4-20-I'),
        scale: { ...bill(8600 + i), tarif_radiologi: 0 },
        sep: igd({ masukAt: hhmm(19 + (i % 4), 15 + 5 * i) }),
      });
    });
    return { fraud };
  },
});
