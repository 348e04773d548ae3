// Near miss of SELF_REFERRAL ("referral loops between facilities sharing doctors; transfer
// within 3 days"). Back-referral (rujuk balik) is how the JKN tiers are meant to work: a
// stroke treated in the acute phase at a class A hospital in South Jakarta (CT, a week, a
// neurologist) is referred back, stable, to the class C hospital near the patient's home in
// Bekasi for the rest of the in-patient care and early rehabilitation. The neurologist holds
// licences at both (Permenkes 2052/2011 allows three) and stays the DPJP: continuity, not a loop.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap } from './r4-common.js';
import { bill } from './r5-common.js';

export default defineScenario({
  id: 'RT-NM-BACKREF-51',
  kind: 'near_miss',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Rujuk balik sebagaimana mestinya: stroke fase akut di RS kelas A Jakarta Selatan (CT, seminggu, dokter saraf) dirujuk balik dalam keadaan stabil ke RS kelas C dekat rumah pasien di Bekasi untuk sisa rawat inap dan rehabilitasi awal; dokter saraf berizin di keduanya tetap menjadi DPJP.',
    en: 'Back-referral as intended: a stroke in its acute phase at a class A hospital in South Jakarta (CT, a week, a neurologist) is referred back, stable, to a class C hospital near the patient’s home in Bekasi for the rest of the stay and early rehabilitation; the neurologist, licensed at both, stays the DPJP.',
  },
  build(ctx) {
    const a = ctx.facility({ place: PLACES.jakartaSelatan, hospitalClass: 'A', ownership: 'PEMERINTAH', offset: [-0.01, -0.02] });
    const c = ctx.facility({ place: PLACES.bekasi, hospitalClass: 'C', offset: [-0.025, -0.02] });
    const neurologist = ctx.doctor({ specialty: 'SP_N', at: [a, c] });
    const patients = [
      ['L', '1951-06-19', '2026-01-20'],
      ['P', '1956-02-04', '2026-02-17'],
      ['L', '1948-10-31', '2026-03-24'],
      ['P', '1959-08-08', '2026-04-21'],
    ] as const;
    const nearMiss: BuiltClaim[] = [];
    patients.forEach(([sex, born, day], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PBPU', careClass: 2, regency: c.regency });
      const home = addDays(day, 7);
      nearMiss.push(
        ctx.claim({
          member,
          facility: a,
          masuk: day,
          pulang: home,
          cbg: 'G-4-14-II',
          dx: ['I63.9', 'I10', 'G81.9'],
          px: ['87.03', '88.91'],
          specialCmg: ['SI-02'],
          discharge: 2,
          dpjp: neurologist,
          scale: bill(i),
          sep: igd({ masukAt: '06:50', pulangAt: '10:00' }),
        }),
        ctx.claim({
          member,
          facility: c,
          masuk: home,
          pulang: addDays(home, 5),
          cbg: 'G-4-14-I',
          dx: ['I69.4', 'G81.9', 'I10'],
          px: ['93.39', '93.11'],
          dpjp: neurologist,
          scale: bill(i + 1),
          components: { tarif_rehabilitasi: 900_000 + 100_000 * i },
          sep: inap(ctx.hospitalReferral(a, home), { masukAt: '13:30' }),
        }),
      );
    });
    return { nearMiss };
  },
});
