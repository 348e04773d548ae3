// DOMAIN.md section 3, UNNECESSARY_TREATMENT: "admission or treatment without medical need".
// Scheduled chemotherapy is day care (INA-CBG C-3-12-0, outpatient chemotherapy, PMK 26/2021
// case type 3); a class B hospital admits every cycle for one night instead (C-4-12-I): in at
// eight, the infusion over, home the next morning, every 21 days. The outpatient group exists
// for exactly this care; the inpatient tariff is paid for a bed that was not needed.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-UNNEC-43',
  kind: 'fraud',
  code: 'UNNECESSARY_TREATMENT',
  description: {
    id: 'RS kelas B merawat inap satu malam setiap siklus kemoterapi terjadwal (C-4-12-I) yang semestinya rawat sehari (C-3-12-0): masuk pukul delapan, pulang esok pagi, tiap 21 hari.',
    en: 'A class B hospital admits every scheduled chemotherapy cycle for one night (C-4-12-I) instead of day care (C-3-12-0): in at eight, home the next morning, every 21 days.',
  },
  build(ctx) {
    const place = PLACES.bandung;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'SWASTA', offset: [0.015, 0.01] });
    const oncologist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const patients = [
      ['P', '1971-02-15', 'C50.9', '2026-01-06'],
      ['P', '1966-10-30', 'C53.9', '2026-01-13'],
      ['L', '1958-06-06', 'C34.9', '2026-01-20'],
      ['P', '1975-08-24', 'C50.9', '2026-01-27'],
    ] as const;
    patients.forEach(([sex, born, dx, first], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: i % 2 ? 'PBI' : 'PPU', careClass: 3, regency: place.regency });
      // the first cycle's referral came from a hospital clinic after the diagnosis (internal referral)
      const referral = ctx.hospitalReferral(rs, addDays(first, -7));
      for (let cycle = 0; cycle < 4; cycle++) {
        const day = addDays(first, 21 * cycle);
        const claim = ctx.claim({
          member: m,
          facility: rs,
          masuk: day,
          pulang: addDays(day, 1),
          cbg: 'C-4-12-I',
          dx: [dx, 'Z51.1'],
          px: ['99.25'],
          dpjp: oncologist,
          scale: own(4 * i + cycle),
          sep: inap(referral, { masukAt: '08:05', pulangAt: '09:30' }),
        });
        // the first admission, for staging work-up, may be needed: context; the routine cycles are the scheme
        (cycle === 0 ? context : fraud).push(claim);
      }
    });
    return { fraud, context };
  },
});
