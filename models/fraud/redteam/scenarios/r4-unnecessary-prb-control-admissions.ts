// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission ... without medical need". Members in
// the chronic programme (PRB, Program Rujuk Balik: stable patients referred back to primary
// care, collecting a month's medication at a PRB pharmacy; SCHEMA.md prb_claims) are admitted
// for two nights of "control" of the very diabetes or hypertension the programme certifies as
// stable: no acute diagnosis, a refill the week before and the next one on schedule after.
// Each admission carries a genuine referral from the member's FKTP (the FKTP is complicit or
// asked by the patient): only the clinical picture says the stay was not needed.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-UNNEC-42',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'Peserta Program Rujuk Balik yang stabil (obat bulanan diambil teratur di apotek PRB) dirawat inap dua malam untuk "kontrol" diabetes atau hipertensi tanpa diagnosis akut, dengan rujukan FKTP yang sah.',
    en: 'Stable chronic-programme (PRB) members, collecting their monthly medication on schedule, are admitted for two nights of diabetes or hypertension "control" with no acute diagnosis, on a genuine FKTP referral.',
  },
  build(ctx) {
    const place = PLACES.palembang;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [-0.01, 0.02] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const patients = [
      ['L', '1956-05-14', 'E11.9', 'E-4-10-I', '99.18', '2026-02-10', 8],
      ['P', '1959-09-02', 'I10', 'I-4-17-I', '89.52', '2026-02-24', 5],
      ['L', '1952-01-22', 'E11.9', 'E-4-10-I', '99.18', '2026-03-10', 6],
      ['P', '1961-12-08', 'I10', 'I-4-17-I', '89.52', '2026-03-24', 9],
      ['L', '1954-07-19', 'I10', 'I-4-17-I', '89.52', '2026-04-07', 4],
      ['P', '1957-03-03', 'E11.9', 'E-4-10-I', '99.18', '2026-04-21', 7],
    ] as const;
    patients.forEach(([sex, born, dx, cbg, px, day, sinceRefill], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 3, regency: place.regency });
      // monthly PRB refills from November on, about every 30 days, before and after the stay
      const lastBefore = addDays(day, -sinceRefill);
      for (let k = -3; k <= 1; k++)
        ctx.prbClaim({
          member: m,
          fktp: puskesmas,
          date: addDays(lastBefore, 30 * k),
          dx,
          days: 30,
          cost: dx === 'I10' ? 118_000 : 164_000,
        });
      const referral = referredBy(ctx, m, puskesmas, rs, day, [dx]);
      fraud.push(
        ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 2),
          cbg,
          dx: [dx],
          px: [px],
          dpjp: internist,
          billedRatio: 0.7,
          scale: own(i),
          sep: inap(referral, { masukAt: '10:20', pulangAt: '10:05' }),
        }),
      );
    });
    return { fraud };
  },
});
