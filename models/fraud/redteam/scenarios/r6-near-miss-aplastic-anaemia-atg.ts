// Near miss of INFLATED_BILL (a drug line many times its group's). Severe aplastic anaemia
// (D61.9) in patients with no matched donor is treated with horse anti-thymocyte globulin and
// ciclosporin (British Society for Haematology guideline 2016; Perhimpunan Hematologi
// Onkologi Medik Indonesia), a five-day infusion course given in hospital with platelet and
// red-cell support. At a class A referral hospital the drug line is eight to twelve times the
// anaemia group's usual (iron deficiency, thrombocytopenia), blood services high with it:
// the drug is the treatment, and the diagnosis says so.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES6, clinicDay, sentOnBy } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-APLASTIC-61',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'Anemia aplastik berat tanpa donor cocok diobati dengan globulin anti-timosit dan siklosporin, infus lima hari di RS dengan transfusi trombosit dan sel darah merah: di RS rujukan kelas A komponen obat delapan sampai dua belas kali kelompok anemia biasa, pelayanan darah ikut tinggi.',
    en: 'Severe aplastic anaemia with no matched donor is treated with anti-thymocyte globulin and ciclosporin, a five-day infusion in hospital with platelet and red-cell support: at a class A referral hospital the drug line is eight to twelve times the anaemia group’s usual, blood services high with it.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.bandaAceh, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [0.01, 0.01] });
    const referring = ctx.facility({ place: PLACES6.bandaAceh, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [-0.05, 0.04] });
    const haematologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const internistThere = ctx.doctor({ specialty: 'SP_PD', at: [referring] });
    const puskesmas = ctx.fktp(referring.regency, 'PUSKESMAS');
    const patients = [
      ['L', '2002-05-16', '2026-01-19', 8],
      ['P', '1994-10-03', '2026-02-23', 12],
      ['L', '1987-03-27', '2026-03-30', 10],
      ['P', '2006-08-11', '2026-04-27', 9],
    ] as const;
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, drugs], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency });
      // diagnosed by the internist of a class C hospital a week before, who refers on for the treatment
      const sent = sentOnBy(ctx, {
        member,
        from: referring,
        day: clinicDay(addDays(day, -7)),
        cbg: 'Q-5-44-0',
        dx: ['D61.9'],
        dpjp: internistThere,
        scale: bill(330 + i),
        fktp: puskesmas,
      });
      context.push(sent.visit);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 12 + i),
        cbg: 'D-4-13-III',
        dx: ['D61.9', 'D69.6', 'D64.9'],
        px: ['99.04', '38.93', '90.59'],
        dpjp: haematologist,
        scale: times(bill(320 + i), { tarif_obat: drugs, tarif_pelayanan_darah: 4, tarif_laboratorium: 2 }),
        sep: inap(sent.referral, { masukAt: '11:30' }),
      });
    });
    return { context, nearMiss };
  },
});
