// DOMAIN.md section 2 (the 18 components include equipment rental; the claim carries
// ventilator hours and the ICU indicator) and section 3, INFLATED_BILL. Ward patients of a
// class B hospital with heart failure or cerebral infarction are billed Rp4.2-6.3 million of
// equipment rental (sewa alat: ventilator, syringe pumps, monitors) with no ventilator hour, no
// ICU day and no procedure that needs such equipment; an ordinary ward stay rents a few
// hundred thousand rupiah of it.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd } from './r4-common.js';
import { bill } from './r5-common.js';
import { PLACES6, hhmm } from './r6-common.js';

export default defineScenario({
  id: 'RT-INFLATED-62',
  kind: 'fraud',
  code: 'INFLATED_BILL',
  description: {
    id: 'Pasien bangsal gagal jantung atau infark serebral di RS kelas B ditagih sewa alat Rp4,2-6,3 juta (ventilator, syringe pump, monitor) tanpa jam ventilator, tanpa hari ICU dan tanpa tindakan yang memerlukan alat itu.',
    en: 'Ward patients with heart failure or cerebral infarction at a class B hospital billed Rp4.2-6.3 million of equipment rental (ventilator, syringe pumps, monitors) with no ventilator hour, no ICU day and no procedure that needs such equipment.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.batam, hospitalClass: 'B', offset: [0.01, -0.01] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [rs] });
    const patients = [
      ['L', '1955-03-21', '2026-01-16', 'I', 4_200_000],
      ['P', '1949-09-09', '2026-02-06', 'G', 5_600_000],
      ['L', '1961-12-30', '2026-02-27', 'I', 6_300_000],
      ['P', '1958-05-14', '2026-03-20', 'G', 4_900_000],
      ['L', '1946-07-02', '2026-04-10', 'I', 5_200_000],
      ['P', '1963-02-25', '2026-05-01', 'G', 6_000_000],
    ] as const;
    const fraud: BuiltClaim[] = patients.map(([sex, born, day, organ, rental], i) => {
      const heart = organ === 'I';
      return ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 2, regency: rs.regency }),
        facility: rs,
        masuk: day,
        pulang: addDays(day, heart ? 6 : 7),
        cbg: heart ? 'I-4-12-I' : 'G-4-14-I',
        dx: heart ? ['I50.0', 'I10'] : ['I63.9', 'I10'],
        px: heart ? ['89.52', '88.72'] : ['87.03'],
        dpjp: heart ? cardiologist : neurologist,
        scale: bill(100 + i),
        components: { tarif_sewa_alat: rental },
        sep: igd({ masukAt: hhmm(9 + 2 * i, 35) }),
      });
    });
    return { fraud };
  },
});
