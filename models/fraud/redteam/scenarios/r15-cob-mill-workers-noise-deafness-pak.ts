// DOMAIN.md section 1 (e-PLKK) and 3, COB_KKPAK: "a KK/PAK case billed to both JKN and JKK", on an
// occupational disease rather than an injury, in an outpatient clinic. A palm-oil mill near Muara
// Tebo (Jambi) reported five press-room workers' noise-induced hearing loss as occupational disease
// (PAK) through e-PLKK; JKK accepted and paid their care and compensation. A new class C private
// hospital's ENT clinic, where they were diagnosed, went on billing their audiometry and follow-up
// visits to JKN under ordinary SEPs on puskesmas referrals (fraud), beside its ordinary ENT clinic
// (ear infections, rhinitis, older people's hearing loss; sixteen visits, context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Member } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const ENT_DX = ['H66.9', 'J30.4', 'J03.9', 'H91.9'];

export default defineScenario({
  id: 'RT-COB-151',
  kind: 'fraud',
  code: 'COB_KKPAK',
  description: {
    id: 'Pabrik kelapa sawit dekat Muara Tebo melaporkan gangguan dengar akibat bising lima pekerja ruang press sebagai PAK lewat e-PLKK; JKK menerima dan membayar perawatan dan santunannya. Poli THT RS swasta kelas C baru, tempat mereka didiagnosis, tetap menagihkan audiometri dan kunjungan kontrolnya ke JKN dengan SEP biasa atas rujukan puskesmas.',
    en: 'A palm-oil mill near Muara Tebo reported five press-room workers’ noise-induced hearing loss as occupational disease (PAK) through e-PLKK; JKK accepted and paid their care and compensation. The ENT clinic of a new class C private hospital, where they were diagnosed, went on billing their audiometry and follow-up visits to JKN under ordinary SEPs on puskesmas referrals.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.tebo, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ent = ctx.doctor({ specialty: 'SP_THT', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const visit = (member: Member, day: string, dx: string, seed: number): BuiltClaim =>
      ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'U-5-13-0',
        dx: [dx],
        dpjp: ent,
        scale: bill(seed),
        sep: jalan(referredBy(ctx, member, puskesmas, rs, day, [dx]), { masukAt: hhmm(9 + (seed % 5), (seed * 7) % 60) }),
      });
    ['2026-01-19', '2026-01-26', '2026-02-03', '2026-02-10', '2026-02-17'].forEach((diagnosed, w) => {
      const worker = ctx.member({
        sex: 'L',
        birthDate: bornBefore(diagnosed, 34 + 4 * w, w),
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: '2014-03-01', wage: 3_400_000 + 150_000 * w },
      });
      ctx.kkpak({
        member: worker,
        accidentDate: diagnosed,
        reportedDate: addDays(diagnosed, 6),
        caseType: 'PAK',
        outcome: 'CACAT_SEBAGIAN',
        daysOff: 0,
        jkkBenefitPaid: 9_500_000 + 700_000 * w,
      });
      // the diagnosing visit was JKK's (e-PLKK); the audiometry and controls after it were billed to JKN
      fraud.push(visit(worker, clinicDay(addDays(diagnosed, 16 + 3 * w)), 'H91.9', 23_100 + w));
      if (w % 2 === 0) fraud.push(visit(worker, clinicDay(addDays(diagnosed, 58 + 2 * w)), 'H91.9', 23_110 + w));
    });
    spread('2026-01-07', 16, 8.3).forEach((d, i) => {
      const day = clinicDay(d);
      const dx = ENT_DX[i % ENT_DX.length] as string;
      const member = patient(ctx, rs, day, i, { age: dx === 'H91.9' ? 62 + (i % 15) : 8 + ((i * 7) % 45) });
      context.push(visit(member, day, dx, 23_120 + i));
    });
    return { fraud, context };
  },
});
