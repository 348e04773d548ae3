import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-REPEAT-02',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  alsoAccept: ['UNBUNDLING'],
  description: {
    id: 'SEP kedua diterbitkan di tengah rawat inap tifoid yang sama, dikode dengan diagnosis sekunder lain dan diajukan pada bulan berikutnya.',
    en: 'A second SEP issued mid-stay for the same typhoid admission, coded with another secondary diagnosis and submitted the next month.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const m = ctx.member({ sex: 'P', birthDate: '1994-09-02', segment: 'PBI', careClass: 3, regency: PLACES.semarang.regency });
    const first = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-02',
      pulang: '2026-03-06',
      cbg: 'A-4-11-I',
      dx: ['A01.0'],
      px: ['99.21'],
      dpjp: 2,
      submitted: '2026-03-16',
    });
    const second = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-03-02',
      pulang: '2026-03-06',
      tglSep: '2026-03-04',
      cbg: 'A-4-11-I',
      dx: ['A01.0', 'K29.7'],
      px: ['99.21'],
      dpjp: 2,
      coder: 3,
      submitted: '2026-04-14',
    });
    return { context: [first], fraud: [second] };
  },
});
