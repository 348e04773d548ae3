// DOMAIN.md section 3, PROLONGED_LOS. A class A referral hospital has long stays for good
// reasons (kidney failure on dialysis, respiratory failure), and its peers are the few other
// class A hospitals: it stretches its simple cases among them. Urinary tract infections
// (N-4-11-I, norm three days) and leg cellulitis (L-4-10-I, norm four) of referred patients,
// severity I, are kept eight to ten days; antibiotics and tests end with the norm, room and
// nursing run on. The hospital's genuinely long severe stays are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-LOS-62',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'RS rujukan kelas A pemerintah, yang memang punya rawat panjang untuk kasus berat, menahan kasus sederhana rujukan puskesmas (ISK, selulitis tungkai, keparahan I) delapan sampai sepuluh hari; antibiotik dan pemeriksaan selesai sesuai norma, kamar dan keperawatan terus ditagih.',
    en: 'A government class A referral hospital, with genuinely long stays for severe cases, keeps simple referred cases (urinary tract infection, leg cellulitis, severity I) eight to ten days; antibiotics and tests end with the norm, room and nursing billed on.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.padang, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const severe = [
      ['L', '1957-06-11', '2026-01-09', 'N-4-10-III', ['N17.9', 'E87.6', 'D64.9'], ['39.95', '38.93'], 10, 2],
      ['P', '1950-03-27', '2026-02-02', 'J-4-20-III', ['J96.0', 'J18.9'], ['96.04', '96.71'], 12, 4],
      ['L', '1946-11-04', '2026-03-03', 'N-4-10-III', ['N17.9', 'E87.1'], ['39.95', '38.93'], 9, 1],
      ['P', '1961-08-19', '2026-04-06', 'J-4-20-III', ['J96.0', 'J81'], ['96.04', '96.71'], 11, 3],
    ] as const;
    const context: BuiltClaim[] = severe.map(([sex, born, day, cbg, dx, px, los, icuDays], i) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg,
        dx,
        px,
        icuDays,
        ventilatorHours: cbg.startsWith('J') ? 40 + 10 * i : 0,
        dpjp: internist,
        scale: bill(50 + i),
        sep: igd({ masukAt: '02:40' }),
      }),
    );
    const simple = [
      ['P', '1972-02-15', '2026-01-14', 'N', 8],
      ['L', '1966-09-03', '2026-01-28', 'L', 9],
      ['P', '1981-05-22', '2026-02-18', 'N', 10],
      ['L', '1959-12-09', '2026-03-10', 'L', 8],
      ['P', '1976-07-30', '2026-04-01', 'N', 9],
      ['L', '1969-04-17', '2026-04-22', 'L', 10],
      ['P', '1985-10-05', '2026-05-11', 'N', 8],
    ] as const;
    const fraud: BuiltClaim[] = simple.map(([sex, born, day, organ, los], i) => {
      const uti = organ === 'N';
      const dx = uti ? ['N39.0'] : ['L03.1'];
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBI', careClass: 3 }, puskesmas, rs, day, dx);
      const norm = uti ? 3 : 4;
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: uti ? 'N-4-11-I' : 'L-4-10-I',
        dx,
        px: uti ? ['57.94'] : ['99.21'],
        dpjp: internist,
        scale: times(bill(60 + i), { tarif_kamar: los / norm, tarif_keperawatan: los / norm }),
        sep: inap(p.referral),
      });
    });
    return { context, fraud };
  },
});
