// DOMAIN.md section 3, SELF_REFERRAL: "referral loops between facilities sharing doctors; transfer
// within 3 days; 1-2 day stays then referred". In Ketapang (West Kalimantan) an internist holds his
// morning practice at a klinik pratama and at a new class D private hospital, and his afternoon ward
// at a new class C private hospital six kilometres away; the registry knows him under two doctor ids
// (his registration was re-entered when the class C hospital took him on), so no single id links the
// three places. Patients he sees at the klinik with ordinary pneumonia or typhoid are referred to the
// class D hospital, kept one or two days at severity I and "referred up" to the class C hospital,
// where he admits them again for four or five days: nothing worsened, no test the class D hospital
// lacks.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES11 } from './r11-common.js';

export default defineScenario({
  id: 'RT-SELFREF-111',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Seorang internis di Ketapang praktik pagi di klinik pratama dan RS swasta kelas D baru, sore di RS swasta kelas C baru 6 km jauhnya, tercatat dengan dua id dokter; pasien pneumonia atau tifoid biasa yang ia periksa di klinik dirujuk ke RS kelas D, dirawat satu-dua hari keparahan I, lalu "dirujuk naik" ke RS kelas C tempat ia merawatnya lagi empat-lima hari, tanpa perburukan.',
    en: 'An internist in Ketapang practises mornings at a primary clinic and a new class D private hospital and afternoons at a new class C private hospital 6 km away, registered under two doctor ids; ordinary pneumonia or typhoid patients he sees at the clinic are referred to the class D hospital, kept one or two days at severity I, then "referred up" to the class C hospital where he admits them again for four or five days, with nothing worse.',
  },
  build(ctx) {
    const small = ctx.facility({ place: PLACES11.ketapang, hospitalClass: 'D' });
    const big = ctx.facility({ place: PLACES11.ketapang, hospitalClass: 'C', offset: [0.04, 0.03] });
    const klinik = ctx.fktp(small.regency, 'KLINIK_PRATAMA');
    const asFirst = ctx.doctor({ specialty: 'SP_PD', at: [klinik, small] });
    const asSecond = ctx.doctor({ specialty: 'SP_PD', at: [big] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-12', 8, 15).forEach((day, i) => {
      const pneumonia = i % 2 === 0;
      const dx = pneumonia ? ['J18.9'] : ['A01.0'];
      const member = patient(ctx, small, day, i, { age: 28 + ((i * 7) % 40) });
      const kept = 1 + (i % 2);
      const sent = addDays(day, kept);
      fraud.push(
        ctx.claim({
          member,
          facility: small,
          masuk: day,
          pulang: sent,
          cbg: pneumonia ? 'J-4-16-I' : 'A-4-11-I',
          dx,
          px: pneumonia ? ['87.44', '99.21'] : ['99.21'],
          discharge: 2,
          dpjp: asFirst,
          scale: bill(15_500 + i),
          sep: inap(referredBy(ctx, member, klinik, small, day, dx), { masukAt: hhmm(10, 5 * i), pulangAt: hhmm(13, 0) }),
        }),
      );
      context.push(
        ctx.claim({
          member,
          facility: big,
          masuk: sent,
          pulang: addDays(sent, 4 + (i % 2)),
          cbg: pneumonia ? 'J-4-16-I' : 'A-4-11-I',
          dx,
          px: pneumonia ? ['87.44', '99.21'] : ['99.21'],
          dpjp: asSecond,
          scale: bill(15_520 + i),
          sep: inap(ctx.hospitalReferral(small, sent), { masukAt: hhmm(15, 30) }),
        }),
      );
    });
    return { fraud, context };
  },
});
