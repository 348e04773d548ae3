// DOMAIN.md section 3, INFLATED_BILL: "tariff components as outliers within the same CBG", on the
// devices line of a small operation. A new class C private hospital in Sidikalang (Dairi) removes
// tonsils the ordinary cold-steel way (U-1-13-I; eighteen stays, context). On five stays of one ENT
// surgeon's Thursday list the devices line bills a single-use coblation wand the theatre never
// stocked, about Rp1.9 million, while the consumables line is trimmed a little, so the bill rises by
// a third rather than doubling.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { hhmm } from './r6-common.js';
import { patient } from './r9-common.js';
import { PLACES15, spread } from './r15-common.js';
import { addDays } from '../context.js';

const WAND = new Set([2, 6, 11, 15, 20]);

export default defineScenario({
  id: 'RT-INFLATED-151',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'RS swasta kelas C baru di Sidikalang mengangkat tonsil dengan cara konvensional (U-1-13-I). Pada lima rawat inap dari daftar operasi seorang dokter THT, baris alat kesehatan menagih satu wand koblasi sekali pakai yang tidak pernah ada di kamar operasi, sekitar Rp1,9 juta, sementara BMHP sedikit dikurangi: tagihan naik sepertiga, tidak berlipat.',
    en: 'A new class C private hospital in Sidikalang removes tonsils the cold-steel way (U-1-13-I). On five stays of one ENT surgeon’s list the devices line bills a single-use coblation wand the theatre never stocked, about Rp1.9 million, while consumables are trimmed a little: the bill rises by a third, not double.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES15.dairi, hospitalClass: 'C' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const ent = [ctx.doctor({ specialty: 'SP_THT', at: [rs] }), ctx.doctor({ specialty: 'SP_THT', at: [rs] })];
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    spread('2026-01-08', 23, 5.8).forEach((day, i) => {
      const wand = WAND.has(i);
      const member = patient(ctx, rs, day, i, { age: 7 + ((i * 5) % 25) });
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        cbg: 'U-1-13-I',
        dx: ['J35.0'],
        px: ['28.2'],
        dpjp: ent[wand ? 0 : i % 2] as string,
        scale: wand ? times(bill(21_800 + i), { tarif_bmhp: 0.85 }) : bill(21_800 + i),
        ...(wand ? { components: { tarif_alkes: 1_850_000 + 25_000 * (i % 4) } } : {}),
        sep: inap(referredBy(ctx, member, puskesmas, rs, addDays(day, -9 - (i % 20)), ['J35.0']), { masukAt: hhmm(7, 40) }),
      });
      (wand ? fraud : context).push(claim);
    });
    return { fraud, context };
  },
});
