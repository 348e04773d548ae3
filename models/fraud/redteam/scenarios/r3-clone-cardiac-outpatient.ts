// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". Variant: outpatient claims, three doctors, no two
// on the same day, one uncommon three-diagnosis vector and a non-round bill copied to the
// rupiah (a flat package is a round, single-code follow-up: see RT-NM-FLATPKG-01).
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

/** The template visit's bill, copied unchanged (rupiah): about what peers bill for the group, never round. */
const TEMPLATE = {
  tarif_prosedur_non_bedah: 21_400,
  tarif_konsultasi: 52_300,
  tarif_tenaga_ahli: 13_700,
  tarif_penunjang: 38_600,
  tarif_radiologi: 0,
  tarif_laboratorium: 27_900,
  tarif_obat: 41_200,
  tarif_obat_kronis: 0,
  tarif_bmhp: 4_800,
} as const;

export default defineScenario({
  id: 'RT-CLONE-31',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Satu kunjungan poli jantung (fibrilasi atrium, hipertensi, hiperlipidemia; EKG dan ekokardiografi) disalin ke sembilan peserta lain selama 15 hari oleh tiga dokter, tagihan tidak bulat yang sama sampai rupiah.',
    en: 'One cardiology outpatient visit (atrial fibrillation, hypertension, hyperlipidaemia; ECG and echocardiography) copied to nine other members over 15 days by three doctors, the same non-round bill to the rupiah.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.medan, hospitalClass: 'C', offset: [-0.03, 0.02] });
    const visit = (born: string, sex: 'L' | 'P', day: string, dpjp: number): BuiltClaim =>
      ctx.claim({
        member: ctx.member({
          sex,
          birthDate: born,
          segment: sex === 'L' ? 'PPU' : 'PBI',
          careClass: sex === 'L' ? 2 : 3,
          regency: rs.regency,
        }),
        facility: rs,
        masuk: day,
        cbg: 'I-5-16-0',
        dx: ['I48', 'I10', 'E78.5'],
        px: ['89.52', '88.72'],
        dpjp,
        components: TEMPLATE,
      });
    const original = visit('1957-08-21', 'P', '2026-02-09', 4);
    // working days only (16-17 February are the Chinese New Year leave), one copy a day
    const copies = [
      ['1961-01-30', '2026-02-10'],
      ['1949-05-12', '2026-02-11'],
      ['1970-10-03', '2026-02-12'],
      ['1958-12-25', '2026-02-13'],
      ['1966-07-07', '2026-02-18'],
      ['1953-03-18', '2026-02-19'],
      ['1972-09-09', '2026-02-20'],
      ['1960-06-14', '2026-02-23'],
      ['1951-11-01', '2026-02-24'],
    ] as const;
    const fraud = copies.map(([born, day], i) => visit(born, i % 2 ? 'L' : 'P', day, [4, 9, 11][i % 3] ?? 4));
    return { context: [original], fraud };
  },
});
