// DOMAIN.md section 3, PHANTOM_BILLING: "service after date of death". Heart patients of a
// class C private hospital's cardiac clinic come monthly for their control. Four of them die
// at home; the deaths reach the registers through the BPJamsostek death benefit (JKM), which
// the family claimed, not through a hospital. The clinic keeps billing their monthly controls
// for two to three months after the death: same cardiologist, same group, each on a referral
// the hospital wrote itself.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { PLACES8, bornBefore } from './r8-common.js';

export default defineScenario({
  id: 'RT-PHANTOM-81',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Pasien poli jantung RS swasta kelas C kontrol setiap bulan; empat di antaranya meninggal di rumah dan kematiannya tercatat melalui klaim JKM BPJamsostek oleh keluarga, bukan melalui RS. Poli tetap menagih kontrol bulanan mereka 2-3 bulan setelah kematian, dokter dan kelompok sama, dengan rujukan internal RS.',
    en: 'Cardiac clinic patients of a class C private hospital come monthly; four die at home and the deaths are recorded through the family’s JKM death-benefit claim, not by a hospital. The clinic keeps billing their monthly controls for 2-3 months after death, same cardiologist and group, on the hospital’s own referrals.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES8.bontang, hospitalClass: 'C', offset: [0.01, 0.01] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const patients = [
      ['L', '2026-01-05', '2026-02-14', 3],
      ['P', '2026-01-07', '2026-02-21', 3],
      ['L', '2026-01-12', '2026-03-02', 2],
      ['L', '2026-01-14', '2026-03-09', 2],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, first, died, after], i) => {
      const member = ctx.member({
        sex,
        birthDate: bornBefore(first, 51 + 2 * i, i),
        segment: 'PPU',
        careClass: 2,
        regency: rs.regency,
        worker: { since: '2004-03-01', wage: 5_200_000 + 300_000 * i },
      });
      ctx.death({ member, date: died, source: 'JKM' });
      let previous = addDays(first, -28);
      for (let k = 0; ; k++) {
        const day = clinicDay(addDays(first, 28 * k));
        const afterDeath = day > died;
        if (afterDeath && fraud.filter((c) => c.row['nomor_kartu'] === member.nomorKartu).length >= after) break;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'I-5-16-0',
          dx: ['I11.9', 'I25.1'],
          px: ['89.52'],
          dpjp: cardiologist,
          scale: bill(10_000 + 10 * i + k),
          sep: jalan(ctx.hospitalReferral(rs, previous), { masukAt: hhmm(8 + ((i + k) % 5), 30) }),
        });
        (afterDeath ? fraud : context).push(claim);
        previous = day;
      }
    });
    return { context, fraud };
  },
});
