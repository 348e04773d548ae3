// DOMAIN.md section 3, PROLONGED_LOS: "LOS above the 90th percentile for the CBG and severity".
// Uncomplicated falciparum malaria is treated with a three-day oral artemisinin combination and
// the patient goes home when the fever is gone and the smear is clearing (Kemenkes Pedoman
// Tatalaksana Malaria 2020; WHO 2023). A new class C private hospital in Nabire (Papua Tengah,
// WIT) keeps one internist's uncomplicated malaria patients nine to eleven days (A-4-14-I, norm
// four): one smear on admission and one on day three, the three-day course, then nothing but bed,
// meals and nursing; the room and nursing lines grow with the days, the rest is a four-day stay's.
// The hospital's other internist sends the same patients home on day three or four (context).
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-LOS-111',
  kind: 'fraud',
  code: 'PROLONGED_LOS',
  description: {
    id: 'Seorang internis RS swasta kelas C baru di Nabire menahan pasien malaria falsiparum tanpa komplikasi sembilan sampai sebelas hari (norma empat): apusan darah saat masuk dan hari ketiga, obat ACT tiga hari, lalu hanya tempat tidur dan perawatan; tagihan kamar dan keperawatan bertambah, sisanya tagihan empat hari. Internis lain memulangkan pasien serupa hari ketiga atau keempat.',
    en: 'One internist at a new class C private hospital in Nabire keeps uncomplicated falciparum malaria patients nine to eleven days (norm four): a smear on admission and on day three, a three-day ACT course, then only bed and nursing; room and nursing lines grow, the rest is a four-day bill. The other internist sends such patients home on day three or four.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES11.nabire, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const holder = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const other = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-10', 16, 8).forEach((day, i) => {
      const held = i % 2 === 0;
      const days = held ? 9 + (i % 3) : 3 + (i % 2);
      const member = patient(ctx, rs, day, i, { age: 19 + ((i * 5) % 40) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: 'A-4-14-I',
        dx: ['B50.9'],
        px: ['90.59'],
        dpjp: held ? holder : other,
        scale: times(bill(14_100 + i), { tarif_kamar: days / 4, tarif_keperawatan: days / 4 }),
        sep:
          i % 3 === 1
            ? inap(referredBy(ctx, member, puskesmas, rs, day, ['B50.9']), { masukAt: hhmm(9 + (i % 5), 20) })
            : igd({ masukAt: hhmm(6 + ((i * 7) % 17), (13 * i) % 60) }),
      });
      (held ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
