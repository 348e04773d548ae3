// Near miss of CANCELLED_SERVICE (Z53.8, "procedure not carried out", on a surgical patient).
// Elective surgery is cancelled on the day for a share of patients (commonly 5-15%: a fever or
// a raised blood pressure at the anaesthetic review, a full emergency list). A class B
// hospital bills those admissions honestly: Z53.8 and the reason as secondaries, no procedure
// code, no theatre fee or operation time, a medical group, home the next day; the patient is
// rebooked and operated weeks later, that claim with its operation. The operated hernias of
// the same list are context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member, Referral } from '../types.js';
import { inap } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';
import { PLACES6 } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-CANCELLED-61',
  kind: 'near_miss',
  code: 'CANCELLED_SERVICE',
  description: {
    id: 'Operasi elektif sebagian batal pada hari itu (demam, tekanan darah tinggi saat konsultasi anestesi); RS kelas B menagih rawatnya dengan jujur: Z53.8 dan alasannya sebagai diagnosis sekunder, tanpa kode tindakan, tanpa jasa operasi, kelompok medis, pulang esok hari; beberapa minggu kemudian pasien dioperasi.',
    en: 'Some elective operations are cancelled on the day (fever, high blood pressure at the anaesthetic review); a class B hospital bills the admission honestly: Z53.8 and the reason as secondaries, no procedure code, no theatre fee, a medical group, home the next day; weeks later the patient is operated.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.tangerang, hospitalClass: 'B', offset: [-0.03, 0.02] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_B', at: [rs] });
    // birth date, admission, cancelled for (empty: operated as planned), side
    const list = [
      ['1961-02-09', '2026-01-13', 'J06.9', 'R'],
      ['1974-06-25', '2026-01-20', '', 'L'],
      ['1958-10-14', '2026-01-27', '', 'R'],
      ['1969-03-31', '2026-02-03', 'I10', 'R'],
      ['1980-08-19', '2026-02-10', '', 'L'],
      ['1955-12-07', '2026-02-24', '', 'R'],
      ['1966-05-22', '2026-03-03', 'J06.9', 'L'],
      ['1977-01-15', '2026-03-10', '', 'R'],
      ['1963-09-28', '2026-03-17', '', 'R'],
      ['1971-04-04', '2026-03-31', '', 'L'],
    ] as const;
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = [];
    const operate = (member: Member, day: string, side: 'R' | 'L', i: number, referral: Referral) =>
      ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 2),
        cbg: 'K-1-13-I',
        dx: ['K40.9'],
        px: ['53.00'],
        laterality: [side],
        dpjp: surgeon,
        scale: bill(460 + i),
        sep: inap(referral),
      });
    list.forEach(([born, day, reason, side], i) => {
      const p = referredPatient(ctx, { sex: 'L', birthDate: born, segment: 'PBPU', careClass: 2 }, puskesmas, rs, day, ['K40.9']);
      if (!reason) {
        context.push(operate(p.member, day, side, i, p.referral));
        return;
      }
      nearMiss.push(
        ctx.claim({
          ...p,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 1),
          cbg: 'K-4-17-I',
          dx: ['K40.9', 'Z53.8', reason],
          dpjp: surgeon,
          billedRatio: 0.55,
          scale: bill(470 + i),
          sep: inap(p.referral, { masukAt: '07:00', pulangAt: '10:30' }),
        }),
      );
      const rebooked = addDays(day, 35);
      context.push(operate(p.member, rebooked, side, 20 + i, ctx.hospitalReferral(rs, addDays(day, 1))));
    });
    return { context, nearMiss };
  },
});
