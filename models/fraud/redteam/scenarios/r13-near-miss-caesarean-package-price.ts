// Near miss for CLONING (honest twin of RT-CLONE-131): a new class C private mother-and-child
// hospital (RSK) in Batang (Central Java) bills its elective caesareans for class 3 mothers at its
// published package price: the same rupiah on each of the 18 lines for every uncomplicated elective
// caesarean by its obstetrician, whatever the mother. Identical bills across patients and weeks,
// by design of the tariff, not copied claims. Emergency caesareans, billed item by item, are
// context.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { TariffComponent } from '../../../../data-samples/schema/tables.js';
import type { BuiltClaim } from '../types.js';
import { igd, inap, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES13 } from './r13-common.js';

/** The hospital's elective caesarean package for class 3, line by line (rupiah; published tariff list). */
const PACKAGE: Partial<Record<TariffComponent, number>> = {
  tarif_prosedur_non_bedah: 180_000,
  tarif_prosedur_bedah: 1_350_000,
  tarif_konsultasi: 100_000,
  tarif_tenaga_ahli: 500_000,
  tarif_keperawatan: 300_000,
  tarif_penunjang: 150_000,
  tarif_radiologi: 120_000,
  tarif_laboratorium: 250_000,
  tarif_pelayanan_darah: 0,
  tarif_rehabilitasi: 0,
  tarif_kamar: 450_000,
  tarif_rawat_intensif: 0,
  tarif_obat: 420_000,
  tarif_obat_kronis: 0,
  tarif_obat_kemoterapi: 0,
  tarif_alkes: 200_000,
  tarif_bmhp: 330_000,
  tarif_sewa_alat: 150_000,
};

export default defineScenario({
  id: 'RT-NM-PACKAGE-131',
  kind: 'near_miss',
  code: 'CLONING',
  description: {
    id: 'RS khusus ibu dan anak swasta kelas C baru di Batang menagih seksio sesarea elektif ibu kelas 3 dengan harga paket yang diumumkan: rupiah yang sama pada ke-18 komponen untuk setiap SC elektif tanpa komplikasi oleh dokter kandungannya. Tagihan identik antar pasien dan minggu karena desain tarif, bukan klaim yang disalin.',
    en: 'A new class C private mother-and-child hospital in Batang bills elective caesareans of class 3 mothers at its published package price: the same rupiah on all 18 lines for every uncomplicated elective caesarean by its obstetrician. Identical bills across patients and weeks by design of the tariff, not copied claims.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES13.batang, hospitalClass: 'C', type: 'RSK' });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const obstetrician = ctx.doctor({ specialty: 'SP_OG', at: [rs] });
    const nearMiss: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 16, 8).forEach((d, i) => {
      const elective = i % 4 !== 3;
      const day = elective ? clinicDay(d) : d;
      const member = patient(ctx, rs, day, i, { age: 22 + ((i * 3) % 17), sex: 'P', segment: 'PBI' });
      const dx = elective ? ['O34.2'] : ['O64.1'];
      const claim = ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'O-6-10-I',
        dx,
        px: ['74.1'],
        dpjp: obstetrician,
        ...(elective ? { components: PACKAGE } : { scale: bill(15_900 + i) }),
        sep: elective ? inap(referredBy(ctx, member, puskesmas, rs, day, dx), { masukAt: hhmm(7, 30) }) : igd({ masukAt: hhmm(1 + i, 10) }),
      });
      (elective ? nearMiss : context).push(claim);
    });
    return { nearMiss, context };
  },
});
