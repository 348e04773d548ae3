// DOMAIN.md section 3, REPEAT_BILLING: "same card, dates and CBG submitted twice". Variant:
// a second id for the same person: one appendectomy billed on the member's PPU card and
// again, three weeks later, on the PBI card of a duplicate registration (same birth date,
// sex and address, another NIK serial). Issue 11: "the same episode under another card".
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-REPEAT-32',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Satu apendektomi ditagihkan dengan kartu PPU peserta dan, tiga minggu kemudian, dengan kartu PBI dari pendaftaran ganda orang yang sama (tanggal lahir, jenis kelamin dan alamat sama): tanggal, dokter dan CBG sama.',
    en: "One appendectomy billed on the member's PPU card and, three weeks later, on the PBI card of the same person's duplicate registration (same birth date, sex and address): same dates, surgeon and CBG.",
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.palembang, hospitalClass: 'C', ownership: 'SWASTA', offset: [-0.01, 0.02] });
    const person = { sex: 'L', birthDate: '1987-04-19', regency: PLACES.palembang.regency } as const;
    const ppu = ctx.member({ ...person, segment: 'PPU', careClass: 2, worker: { since: '2014-08-01', wage: 4_900_000 } });
    const pbi = ctx.member({ ...person, segment: 'PBI', careClass: 3, jknRegistered: '2019-03-11' });
    const stay = {
      facility: rs,
      masuk: '2026-04-07',
      pulang: '2026-04-10',
      cbg: 'K-1-12-I',
      dx: ['K35.8'],
      px: ['47.09'],
      dpjp: 7,
    } as const;
    const first = ctx.claim({ ...stay, member: ppu, submitted: '2026-04-20' });
    const second = ctx.claim({ ...stay, member: pbi, coder: 3, submitted: '2026-05-11' });
    return { context: [first], fraud: [second] };
  },
});
