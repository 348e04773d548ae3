// Near miss of INFLATED_BILL (devices far above the group's usual). A class A heart centre
// (RSK jantung) treats multivessel coronary disease: two or three drug-eluting stents in one
// procedure are common where a general hospital places one. Its PCI bills carry the stent
// top-up (SP-01, with the stent procedure 36.07 coded) and a devices line two to three times
// a single-stent PCI's, each stent on the bill; catheter laboratory and consumables follow.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap } from './r4-common.js';
import { bill, times } from './r5-common.js';
import { PLACES6, clinicDay, sentOnBy } from './r6-common.js';

export default defineScenario({
  id: 'RT-NM-STENTS-61',
  kind: 'near_miss',
  code: 'INFLATED_BILL',
  description: {
    id: 'Pusat jantung kelas A (RS khusus) menangani penyakit jantung koroner multipembuluh: dua atau tiga stent bersalut obat dalam satu tindakan; tagihan PCI memuat top-up stent (SP-01, kode 36.07) dan komponen alat dua sampai tiga kali PCI satu stent, setiap stent ada di tagihan.',
    en: 'A class A heart centre (specialty hospital) treats multivessel coronary disease: two or three drug-eluting stents in one procedure; its PCI bills carry the stent top-up (SP-01, code 36.07) and a devices line two to three times a single-stent PCI’s, each stent on the bill.',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES6.pontianak, hospitalClass: 'A', type: 'RSK', ownership: 'PEMERINTAH', offset: [-0.03, 0.02] });
    const referring = ctx.facility({ place: PLACES6.pontianak, hospitalClass: 'C', ownership: 'PEMERINTAH', offset: [0.06, -0.04] });
    const cardiologist = ctx.doctor({ specialty: 'SP_JP', at: [rs] });
    const cardiologistThere = ctx.doctor({ specialty: 'SP_JP', at: [referring] });
    const puskesmas = ctx.fktp(referring.regency, 'PUSKESMAS');
    const patients = [
      ['L', '1960-03-19', '2026-01-21', 2],
      ['L', '1955-09-07', '2026-02-11', 3],
      ['P', '1958-12-28', '2026-03-04', 2],
      ['L', '1964-06-15', '2026-03-25', 3],
      ['L', '1952-02-02', '2026-04-15', 2],
    ] as const;
    const context: BuiltClaim[] = [];
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, stents], i) => {
      const member = ctx.member({ sex, birthDate: born, segment: 'PPU', careClass: 1, regency: rs.regency });
      // angina worked up at a class C hospital's cardiac clinic, referred for angiography and PCI
      const sent = sentOnBy(ctx, {
        member,
        from: referring,
        day: clinicDay(addDays(day, -12)),
        cbg: 'I-5-16-0',
        dx: ['I20.0', 'I10'],
        dpjp: cardiologistThere,
        scale: bill(490 + i),
        fktp: puskesmas,
      });
      context.push(sent.visit);
      return ctx.claim({
        member,
        facility: rs,
        masuk: day,
        pulang: addDays(day, 3),
        cbg: 'I-1-40-I',
        dx: ['I25.1', 'I20.0'],
        px: ['37.22', '00.66', '36.07'],
        specialCmg: ['SP-01'],
        dpjp: cardiologist,
        scale: times(bill(480 + i), { tarif_alkes: stents * 1.1, tarif_bmhp: 1 + 0.3 * stents }),
        sep: inap(sent.referral, { masukAt: '08:45' }),
      });
    });
    return { context, nearMiss };
  },
});
