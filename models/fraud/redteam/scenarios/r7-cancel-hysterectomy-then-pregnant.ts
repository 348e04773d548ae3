// DOMAIN.md section 3, CANCELLED_SERVICE; SCHEMA.md fktp_visits (healthy visits: antenatal
// care). A private class C hospital bills abdominal hysterectomies for fibroids (D25.9, 68.49,
// W-1-11-I) in full: theatre fee, operation time, consumables, four days. The women had a
// work-up and were sent home; three to four months later each is at her puskesmas for antenatal
// care and referred to the government hospital's antenatal clinic with a pregnancy (Z34.9,
// obstetric ultrasound; context). A woman without a uterus does not become pregnant.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

export default defineScenario({
  id: 'RT-CANCEL-72',
  kind: 'fraud',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'RS swasta kelas C menagih histerektomi abdominal karena mioma secara penuh (jasa operasi, waktu operasi, BMHP, empat hari); tiga sampai empat bulan kemudian perempuan yang sama melakukan pemeriksaan kehamilan di puskesmas dan dirujuk ke poli kandungan RS pemerintah dengan kehamilan.',
    en: 'A private class C hospital bills abdominal hysterectomies for fibroids in full (theatre fee, operation time, consumables, four days); three to four months later the same women attend antenatal care at their puskesmas and are referred to a government hospital’s antenatal clinic with a pregnancy.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.banjarbaru, hospitalClass: 'C', offset: [0.01, 0.01] });
    const other = ctx.facility({ place: PLACES7.banjarbaru, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.015, 0.005] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const gynaecologist = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [other] });
    const women = [
      ['1988-04-17', '2026-01-06', 120],
      ['1985-09-02', '2026-01-13', 112],
      ['1991-02-25', '2026-01-20', 105],
      ['1987-11-11', '2026-01-27', 114],
      ['1990-06-30', '2026-02-03', 98],
    ] as const;
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    women.forEach(([born, day, later], i) => {
      const member = ctx.member({ sex: 'P', birthDate: born, segment: i % 2 ? 'PPU' : 'PBPU', careClass: 2, regency: rs.regency });
      const referral = referredBy(ctx, member, puskesmas, rs, addDays(day, -9), ['D25.9']);
      fraud.push(
        ctx.claim({
          member,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 4),
          cbg: 'W-1-11-I',
          dx: ['D25.9'],
          px: ['68.49'],
          dpjp: gynaecologist,
          scale: bill(840 + i),
          sep: inap(referral, { masukAt: '08:45' }),
        }),
      );
      const visit = clinicDay(addDays(day, later));
      ctx.fktpVisit({ member, fktp: puskesmas, date: addDays(visit, -28), dx: [] });
      const anc = ctx.fktpVisit({ member, fktp: puskesmas, date: visit, dx: ['Z34.9'], referTo: other });
      if (!anc) throw new Error('a visit with referTo writes a referral');
      context.push(
        ctx.claim({
          member,
          facility: other,
          masuk: visit,
          cbg: 'O-7-10-0',
          dx: ['Z34.9'],
          px: ['88.78'],
          dpjp: obstetrician,
          scale: bill(850 + i),
          sep: jalan(anc, { masukAt: '09:20' }),
        }),
      );
    });
    return { context, fraud };
  },
});
