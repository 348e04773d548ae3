import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-REPEAT-01',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Klaim pneumonia yang sudah dibayar diajukan ulang sebulan kemudian dengan SEP baru dan tanggal rawat digeser satu hari.',
    en: 'A paid pneumonia stay resubmitted a month later under a new SEP with the stay dates shifted by one day.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.bandung, hospitalClass: 'C' });
    const m = ctx.member({ sex: 'L', birthDate: '1961-04-11', segment: 'PBPU', careClass: 3, regency: PLACES.bandung.regency });
    const stay = { member: m, facility: rs, cbg: 'J-4-16-II', dx: ['J18.9', 'E11.9'], px: ['87.44', '99.21'], dpjp: 3 } as const;
    const original = ctx.claim({ ...stay, masuk: '2026-02-10', pulang: '2026-02-14', submitted: '2026-02-25' });
    const resubmitted = ctx.claim({
      ...stay,
      masuk: '2026-02-11',
      pulang: '2026-02-15',
      submitted: '2026-03-27',
      coder: 2,
      scale: { tarif_obat: 1.04 },
    });
    return { context: [original], fraud: [resubmitted] };
  },
});
