// Near miss of ROOM_CLASS (DOMAIN.md section 3: "upgrade fields inconsistent with payer").
// Not in DOMAIN.md: under the JKN guidance (Permenkes 28/2014, section on inpatient care)
// a member whose entitled ward is full may be placed one class higher for at most three days,
// billed at the entitled class with no payer of the difference. In the dengue season the
// class 3 ward of a busy hospital is full.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-NM-WARDFULL-31',
  kind: 'near_miss',
  code: 'ROOM_CLASS',
  description: {
    id: 'Bangsal kelas 3 penuh saat musim DBD: peserta PBI dititipkan di kelas 2 paling lama tiga hari, tercatat naik kelas tanpa penanggung selisih, dan ditagihkan ke JKN sesuai kelas 3.',
    en: 'The class 3 ward is full in the dengue season: PBI members placed in class 2 for at most three days, recorded as an upgrade with no payer of the difference, billed to JKN at class 3.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.semarang, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.03, 0.02] });
    const patients = [
      ['L', '1986-02-11', '2026-01-26', 'A-4-13-I', ['A90'], ['90.59'], 2],
      ['P', '1974-06-23', '2026-01-27', 'A-4-13-II', ['A91', 'D69.6'], ['90.59'], 3],
      ['P', '2003-10-30', '2026-02-02', 'A-4-11-I', ['A01.0'], ['99.21'], 2],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, masuk, cbg, dx, px, upDays]) =>
      ctx.claim({
        member: ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: rs.regency }),
        facility: rs,
        masuk,
        pulang: addDays(masuk, 4),
        cbg,
        dx,
        px,
        kelas: 3,
        upgrade: { to: 'kelas_2', days: upDays, payor: null },
        dpjp: 4,
      }),
    );
    return { nearMiss };
  },
});
