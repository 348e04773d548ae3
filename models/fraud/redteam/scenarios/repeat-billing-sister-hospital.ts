import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-REPEAT-04',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  alsoAccept: ['PHANTOM_BILLING', 'UNBUNDLING'],
  description: {
    id: 'Dua rumah sakit satu grup (1 km) menagihkan tonsilektomi anak yang sama: kartu, tanggal, dokter dan kode sama, diajukan lagi oleh RS kedua tiga minggu kemudian (DOMAIN.md: kartu, tanggal dan CBG sama ditagihkan dua kali).',
    en: "Two hospitals of one group (1 km apart) both bill the same children's tonsillectomy: same card, dates, doctor and codes, billed again by the second hospital three weeks later (DOMAIN.md: same card, dates and CBG billed twice).",
  },
  build(ctx) {
    const a = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'C', offset: [0.02, 0.03] });
    const b = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'C', offset: [0.028, 0.034] });
    const doctor = `D${a.facilityId}007`;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    const children = [
      ['L', '2017-03-02', '2026-04-06'],
      ['P', '2015-09-14', '2026-04-20'],
    ] as const;
    for (const [i, [sex, born, masuk]] of children.entries()) {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: PLACES.surabaya.regency });
      const op = {
        member: m,
        masuk,
        cbg: 'U-1-13-I',
        dx: ['J35.0'],
        px: ['28.2'],
        dpjp: doctor,
        scale: { tarif_obat: 0.88 + 0.06 * i, tarif_laboratorium: 1.12 - 0.05 * i },
      } as const;
      context.push(ctx.claim({ ...op, facility: a }));
      fraud.push(ctx.claim({ ...op, facility: b, submitted: '2026-05-15', coder: 2 }));
    }
    return { context, fraud };
  },
});
