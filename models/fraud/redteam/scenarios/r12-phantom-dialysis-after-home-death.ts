// DOMAIN.md section 3, PHANTOM_BILLING: "service after date of death", two or three sessions among
// many honest ones, with the death known only outside JKN. The dialysis unit of a new class C
// government hospital in Kutai Timur (East Kalimantan, WITA) runs twice-weekly haemodialysis (four
// patients, Tuesday and Friday, context). Two patients die at home, one recorded by the civil
// registry, one by the JKM death claim his employer's programme paid; the unit keeps billing their
// slots: two sessions after the first death, one after the second, on the ordinary session bill.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { tuesdaysAndFridays } from './r11-common.js';
import { PLACES12 } from './r12-common.js';

/** Death date and its source per patient (null: alive). */
const DEATHS = [{ date: '2026-03-14', source: 'DUKCAPIL' }, null, { date: '2026-04-04', source: 'JKM' }, null] as const;

export default defineScenario({
  id: 'RT-PHANTOM-121',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Unit hemodialisis RS pemerintah kelas C baru di Kutai Timur menjalankan HD dua kali seminggu (empat pasien, Selasa dan Jumat); dua pasien meninggal di rumah (tercatat Dukcapil, dan klaim JKM), tetapi jadwal mereka tetap ditagihkan: dua sesi setelah kematian pertama, satu setelah kematian kedua.',
    en: 'The dialysis unit of a new class C government hospital in Kutai Timur runs twice-weekly haemodialysis (four patients, Tuesday and Friday); two patients die at home (recorded by the civil registry, and by a JKM death claim), yet their slots are still billed: two sessions after the first death, one after the second.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kutaiTimur, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const nephrologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    DEATHS.forEach((death, p) => {
      const sessions = tuesdaysAndFridays('2026-01-05', 30).map(clinicDay);
      const first = sessions[0] as string;
      const worker = death?.source === 'JKM';
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(first, 47 + 6 * p, p),
        segment: worker ? 'PPU' : p % 2 ? 'PBI' : 'PBPU',
        careClass: worker ? 2 : 3,
        regency: rs.regency,
        ...(worker ? { worker: { since: '2015-03-01', wage: 5_100_000 } } : {}),
      });
      if (death) ctx.death({ member, date: death.date, source: death.source });
      const pcare = referredBy(ctx, member, puskesmas, rs, first, ['N18.5']);
      const followUp = ctx.hospitalReferral(rs, first);
      const billedAfter = p === 0 ? 2 : 1;
      let after = 0;
      for (const [k, day] of sessions.entries()) {
        const posthumous = death !== null && day > death.date;
        if (posthumous && ++after > billedAfter) break;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'N-3-15-0',
          dx: ['N18.5', 'Z49.1'],
          px: ['39.95'],
          dpjp: nephrologist,
          sep: jalan(k === 0 ? pcare : followUp, { masukAt: hhmm(7 + 2 * p, 10), pulangAt: hhmm(12 + 2 * p, 20) }),
        });
        (posthumous ? fraud : context).push(claim);
      }
    });
    return { fraud, context };
  },
});
