// DOMAIN.md section 3, REPEAT_BILLING, with a second id for the same facility: a hospital group in
// Kabupaten Banjar (South Kalimantan, WITA) runs a new class B private hospital and, under a second
// facility code, its day-care annex. The oncologist holds licences at both. Breast- and cervical-
// cancer patients get their outpatient chemotherapy every three weeks at the hospital (context);
// for three of them, three cycles each are billed again the same day under the annex's code: same
// card, day, group, doctor and drugs, a second SEP from a second facility.
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES12 } from './r12-common.js';

export default defineScenario({
  id: 'RT-REPEAT-122',
  kind: 'fraud',
  code: 'REPEAT_BILLING',
  description: {
    id: 'Grup RS di Kabupaten Banjar punya RS swasta kelas B baru dan unit rawat sehari dengan kode faskes kedua; dokter onkologi ber-SIP di keduanya. Kemoterapi rawat jalan tiap tiga minggu ditagih di RS, dan untuk tiga pasien tiga siklus masing-masing ditagih lagi pada hari yang sama dengan kode unit tersebut: kartu, tanggal, kelompok, dokter dan obat sama.',
    en: 'A hospital group in Kabupaten Banjar runs a new class B private hospital and a day-care annex under a second facility code; the oncologist is licensed at both. Outpatient chemotherapy every three weeks is billed at the hospital, and for three patients three cycles each are billed again the same day under the annex’s code: same card, day, group, doctor and drugs.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES12.kabBanjar, hospitalClass: 'B' });
    const annex = ctx.facility({ place: PLACES12.kabBanjar, hospitalClass: 'C', offset: [0.02, 0.03] });
    const puskesmas = ctx.fktp(rs.regency, 'PUSKESMAS');
    const oncologist = ctx.doctor({ specialty: 'SP_PD', at: [rs, annex] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    for (let p = 0; p < 7; p++) {
      const days = every(`2026-01-${String(5 + 2 * p).padStart(2, '0')}`, 6, 21).map(clinicDay);
      const first = days[0] as string;
      const dx = p % 2 ? ['Z51.1', 'C53.9'] : ['Z51.1', 'C50.9'];
      const member = patient(ctx, rs, first, p, { age: 38 + 4 * p, sex: 'P' });
      const pcare = referredBy(ctx, member, puskesmas, rs, first, [dx[1] as string]);
      const followUp = ctx.hospitalReferral(rs, first);
      days.forEach((day, k) => {
        const cycle = (facility: typeof rs): BuiltClaim =>
          ctx.claim({
            member,
            facility,
            masuk: day,
            cbg: 'C-3-12-0',
            dx,
            px: ['99.25'],
            dpjp: oncologist,
            scale: bill(13_200 + p),
            components: { tarif_obat_kemoterapi: 2_350_000 + 150_000 * (p % 3) },
            sep: jalan(k === 0 ? pcare : followUp, { masukAt: hhmm(8, (5 * p) % 60), pulangAt: hhmm(13, (5 * p) % 60) }),
          });
        context.push(cycle(rs));
        if (p % 2 === 0 && p < 6 && k >= 2 && k <= 4) fraud.push(cycle(annex));
      });
    }
    return { fraud, context };
  },
});
