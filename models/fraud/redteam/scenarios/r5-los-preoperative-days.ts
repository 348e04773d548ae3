// DOMAIN.md section 3, PROLONGED_LOS: "length of stay stretched". Elective surgery needs its
// work-up (blood count, chest X-ray, anaesthetic review) before admission, as an outpatient;
// patients are admitted the evening before or the morning of the operation. Here elective
// hernia repairs and laparoscopic cholecystectomies are admitted three days before the
// operation (the operation time says so), so stays run six to eight days where the groups'
// norms are three and four; the pre-operative days are room and nursing.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient, times } from './r5-common.js';

export default defineScenario({
  id: 'RT-LOS-52',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Operasi elektif hernia dan kolesistektomi laparoskopik dirawat tiga hari sebelum operasi (waktu operasi mencatatnya), sehingga lama rawat enam sampai delapan hari padahal norma kelompoknya tiga dan empat; hari pra-operasi hanya kamar dan perawatan.',
    en: 'Elective hernia repairs and laparoscopic cholecystectomies are admitted three days before the operation (the operation time records it), so stays run six to eight days where the group norms are three and four; the pre-operative days are room and nursing only.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', offset: [-0.02, 0.025] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    const patients = [
      ['L', '1968-03-12', '2026-01-12', 'hernia', 'R'],
      ['P', '1975-07-25', '2026-01-26', 'gallbladder', 'N'],
      ['L', '1959-10-02', '2026-02-09', 'hernia', 'L'],
      ['P', '1981-12-19', '2026-02-23', 'gallbladder', 'N'],
      ['L', '1972-05-06', '2026-03-09', 'hernia', 'R'],
      ['P', '1964-01-30', '2026-04-06', 'gallbladder', 'N'],
      ['L', '1955-08-14', '2026-04-20', 'hernia', 'L'],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, op, side], i) => {
      const hernia = op === 'hernia';
      const dx = hernia ? ['K40.9'] : ['K80.2'];
      const p = referredPatient(ctx, { sex, birthDate: born, segment: 'PBPU', careClass: 2 }, puskesmas, rs, day, dx);
      const norm = hernia ? 3 : 4;
      const los = norm + 3 + (i % 2);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        pulang: addDays(day, los),
        cbg: hernia ? 'K-1-13-I' : 'B-1-10-I',
        dx,
        px: hernia ? ['53.00'] : ['51.23'],
        laterality: [side],
        dpjp: surgeon,
        scale: times(bill(i), { tarif_kamar: los / norm, tarif_keperawatan: los / norm }),
        sep: inap(p.referral, { masukAt: '13:30', operasiAt: `${addDays(day, 3)} 08:15` }),
      });
    });
    return { fraud };
  },
});
