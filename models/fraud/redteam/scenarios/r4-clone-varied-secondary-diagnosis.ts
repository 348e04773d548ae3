// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". The copier varies what is cheap to vary: one
// pneumonia stay's bill (every component to the rupiah) is reused for five other patients of
// the same doctor over the next four weeks, each given a different harmless secondary
// diagnosis (hypertension, hyperlipidaemia, dyspepsia, rhinitis, gout) that changes neither
// group nor severity, so no two diagnosis lists are alike.
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, referredBy } from './r4-common.js';

export default defineScenario({
  id: 'RT-CLONE-42',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Tagihan satu rawat inap pneumonia (semua komponen sama sampai rupiah) dipakai ulang untuk lima pasien lain dokter yang sama dalam empat minggu, masing-masing diberi diagnosis sekunder ringan yang berbeda agar daftar diagnosisnya tidak sama.',
    en: 'One pneumonia stay’s bill (every component to the rupiah) is reused for five other patients of the same doctor over four weeks, each given a different harmless secondary diagnosis so that no two diagnosis lists match.',
  },
  build(ctx) {
    const place = PLACES.denpasar;
    const rs = ctx.facility({ place, hospitalClass: 'C', offset: [0.01, -0.01] });
    const puskesmas = ctx.fktp(place.regency, 'PUSKESMAS');
    const doctor = ctx.doctor({ specialty: 'SP_P', at: [rs] });
    const admit = (sex: 'L' | 'P', born: string, day: string) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      return { member, referral: referredBy(ctx, member, puskesmas, rs, day, ['J18.9']) };
    };
    const first = admit('L', '1958-09-12', '2026-02-02');
    const original = ctx.claim({
      ...first,
      facility: rs,
      masuk: '2026-02-02',
      cbg: 'J-4-16-I',
      dx: ['J18.9'],
      px: ['87.44', '99.21'],
      dpjp: doctor,
      sep: inap(first.referral),
    });
    const components = Object.fromEntries(
      Object.entries(original.row)
        .filter(([k]) => k.startsWith('tarif_') && k !== 'tarif_inacbg' && k !== 'tarif_special_cmg')
        .map(([k, v]) => [k, Number(v)]),
    );
    const copies = [
      ['P', '1962-04-03', '2026-02-06', 'I10'],
      ['L', '1955-01-28', '2026-02-11', 'E78.5'],
      ['P', '1966-07-19', '2026-02-17', 'K30'],
      ['L', '1950-11-30', '2026-02-24', 'J30.4'],
      ['P', '1960-03-08', '2026-03-02', 'M10.9'],
    ] as const;
    const fraud: BuiltClaim[] = copies.map(([sex, born, day, extra]) => {
      const p = admit(sex, born, day);
      return ctx.claim({
        ...p,
        facility: rs,
        masuk: day,
        cbg: 'J-4-16-I',
        dx: ['J18.9', extra],
        px: ['87.44', '99.21'],
        dpjp: doctor,
        components,
        sep: inap(p.referral),
      });
    });
    return { context: [original], fraud };
  },
});
