// DOMAIN.md section 3, UPCODING: a procedure "coded higher". District hospitals remove most
// cataracts by manual small-incision surgery (SICS, ICD-9-CM 13.59): a blade, a rigid PMMA lens of
// a tenth of a foldable one's price, no phaco machine. A new class C private hospital in Brebes
// codes every such operation as phacoemulsification (13.41) with a lens (13.71), which brings the
// phaco top-up SP-02 (Rp2.4M) on top of H-2-36-0. Its bills say what was done: the device line
// is a rigid lens's, the consumables lack the phaco cassette and viscoelastic set, the theatre fee
// is a manual extraction's.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { addDays } from '../context.js';
import { jalan } from './r4-common.js';
import { phacoComponents, referredPatient, scaled } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { bornBefore } from './r8-common.js';
import { every } from './r9-common.js';
import { PLACES10 } from './r10-common.js';

/** What a manual small-incision extraction costs against a phaco package, by bill line (assumption from district price lists). */
const SICS: Readonly<Record<string, number>> = { tarif_alkes: 0.15, tarif_bmhp: 0.45, tarif_prosedur_bedah: 0.8 };

export default defineScenario({
  id: 'RT-UPCODE-103',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas C baru di Brebes mengoperasi katarak dengan teknik manual insisi kecil (SICS) dan lensa kaku, tetapi mengodekan fakoemulsifikasi (13.41) dengan lensa sehingga mendapat top-up SP-02; tagihan alat kesehatan dan BMHP setara SICS, tanpa kaset fako.',
    en: 'A new class C private hospital in Brebes removes cataracts by manual small-incision surgery (SICS) with a rigid lens but codes phacoemulsification (13.41) and a lens, earning the SP-02 top-up; the device and consumables lines are a SICS’s, no phaco cassette.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES10.brebes, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const surgeon = ctx.doctor({ specialty: 'SP_M', at: [rs] });
    const fraud: BuiltClaim[] = every('2026-01-13', 10, 13).map((d, i) => {
      const day = clinicDay(d);
      const { member, referral } = referredPatient(
        ctx,
        { sex: i % 2 ? 'P' : 'L', birthDate: bornBefore(day, 56 + ((i * 3) % 22), i), segment: i % 3 ? 'PBI' : 'PBPU', careClass: 3 },
        puskesmas,
        rs,
        addDays(day, -(9 + i)),
        ['H25.9'],
      );
      const side = i % 3 === 1 ? 'L' : 'R';
      const start = 8 * 60 + 40 * (i % 4);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'H-2-36-0',
        dx: ['H25.9'],
        px: ['13.41', '13.71'],
        laterality: [side, side],
        specialCmg: ['SP-02'],
        components: scaled(phacoComponents(3, rs), (c) => (SICS[c] ?? 1) * (0.96 + 0.01 * (i % 5))),
        dpjp: surgeon,
        sep: jalan(referral, {
          masukAt: hhmm(Math.floor(start / 60), start % 60),
          pulangAt: hhmm(Math.floor(start / 60) + 4, start % 60),
          operasiAt: `${day} ${hhmm(Math.floor(start / 60) + 1, start % 60)}`,
        }),
      });
    });
    return { fraud };
  },
});
