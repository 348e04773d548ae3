import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-GYN-01',
  kind: 'near_miss',
  code: 'PARTICIPANT_ABUSE',
  description: {
    id: 'Perempuan 58 dan 63 tahun menjalani histerektomi karena mioma dan kista ovarium: kode khusus perempuan pada usia lanjut, tetapi bukan kode obstetri dan sesuai jenis kelamin.',
    en: 'Women aged 58 and 63 undergo hysterectomy for fibroids and an ovarian cyst: female-only codes at an older age, but not obstetric codes and consistent with sex.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'B', offset: [-0.02, 0.03] });
    const reg = PLACES.bandung.regency;
    const a = ctx.member({ sex: 'P', birthDate: '1967-11-30', segment: 'PBPU', careClass: 2, regency: reg });
    const b = ctx.member({ sex: 'P', birthDate: '1962-08-14', segment: 'BP', careClass: 1, regency: reg });
    return {
      nearMiss: [
        ctx.claim({
          member: a,
          facility: rs,
          masuk: '2026-02-16',
          pulang: '2026-02-20',
          cbg: 'W-1-11-I',
          dx: ['D25.9', 'N92.0', 'D50.9'],
          px: ['68.49'],
          dpjp: 5,
        }),
        ctx.claim({
          member: b,
          facility: rs,
          masuk: '2026-04-13',
          pulang: '2026-04-17',
          cbg: 'W-1-11-I',
          dx: ['N83.2', 'I10'],
          px: ['68.49', '65.29'],
          dpjp: 5,
          scale: { tarif_obat: 1.1 },
        }),
      ],
    };
  },
});
