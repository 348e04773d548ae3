// DOMAIN.md section 3, CLONING: "near-identical diagnosis/procedure/tariff vectors across
// different patients, same doctor or day". Once copies within one hospital are caught, the
// owner spreads them: one appendectomy bill (every component to the rupiah) is reused over six
// weeks for patients of other surgeons at the group's two hospitals, Surabaya and Sidoarjo
// (25 km), each with its own facility code, coders and doctors. Within either hospital there
// are only two or three copies.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim, Facility } from '../types.js';
import { igd } from './r4-common.js';
import { componentsOf } from './r5-common.js';

export default defineScenario({
  id: 'RT-CLONE-51',
  kind: 'fraud',
  code: 'CLONING',
  description: {
    id: 'Satu tagihan apendektomi (semua komponen sama sampai rupiah) dipakai ulang selama enam minggu untuk pasien dokter bedah lain di dua RS satu pemilik (Surabaya dan Sidoarjo, 25 km), masing-masing dengan kode faskes, koder dan dokter sendiri.',
    en: 'One appendectomy bill (every component to the rupiah) is reused over six weeks for patients of other surgeons at the two hospitals of one owner (Surabaya and Sidoarjo, 25 km), each with its own facility code, coders and doctors.',
  },
  build(ctx) {
    const a = ctx.facility({ place: PLACES.surabaya, hospitalClass: 'C', offset: [0.015, -0.02] });
    const b = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'C', offset: [-0.01, 0.015] });
    const surgeons: Record<string, string[]> = {
      [a.facilityId]: [ctx.doctor({ specialty: 'SP_B', at: [a] }), ctx.doctor({ specialty: 'SP_B', at: [a] })],
      [b.facilityId]: [ctx.doctor({ specialty: 'SP_B', at: [b] }), ctx.doctor({ specialty: 'SP_B', at: [b] })],
    };
    const operate = (facility: Facility, sex: 'L' | 'P', born: string, day: string, surgeon: number, coder: number) =>
      ({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: facility.regency }),
        facility,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'K-1-12-I',
        dx: ['K35.8'],
        px: ['47.09'],
        dpjp: surgeons[facility.facilityId]?.[surgeon] ?? 1,
        coder,
        sep: igd({ masukAt: '19:40', operasiAt: `${addDays(day, 1)} 07:30` }),
      }) as const;
    const original = ctx.claim(operate(a, 'L', '1994-05-12', '2026-02-02', 0, 1));
    const components = componentsOf(original);
    const copies = [
      [b, 'P', '1999-01-23', '2026-02-09', 0, 1],
      [a, 'L', '1987-08-30', '2026-02-17', 1, 2],
      [b, 'L', '2003-11-04', '2026-02-24', 1, 2],
      [b, 'P', '1991-03-15', '2026-03-04', 0, 1],
      [a, 'P', '1996-06-27', '2026-03-10', 1, 1],
      [b, 'L', '1985-10-09', '2026-03-16', 1, 2],
    ] as const;
    const fraud: BuiltClaim[] = copies.map(([f, sex, born, day, surgeon, coder]) =>
      ctx.claim({ ...operate(f, sex, born, day, surgeon, coder), components }),
    );
    return { context: [original], fraud };
  },
});
