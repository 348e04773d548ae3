import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';

export default defineScenario({
  id: 'RT-INFL-02',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Top-up protesis panggul (RR-01, Rp20 juta) ditagihkan pada fraktur batang femur yang hanya dipasang plat (79.35), bukan penggantian sendi panggul (81.51).',
    en: 'A hip prosthesis top-up (RR-01, Rp20M) billed on femoral-shaft fractures fixed with a plate (79.35), not a total hip replacement (81.51).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.jakartaTimur, hospitalClass: 'B', ownership: 'SWASTA' });
    const a = ctx.member({
      sex: 'L',
      birthDate: '1986-05-09',
      segment: 'PPU',
      careClass: 1,
      regency: PLACES.jakartaTimur.regency,
      worker: { since: '2014-02-01', wage: 11_000_000 },
    });
    const b = ctx.member({ sex: 'P', birthDate: '1949-01-15', segment: 'BP', careClass: 1, regency: PLACES.jakartaTimur.regency });
    const spec = {
      facility: rs,
      cbg: 'M-1-30-II',
      dx: ['S72.3'],
      px: ['79.35'],
      specialCmg: ['RR-01'],
      dpjp: 4,
      scale: { tarif_alkes: 8 },
    } as const;
    return {
      fraud: [
        ctx.claim({ ...spec, member: a, masuk: '2026-02-17', pulang: '2026-02-24' }),
        ctx.claim({ ...spec, member: b, masuk: '2026-04-08', pulang: '2026-04-16' }),
      ],
    };
  },
});
