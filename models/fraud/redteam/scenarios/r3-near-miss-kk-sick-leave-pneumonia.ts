// Near miss of COB_KKPAK (DOMAIN.md sections 1 and 3: "a KK/PAK case billed to both JKN and
// JKK"; issue 11 asks for the check by episode). A worker's ankle fracture at work is treated
// through e-PLKK and paid by JKK; nine days into his sick leave he is admitted, at the same
// hospital, with pneumonia: an illness, not the accident's episode, so JKN pays it.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-KKSICK-31',
  kind: 'near_miss',
  code: 'COB_KKPAK',
  description: {
    id: 'Patah tulang pergelangan kaki karena kecelakaan kerja dirawat lewat e-PLKK dan dibayar JKK; sembilan hari kemudian, masih cuti sakit, pekerja dirawat di RS yang sama karena pneumonia: penyakit lain, dibayar JKN.',
    en: 'An ankle fracture at work treated through e-PLKK and paid by JKK; nine days later, still on sick leave, the worker is admitted to the same hospital with pneumonia: another illness, paid by JKN.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.balikpapan, hospitalClass: 'C', ownership: 'BUMN' });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1972-03-27',
      segment: 'PPU',
      careClass: 2,
      regency: PLACES.balikpapan.regency,
      worker: { since: '2001-05-01', wage: 8_200_000 },
    });
    ctx.kkpak({
      member: m,
      accidentDate: '2026-02-09',
      reportedDate: '2026-02-10',
      daysOff: 30,
      nomorSep: ctx.reserveSep(rs, '2026-02-09'),
      jkkBenefitPaid: 9_700_000,
    });
    const pneumonia = ctx.claim({
      member: m,
      facility: rs,
      masuk: '2026-02-18',
      pulang: '2026-02-23',
      cbg: 'J-4-16-I',
      dx: ['J18.9'],
      px: ['87.44', '99.21'],
      dpjp: 3,
    });
    return { nearMiss: [pneumonia] };
  },
});
