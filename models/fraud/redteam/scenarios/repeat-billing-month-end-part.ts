import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-REPEAT-03',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  alsoAccept: ['UNBUNDLING'],
  description: {
    id: 'Rawat inap pneumonia 27 Januari-3 Februari ditagihkan utuh, lalu bagian Februarinya (1-3 Februari) ditagihkan lagi dengan SEP baru di tagihan bulan berikutnya (DOMAIN.md: kartu dan tanggal yang sama ditagihkan dua kali; beberapa SEP untuk satu pasien).',
    en: "A pneumonia stay of 27 January-3 February billed whole, then its February part (1-3 February) billed again under a new SEP in the next month's batch (DOMAIN.md: same card and dates billed twice; several SEPs for one patient).",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'B' });
    const m = ctx.member({ sex: 'P', birthDate: '1957-06-21', segment: 'PBI', careClass: 3, regency: PLACES.medan.regency });
    const stay = { member: m, facility: rs, dx: ['J18.9', 'I10'], px: ['87.44', '99.21'], dpjp: 4 } as const;
    const whole = ctx.claim({ ...stay, masuk: '2026-01-27', pulang: '2026-02-03', cbg: 'J-4-16-II', submitted: '2026-02-13' });
    const februaryPart = ctx.claim({
      ...stay,
      masuk: '2026-02-01',
      pulang: '2026-02-03',
      cbg: 'J-4-16-I',
      tglSep: '2026-02-01',
      submitted: '2026-03-11',
      coder: 3,
    });
    return { context: [whole], fraud: [februaryPart] };
  },
});
