// DOMAIN.md section 3, PHANTOM_BILLING: "service after date of death". Variant: the stay is
// admitted while the member is alive and runs on past the death, discharged home alive.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-PHANTOM-31',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'Rawat inap dimulai saat peserta masih hidup tetapi berlanjut 3-5 hari melewati tanggal kematiannya (Dukcapil, JKM) dan ditutup "pulang atas persetujuan dokter".',
    en: 'Stays admitted while the member was alive run on 3-5 days past the date of death (civil registry, JKM) and close as "discharged home on doctor\'s approval".',
  },
  build(ctx) {
    const bandung = ctx.facility({ place: PLACES.bandung, hospitalClass: 'C', offset: [-0.03, -0.02] });
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'C', ownership: 'SWASTA' });
    // a 74-year-old PBI member died at home on 8 April after leaving on day 2; the hospital billed to 13 April
    const elder = ctx.member({ sex: 'L', birthDate: '1951-11-23', segment: 'PBI', careClass: 3, regency: bandung.regency });
    ctx.death({ member: elder, date: '2026-04-08', source: 'DUKCAPIL' });
    const pneumonia = ctx.claim({
      member: elder,
      facility: bandung,
      masuk: '2026-04-06',
      pulang: '2026-04-13',
      cbg: 'J-4-16-II',
      dx: ['J18.9', 'E87.1'],
      px: ['87.44', '93.96', '99.21'],
      dpjp: 2,
      discharge: 1,
    });
    // a worker (JKM death benefit paid) died on 28 February; his stroke stay is billed to 3 March
    const worker = ctx.member({
      sex: 'L',
      birthDate: '1968-06-02',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.medan.regency,
      worker: { since: '2003-01-01', wage: 5_200_000 },
    });
    ctx.death({ member: worker, date: '2026-02-28', source: 'JKM' });
    const stroke = ctx.claim({
      member: worker,
      facility: rs,
      masuk: '2026-02-25',
      pulang: '2026-03-03',
      cbg: 'G-4-14-I',
      dx: ['I63.9', 'I10'],
      px: ['87.03'],
      dpjp: 4,
      discharge: 1,
    });
    return { fraud: [pneumonia, stroke] };
  },
});
