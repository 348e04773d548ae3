// DOMAIN.md section 3, SELF_REFERRAL: "referral loops between facilities sharing doctors", moved off
// the transfer within three days of a stay: the referral comes from an outpatient clinic visit, the
// operation some days later. In Majene (West Sulawesi) a surgeon works at the class C government
// hospital (RSUD) and holds a licence at a new class D private hospital he co-owns. Patients with
// inguinal hernias and gallstones referred by their puskesmas are seen at the RSUD surgical clinic
// and put on its operating list, done there one to three weeks later by him or his colleague
// (twelve patients, context). Four of his clinic patients get a hospital referral letter from the
// RSUD clinic to the private hospital instead, and he operates them there three to five days later.
import { addDays } from '../context.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { inap, jalan, referredBy } from './r4-common.js';
import { bill } from './r5-common.js';
import { clinicDay, hhmm } from './r6-common.js';
import { every, patient } from './r9-common.js';
import { PLACES14 } from './r14-common.js';

const SENT_TO_OWN = new Set([2, 6, 9, 13]);

export default defineScenario({
  id: 'RT-SELFREF-141',
  kind: 'fraud',
  code: 'SELF_REFERRAL',
  description: {
    id: 'Di Majene seorang dokter bedah bekerja di RSUD kelas C dan punya izin praktik di RS swasta kelas D baru miliknya. Pasien hernia dan batu empedu rujukan puskesmas diperiksa di poli bedah RSUD dan dijadwalkan operasi di sana satu sampai tiga minggu kemudian. Empat pasien poli-nya justru diberi surat rujukan dari poli RSUD ke RS swastanya dan ia mengoperasi mereka di sana tiga sampai lima hari kemudian.',
    en: 'In Majene a surgeon works at the class C government hospital and holds a licence at a new class D private hospital he co-owns. Hernia and gallstone patients referred by their puskesmas are seen at the RSUD surgical clinic and listed there for one to three weeks later. Four of his clinic patients get a referral letter from the RSUD clinic to his private hospital instead, and he operates them there three to five days later.',
  },
  build(ctx) {
    const rsud = ctx.facility({ place: PLACES14.majene, hospitalClass: 'C', ownership: 'PEMERINTAH' });
    const own = ctx.facility({ place: PLACES14.majene, hospitalClass: 'D', offset: [0.02, -0.03] });
    const puskesmas = ctx.fktp(rsud.regency, 'PUSKESMAS');
    const partner = ctx.doctor({ specialty: 'SP_B', at: [rsud, own] });
    const colleague = ctx.doctor({ specialty: 'SP_B', at: [rsud] });
    const fraud: BuiltClaim[] = [];
    const context: BuiltClaim[] = [];
    every('2026-01-06', 16, 7.5).forEach((d, i) => {
      const clinic = clinicDay(d);
      const hernia = i % 3 !== 1;
      const dx = hernia ? ['K40.9'] : ['K80.2'];
      const member = patient(ctx, rsud, clinic, i, { age: 28 + ((i * 7) % 42), sex: hernia ? 'L' : 'P' });
      const selfReferred = SENT_TO_OWN.has(i);
      const surgeonOfClinic = selfReferred || i % 2 ? partner : colleague;
      context.push(
        ctx.claim({
          member,
          facility: rsud,
          masuk: clinic,
          cbg: 'K-5-14-0',
          dx,
          px: hernia ? [] : ['88.76'],
          dpjp: surgeonOfClinic,
          scale: bill(18_400 + i),
          sep: jalan(referredBy(ctx, member, puskesmas, rsud, clinic, dx), { masukAt: hhmm(8 + (i % 4), (11 * i) % 60) }),
        }),
      );
      const at = selfReferred ? own : rsud;
      const day = addDays(clinic, selfReferred ? 3 + (i % 3) : 7 + ((i * 3) % 14));
      const operation = ctx.claim({
        member,
        facility: at,
        masuk: day,
        pulang: addDays(day, hernia ? 2 : 3),
        cbg: hernia ? 'K-1-13-I' : 'B-1-10-I',
        dx,
        px: hernia ? ['53.00'] : ['51.22'],
        ...(hernia ? { laterality: [i % 2 ? 'R' : 'L'] as const } : {}),
        dpjp: surgeonOfClinic,
        scale: bill(18_450 + i),
        sep: inap(ctx.hospitalReferral(rsud, clinic), { masukAt: hhmm(7, 15 + (i % 4) * 10), operasiAt: `${day} ${hhmm(10 + (i % 3))}` }),
      });
      (selfReferred ? fraud : context).push(operation);
    });
    return { fraud, context };
  },
});
