// Near miss of PHANTOM_BILLING ("one card at two distant facilities on the same day"). People
// fly: a Makassar trader is seen in the cardiac clinic at 08:00, flies to Jakarta (2 h 20 min)
// and reaches a Jakarta emergency department that night with a heart attack; a Denpasar hotel
// worker seen in a digestive clinic in the morning flies to Surabaya (1 h) and is operated
// there that night for appendicitis; a Surabaya clerk visits her puskesmas for a fever in the
// morning, travels to Jakarta for work and is admitted there that evening with dengue. The
// times on the SEPs leave hours between the places.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, jalan } from './r4-common.js';
import { bill, referredPatient } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-FLEW-51',
  kind: 'near_miss',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Orang bepergian dengan pesawat: pedagang Makassar kontrol di poli jantung pukul 08.00, terbang ke Jakarta dan malamnya tiba di IGD Jakarta dengan serangan jantung; pekerja hotel Denpasar kontrol poli pencernaan pagi hari, terbang ke Surabaya dan malamnya dioperasi usus buntu; pegawai Surabaya ke puskesmas karena demam pagi hari dan malamnya dirawat dengue di Jakarta. Jam di SEP menyisakan beberapa jam antara tempat-tempat itu.',
    en: 'People fly: a Makassar trader seen in the cardiac clinic at 08:00 flies to Jakarta and reaches a Jakarta emergency department that night with a heart attack; a Denpasar hotel worker seen in a digestive clinic in the morning flies to Surabaya and is operated there that night for appendicitis; a Surabaya clerk visits her puskesmas with fever in the morning and is admitted in Jakarta that evening with dengue. The SEP times leave hours between the places.',
  },
  build(ctx) {
    const makassar = ctx.facility({ place: PLACES.makassar, hospitalClass: 'B', offset: [0.03, -0.03] });
    const denpasar = ctx.facility({ place: PLACES.denpasar, hospitalClass: 'C', offset: [0.02, 0.03] });
    const jakarta = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'B', offset: [0.03, 0.01] });
    const surabaya = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', offset: [-0.01, -0.035] });
    const doctor = (f: typeof jakarta, specialty: 'SP_JP' | 'SP_PD' | 'SP_B') => ctx.doctor({ specialty, at: [f] });
    const nearMiss: BuiltClaim[] = [];

    const trader = referredPatient(
      ctx,
      { sex: 'L', birthDate: '1961-04-09', segment: 'PBPU', careClass: 1 },
      ctx.fktp(makassar.regency, 'KLINIK_PRATAMA'),
      makassar,
      '2026-02-12',
      ['I10'],
    );
    nearMiss.push(
      ctx.claim({
        ...trader,
        facility: makassar,
        masuk: '2026-02-12',
        cbg: 'I-5-16-0',
        dx: ['I10', 'I20.9'],
        px: ['89.52'],
        dpjp: doctor(makassar, 'SP_JP'),
        sep: jalan(trader.referral, { masukAt: '08:00', pulangAt: '09:10' }),
      }),
      ctx.claim({
        member: trader.member,
        facility: jakarta,
        masuk: '2026-02-12',
        pulang: '2026-02-17',
        cbg: 'I-4-10-II',
        dx: ['I21.4', 'I10'],
        px: ['89.52', '88.72'],
        dpjp: doctor(jakarta, 'SP_JP'),
        scale: bill(1),
        sep: igd({ masukAt: '21:40' }),
      }),
    );

    const hotel = referredPatient(
      ctx,
      { sex: 'P', birthDate: '1993-08-25', segment: 'PPU', careClass: 2 },
      ctx.fktp(denpasar.regency, 'PUSKESMAS'),
      denpasar,
      '2026-03-26',
      ['R10.4'],
    );
    nearMiss.push(
      ctx.claim({
        ...hotel,
        facility: denpasar,
        masuk: '2026-03-26',
        cbg: 'K-5-14-0',
        dx: ['R10.4'],
        px: ['88.76'],
        dpjp: doctor(denpasar, 'SP_PD'),
        sep: jalan(hotel.referral, { masukAt: '08:40', pulangAt: '10:00' }),
      }),
      ctx.claim({
        member: hotel.member,
        facility: surabaya,
        masuk: '2026-03-26',
        pulang: '2026-03-29',
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: ['47.09'],
        dpjp: doctor(surabaya, 'SP_B'),
        scale: bill(2),
        sep: igd({ masukAt: '19:05', operasiAt: '2026-03-26 23:30' }),
      }),
    );

    const clerk = ctx.member({ sex: 'P', birthDate: '1996-12-03', segment: 'PPU', careClass: 2, regency: PLACES.surabaya.regency });
    ctx.fktpVisit({ member: clerk, fktp: ctx.fktp(PLACES.surabaya.regency, 'PUSKESMAS'), date: '2026-01-21', dx: ['R50.9'] });
    nearMiss.push(
      ctx.claim({
        member: clerk,
        facility: jakarta,
        masuk: '2026-01-21',
        pulang: addDays('2026-01-21', 4),
        cbg: 'A-4-13-I',
        dx: ['A90'],
        px: ['90.59'],
        dpjp: doctor(jakarta, 'SP_PD'),
        scale: bill(3),
        sep: igd({ masukAt: '20:15' }),
      }),
    );
    return { nearMiss };
  },
});
