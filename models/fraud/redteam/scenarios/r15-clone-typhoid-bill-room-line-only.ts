// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across different
// patients, same doctor", moved off an exact copy. A new class D private hospital in Tarutung
// (Tapanuli Utara) treats typhoid (A-4-11-I; twenty stays, each patient's own bill, context). One
// boy's five-day stay in January (context) becomes the template: four later patients of the same
// paediatrician, admitted on other days, get his bill line for line, except the room line, which the
// clerk prorates to each copy's own length of stay, and a different second code on two of them.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill, componentsOf } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';

const COPIES = [
  { at: 6, los: 4, dx: ['A01.0'] },
  { at: 11, los: 5, dx: ['A01.0', 'R50.9'] },
  { at: 15, los: 6, dx: ['A01.0'] },
  { at: 20, los: 4, dx: ['A01.0', 'K30'] },
];
const TEMPLATE_LOS = 5;

export default defineScenario({
  id: 'RT-CLONE-151',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'RS swasta kelas D baru di Tarutung merawat demam tifoid. Tagihan lima hari seorang anak laki-laki pada Januari dijadikan templat: empat pasien kemudian dari dokter anak yang sama, masuk di hari lain, mendapat tagihannya baris demi baris, kecuali baris kamar yang disesuaikan dengan lama rawat masing-masing, dan kode kedua berbeda pada dua di antaranya.',
    en: 'A new class D private hospital in Tarutung treats typhoid. One boy’s five-day bill in January becomes a template: four later patients of the same paediatrician, admitted on other days, get it line for line, except the room line, prorated to each copy’s own stay, and a different second code on two of them.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.tapanuliUtara, hospitalClass: 'D' });
    const paediatrician = ctx.doctor({ specialty: 'SP_A', at: [rs] });
    const internist = ctx.doctor({ specialty: 'SP_PD', at: [rs] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    const days = spread('2026-01-07', 25, 5.3);
    let template: BuiltClaim | undefined;
    days.forEach((day, i) => {
      const copy = COPIES.find((c) => c.at === i);
      const child = i % 2 === 0 || copy !== undefined;
      const member = patient(ctx, rs, day, i, { age: child ? 5 + (i % 9) : 22 + ((i * 7) % 40) });
      const sep = igd({ masukAt: hhmm(9 + ((i * 5) % 13), (7 * i) % 60) });
      if (copy && template) {
        const lines = componentsOf(template);
        const room = Math.round(((lines.tarif_kamar ?? 0) * copy.los) / TEMPLATE_LOS / 100) * 100;
        fraud.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            pulang: addDays(day, copy.los),
            cbg: 'A-4-11-I',
            dx: copy.dx,
            px: ['99.21', '90.59'],
            dpjp: paediatrician,
            components: { ...lines, tarif_kamar: room },
            sep,
          }),
        );
        return;
      }
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        ...(i === 0 ? { pulang: addDays(day, TEMPLATE_LOS) } : {}),
        cbg: 'A-4-11-I',
        dx: [i % 6 === 5 ? 'A01.4' : 'A01.0'],
        px: ['99.21', '90.59'],
        dpjp: child ? paediatrician : internist,
        scale: bill(21_400 + i),
        sep,
      });
      if (i === 0) template = claim;
      context.push(claim);
    });
    return { fraud, context };
  },
});
