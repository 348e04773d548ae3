// Near miss of CLONING (identical bills of different patients, same doctor and day). A
// government mental hospital runs a depot-antipsychotic clinic: stable schizophrenia
// outpatients come on the same Wednesday every four weeks for their long-acting injection.
// One doctor runs it (a general practitioner under the psychiatrists' standing orders; the
// registry has no psychiatry code), the same code and procedure, and the hospital's price list
// for the visit (consultation, injection, the drug, a syringe) makes every bill identical to
// the rupiah, as a package is. Two clinic days, the same eleven patients.
import { TARIFF_COMPONENTS } from '../../../../data-samples/schema/tables.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan } from './r4-common.js';
import { hhmm } from './r6-common.js';
import { PLACES7 } from './r7-common.js';

/** The hospital's price list for a depot visit (rupiah; a regional hospital's tariffs are set by regional regulation). */
const DEPOT_VISIT: Partial<Record<TariffComponent, number>> = {
  tarif_konsultasi: 75_000,
  tarif_prosedur_non_bedah: 45_000,
  tarif_obat: 98_500,
  tarif_bmhp: 6_500,
};

export default defineScenario({
  id: 'RT-NM-DEPOT-71',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'Poli injeksi depot RS jiwa pemerintah: pasien skizofrenia stabil datang pada hari Rabu yang sama setiap empat minggu untuk suntikan jangka panjang; satu dokter, kode dan tindakan sama, dan tarif RS untuk kunjungan itu membuat semua tagihan sama sampai rupiah.',
    en: 'A government mental hospital’s depot clinic: stable schizophrenia outpatients come on the same Wednesday every four weeks for their long-acting injection; one doctor, the same code and procedure, and the hospital’s price list makes every bill identical to the rupiah.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES7.bantul, hospitalClass: 'B', ownership: 'PEMERINTAH', type: 'RSK', offset: [0.01, 0.01] });
    const doctor = ctx.doctor({ specialty: 'UMUM', at: [rs] });
    const components = Object.fromEntries(TARIFF_COMPONENTS.map(([c]) => [c, DEPOT_VISIT[c] ?? 0]));
    const patients = [
      ['L', '1985-03-12'],
      ['L', '1979-09-30'],
      ['P', '1990-06-05'],
      ['L', '1972-12-18'],
      ['P', '1988-01-27'],
      ['L', '1994-07-09'],
      ['P', '1981-04-22'],
      ['L', '1976-10-14'],
      ['L', '1998-02-01'],
      ['P', '1969-08-25'],
      ['L', '1987-11-16'],
    ] as const;
    const members = patients.map(([sex, born], i) =>
      ctx.member({ sex, birthDate: born, segment: i % 3 ? 'PBI' : 'PBPU', careClass: 3, regency: rs.regency }),
    );
    const nearMiss: BuiltClaim[] = [];
    for (const day of ['2026-02-11', '2026-03-11']) {
      members.forEach((member, i) => {
        nearMiss.push(
          ctx.claim({
            member,
            facility: rs,
            masuk: day,
            cbg: 'F-5-10-0',
            dx: ['F20.9'],
            px: ['94.25'],
            dpjp: doctor,
            components,
            // the psychiatric clinic's own referral to the depot clinic, renewed every three months
            sep: jalan(ctx.hospitalReferral(rs, '2026-01-14'), { masukAt: hhmm(8 + Math.floor(i / 3), 15 * (i % 3)) }),
          }),
        );
      });
    }
    return { nearMiss };
  },
});
