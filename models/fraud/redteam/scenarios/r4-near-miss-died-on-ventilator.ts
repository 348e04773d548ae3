// Near miss of VENTILATOR ("ventilator time extended", "hours bunched just above 96 h"); the
// honest twin of RT-VENT-41. Patients ventilated from arrival who die on the ventilator after
// four days: ventilator hours close to the whole stay and just above 96, because the stay
// ended with the ventilation (discharge status 4, the death recorded by JKN). The ICU's other
// ventilated patients (context) spread from one day to a week, as ventilation does.
import { addDays } from '../context.js';
import { PLACES } from '../places.js';
import { defineScenario } from '../types.js';
import type { BuiltClaim } from '../types.js';
import { igd, own } from './r4-common.js';

export default defineScenario({
  id: 'RT-NM-VENTDEATH-41',
  kind: 'near_miss',
  code: 'VENTILATOR',
  description: {
    id: 'Pasien yang diintubasi sejak tiba dan meninggal dengan ventilator setelah empat hari: jam ventilator hampir sama dengan lama rawat dan sedikit di atas 96, karena rawat berakhir bersama ventilasinya (status pulang 4).',
    en: 'Patients intubated on arrival who die on the ventilator after four days: ventilator hours close to the whole stay and just above 96, because the stay ended with the ventilation (discharge status 4).',
  },
  build(ctx) {
    const place = PLACES.pekanbaru;
    const rs = ctx.facility({ place, hospitalClass: 'B', ownership: 'PEMERINTAH', offset: [-0.02, -0.01] });
    const intensivist = ctx.doctor({ specialty: 'SP_AN', at: [rs] });
    const patients = [
      ['L', '1946-05-20', '2026-01-24', '03:30', '05:40', 98],
      ['P', '1950-09-09', '2026-03-06', '22:40', '02:55', 99],
      ['L', '1943-01-14', '2026-04-17', '14:05', '15:45', 97],
    ] as const;
    const nearMiss: BuiltClaim[] = patients.map(([sex, born, day, masukAt, pulangAt, hours], i) => {
      const m = ctx.member({ sex, birthDate: born, segment: 'PBI', careClass: 3, regency: place.regency });
      const died = addDays(day, pulangAt < masukAt ? 5 : 4);
      ctx.death({ member: m, date: died, source: 'JKN' });
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        pulang: died,
        cbg: 'J-4-20-III',
        dx: ['J96.0', 'J18.9', 'A41.9'],
        px: ['96.04', '96.72'],
        discharge: 4,
        dpjp: intensivist,
        icuDays: pulangAt < masukAt ? 5 : 4,
        ventilatorHours: hours,
        scale: own(i),
        sep: igd({ masukAt, pulangAt }),
      });
    });
    // the ICU's other ventilated patients over the same months: hours spread, survivors and deaths
    const others = [
      [22, 1],
      [37, 1],
      [49, 1],
      [58, 4],
      [66, 1],
      [79, 1],
      [86, 4],
      [118, 1],
      [141, 4],
      [165, 1],
    ] as const;
    const context: BuiltClaim[] = others.map(([hours, discharge], i) => {
      const m = ctx.member({
        sex: i % 2 ? 'P' : 'L',
        birthDate: `19${45 + 2 * i}-0${1 + (i % 9)}-1${i % 10}`,
        segment: 'PBI',
        careClass: 3,
        regency: place.regency,
      });
      const day = addDays('2026-01-08', 11 * i);
      const days = Math.ceil(hours / 24) + (discharge === 4 ? 1 : 3);
      if (discharge === 4) ctx.death({ member: m, date: addDays(day, days), source: 'JKN' });
      return ctx.claim({
        member: m,
        facility: rs,
        masuk: day,
        pulang: addDays(day, days),
        cbg: hours >= 96 ? 'J-4-20-III' : 'J-4-20-II',
        dx: ['J96.0', i % 3 ? 'J18.9' : 'J44.1'],
        px: ['96.04', hours >= 96 ? '96.72' : '96.71'],
        discharge,
        dpjp: intensivist,
        icuDays: Math.ceil(hours / 24),
        ventilatorHours: hours,
        scale: own(i + 5),
        sep: igd({ masukAt: '08:15' }),
      });
    });
    return { nearMiss, context };
  },
});
