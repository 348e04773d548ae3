// DOMAIN.md section 3, UPCODING, a procedure code upgraded: young adults' femoral shaft
// fractures (S72.3) after motorbike falls at a class B private hospital in Gresik are fixed with
// a plate and screws (79.35, top-up RR-03), but the claim codes a hip replacement (81.51) and
// the hip implant top-up (RR-01, four times the plate's). A hip prosthesis is not put in for a
// shaft fracture of a 25-year-old; the devices line carries the price of a plate, not of an
// implant. Two elderly neck-of-femur fractures at the same hospital really get a hemiarthroplasty
// with its implant on the bill (context: the honest use of the same code and top-up).
import { addDays, inacbgTariff } from '../context.js';
import { SPECIAL_CMG } from '../../../../data-samples/reference/index.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { PLACES9, every, patient } from './r9-common.js';

const TOPUP = new Map(SPECIAL_CMG.map((s) => [s.code, s.tariff]));
/** What a plate and screws cost the hospital, and a hip hemiarthroplasty implant (illustrative hospital prices, rupiah). */
const PLATE_COST = 4_400_000;
const HIP_IMPLANT_COST = 18_500_000;

export default defineScenario({
  id: 'RT-UPCODE-93',
  kind: 'fraud',
  code: 'UPCODING',
  description: {
    id: 'RS swasta kelas B di Gresik memasang pelat dan sekrup pada patah batang femur pasien muda (S72.3) tetapi mengklaim penggantian sendi panggul (81.51) dengan top-up implan panggul RR-01; baris alat kesehatan seharga pelat. Dua lansia patah leher femur benar mendapat hemiartroplasti.',
    en: "A class B private hospital in Gresik fixes young adults' femoral shaft fractures (S72.3) with a plate and screws but claims a hip replacement (81.51) with the hip implant top-up RR-01; the devices line is a plate's price. Two elderly neck-of-femur fractures there really get a hemiarthroplasty.",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES9.gresik, hospitalClass: 'B' });
    const surgeons = [ctx.doctor({ specialty: 'SP_OT', at: [rs] }), ctx.doctor({ specialty: 'SP_OT', at: [rs] })];
    const fraud: BuiltClaim[] = every('2026-01-17', 5, 26).map((day, i) => {
      const member = patient(ctx, rs, day, i, { age: 19 + 4 * i, sex: i === 2 ? 'P' : 'L', segment: i % 2 ? 'PBI' : 'PBPU' });
      const tariff = inacbgTariff('M-1-30-I', member.careClass, rs);
      const side = i % 2 ? 'R' : 'L';
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 5 + (i % 3)),
        cbg: 'M-1-30-I',
        dx: ['S72.3'],
        px: ['81.51', '87.44'],
        laterality: [side, 'N'],
        specialCmg: ['RR-01'],
        // the bill of a plate fixation: 85% of the group's tariff and the plate's top-up, the plate in the devices line
        billedRatio: (0.85 * (tariff + (TOPUP.get('RR-03') ?? 0))) / (tariff + (TOPUP.get('RR-01') ?? 0)),
        components: { tarif_alkes: PLATE_COST + 50_000 * i },
        dpjp: surgeons[i % 2] as string,
        scale: bill(9300 + i),
        sep: igd({ masukAt: hhmm(19 + (i % 4), 5 + 9 * i) }),
      });
    });
    const context: BuiltClaim[] = ['2026-02-09', '2026-04-06'].map((day, i) =>
      ctx.claim({
        member: patient(ctx, rs, day, 10 + i, { age: 74 + 3 * i, sex: 'P', segment: 'PBI' }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, 7),
        cbg: 'M-1-30-I',
        dx: ['S72.0', 'I10'],
        px: ['81.51', '87.44'],
        laterality: [i ? 'L' : 'R', 'N'],
        specialCmg: ['RR-01'],
        components: { tarif_alkes: HIP_IMPLANT_COST },
        dpjp: surgeons[i] as string,
        scale: bill(9310 + i),
        sep: igd({ masukAt: hhmm(10 + 3 * i, 40) }),
      }),
    );
    return { fraud, context };
  },
});
