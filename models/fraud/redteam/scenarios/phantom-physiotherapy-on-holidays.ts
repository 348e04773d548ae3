import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';

export default defineScenario({
  id: 'RT-PHANTOM-06',
  kind: 'fraud',
  code: 'PHANTOM_BILLING',
  description: {
    id: 'RS kelas D menambah sesi fisioterapi rawat jalan yang tidak pernah ada pada hari libur nasional dan hari Minggu (poliklinik tutup) untuk pasien yang rutin terapi tiap Selasa (DOMAIN.md: klaim atas layanan yang tidak pernah diberikan; kasus fisioterapi KPK Juli 2024).',
    en: 'A class D hospital adds outpatient physiotherapy sessions that never took place on national holidays and Sundays (clinic closed) for patients who come every Tuesday (DOMAIN.md: claim for a service never given; the physiotherapy case the KPK found in July 2024).',
  },
  build(ctx) {
    const rs = ctx.facility({ place: PLACES.sidoarjo, hospitalClass: 'D', offset: [-0.02, -0.02] });
    const tuesdays = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27', '2026-02-03', '2026-02-10'];
    // New Year, Isra Mikraj, Chinese New Year, Idul Fitri (x2), Good Friday, and Sundays
    const closed = [
      ['2026-01-01', '2026-01-18'],
      ['2026-01-16', '2026-02-17'],
      ['2026-03-20', '2026-01-25'],
      ['2026-03-21', '2026-04-03'],
      ['2026-02-08', '2026-02-17'],
    ] as const;
    const patients = [
      ['L', '1957-04-04', 'I69.4'],
      ['P', '1962-12-30', 'M54.5'],
      ['L', '1950-02-19', 'I69.4'],
      ['P', '1968-06-13', 'M54.5'],
      ['P', '1959-10-01', 'G81.9'],
    ] as const;
    const context: BuiltClaim[] = [];
    const fraud: BuiltClaim[] = [];
    patients.forEach(([sex, born, dx], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: PLACES.sidoarjo.regency });
      const session = (masuk: string) =>
        ctx.claim({ member: m, facility: rs, masuk, cbg: 'Z-3-12-0', dx: [dx, 'Z50.1'], px: ['93.39', '93.11'], dpjp: 1 });
      for (const d of tuesdays) context.push(session(d));
      for (const d of closed[i] ?? []) fraud.push(session(d));
    });
    return { context, fraud };
  },
});
