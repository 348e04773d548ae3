import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-NM-TRANSFER-01',
  kind: 'near_miss',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Infark miokard akut distabilkan di RS kelas C Sidoarjo lalu dirujuk hari yang sama ke RS kelas B Surabaya (22 km) untuk PCI, oleh dokter berbeda.',
    en: 'An acute myocardial infarction stabilised at a class C hospital in Sidoarjo and referred the same day to a class B hospital in Surabaya (22 km) for PCI, by different doctors.',
  },
  build(ctx) {
    const first = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', offset: [0.01, 0.01] });
    const pci = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'B', offset: [0.01, -0.01] });
    const m = ctx.member({
      sex: 'L',
      birthDate: '1963-03-17',
      segment: 'PPU',
      careClass: 1,
      regency: PLACES.sidoarjo.regency,
      worker: { since: '2005-05-02', wage: 8_800_000 },
    });
    const stabilise = ctx.claim({
      member: m,
      facility: first,
      masuk: '2026-03-25',
      pulang: '2026-03-25',
      cbg: 'I-4-10-I',
      dx: ['I21.0'],
      px: ['89.52', '99.10'],
      specialCmg: ['SD-01'],
      discharge: 2,
      dpjp: 2,
    });
    const intervention = ctx.claim({
      member: m,
      facility: pci,
      masuk: '2026-03-25',
      pulang: '2026-03-29',
      cbg: 'I-1-40-I',
      dx: ['I21.0', 'I10'],
      px: ['00.66', '36.07', '37.22'],
      specialCmg: ['SP-01'],
      dpjp: 11,
    });
    return { nearMiss: [stabilise, intervention] };
  },
});
