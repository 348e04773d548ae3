// Near miss of INFLATED_BILL (RT-INFLATED-101's honest twin: dialysis consumables far above the
// group's). The dialysis unit of the class C government hospital of Subang reuses dialysers for
// most patients, but never for patients with hepatitis B or HIV (PERNEFRI and infection-control
// guidance: single use, a dedicated machine): their sessions carry a new dialyser and bloodline
// every time, so their consumables and devices lines run two to two and a half times the others'.
// The diagnosis on the claim says why. The unit's other patients (context) bill ordinary sessions.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { PLACES10 } from './r10-common.js';

export default defineScenario({
  id: 'RT-NM-DIALYSER-108',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'Unit hemodialisis RS pemerintah kelas C Subang memakai ulang dializer kecuali pada pasien hepatitis B atau HIV yang wajib sekali pakai; sesi mereka memakai dializer dan blood line baru sehingga BMHP dan alat kesehatan dua sampai dua setengah kali pasien lain, dan diagnosisnya tercatat di klaim.',
    en: 'The dialysis unit of the class C government hospital of Subang reuses dialysers except for patients with hepatitis B or HIV, who must have single use; their sessions carry a new dialyser and bloodline, so consumables and devices run two to two and a half times the others’, the infection coded on the claim.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.subang, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const infection = ['B18.1', 'B20.9', 'B18.1', null, null, null] as const;
    infection.forEach((virus, p) => {
      const first = clinicDay(addDays('2026-02-02', p % 3));
      const member = ctx.member({
        sex: p % 2 ? 'P' : 'L',
        birthDate: bornBefore(first, 38 + 5 * p, p),
        segment: p % 2 ? 'PBI' : 'PPU',
        careClass: p % 2 ? 3 : 2,
        regency: rs.regency,
      });
      const referral = ctx.hospitalReferral(rs, first);
      for (let s = 0; s < 6; s++) {
        const day = clinicDay(addDays(first, 7 * Math.floor(s / 2) + 3 * (s % 2)));
        const start = virus ? 13 : 7;
        const claim = ctx.claim({
          member,
          facility: rs,
          masuk: day,
          cbg: 'N-3-15-0',
          dx: virus ? ['N18.5', virus, 'Z49.1'] : ['N18.5', 'Z49.1'],
          px: ['39.95'],
          dpjp: internist,
          ...(virus
            ? { scale: { tarif_bmhp: 2.2 + 0.05 * ((p + s) % 4), tarif_alkes: 1.9 + 0.04 * (s % 3) } }
            : { scale: { tarif_obat: 0.9 + 0.05 * (s % 3) } }),
          sep: jalan(referral, { masukAt: hhmm(start, 15 * (p % 3)), pulangAt: hhmm(start + 5, 15 * (p % 3)) }),
        });
        (virus ? nearMiss : context).push(claim);
      }
    });
    return { nearMiss, context };
  },
});
