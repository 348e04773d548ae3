// Short stays that are not unnecessary admissions (issue 11, RT-NM-IGD-41, RT-NM-FAMILY-41): a
// night counted in hospital (a 2 a.m. emergency kept until the next morning has spent two), one-
// night stays compared by admission route and counted in patients (a child transfused every
// month is one patient), and a short admission for an outpatient condition
// explained by a secondary diagnosis that calls for admission, or weighed once when a household
// is admitted together. Each beside the hit it must not hide: evening emergency admissions sent
// home at dawn, a lone gastroenteritis stay. A small warehouse of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../../data-samples/sql/index.js';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { stayNightsSql } from './care-norms.js';

/** A class B hospital beside the hand-built ones, for the night emergencies. */
const SURABAYA: Row = {
  ...FACILITIES['makassar'],
  facility_id: '3578R001',
  province_code: '35',
  regency_code: '3578',
  latitude: -7.25,
  longitude: 112.75,
};
/** A class B hospital for the transfused children. */
const PALEMBANG: Row = {
  ...SURABAYA,
  facility_id: '1671R001',
  province_code: '16',
  regency_code: '1671',
  latitude: -2.98,
  longitude: 104.76,
};
const JAKARTA1 = '3171R001';
const JAKARTA2 = '3171R002';
const MAKASSAR = '7371R001';
const BANDUNG = '3273R001';

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const claims: Row[] = [];
const members: Row[] = [];
let n = 0;
/** A mild typhoid stay (A-4-11-I) on a card of its own, admitted through the emergency department at `inAt`, home `nights` days later at `outAt`. */
function igdStay(facility: string, nights: number, inAt: string, outAt: string, over: Row = {}, family: Row = {}): string {
  n++;
  const card = `need${n}`;
  members.push(member(card, family));
  const masuk = String(over['tgl_masuk'] ?? addDays('2024-02-01', 3 * n));
  const pulang = addDays(masuk, nights);
  const c = claim(card, {
    facility_id: facility,
    tgl_masuk: masuk,
    tgl_pulang: pulang,
    jenis_pelayanan: 'IGD',
    waktu_masuk: `${masuk} ${inAt}:00`,
    waktu_pulang: `${pulang} ${outAt}:00`,
    tarif_kamar: 100_000 + 10_000 * n,
    ...over,
  });
  claims.push(c);
  return String(c['nomor_sep']);
}
const times = <T>(k: number, f: (i: number) => T): T[] => Array.from({ length: k }, (_, i) => f(i));

// ---- emergency typhoid stays: four nights at the Jakarta hospitals (class B), one in 21 after a night;
// Makassar sends six evening arrivals home before eight the next morning; Surabaya keeps six patients who
// arrived between midnight and five until the next morning: two nights each, no one-night stays
for (const f of [JAKARTA1, JAKARTA2]) {
  times(20, () => igdStay(f, 4, '14:00', '10:00'));
  igdStay(f, 1, '18:00', '09:00');
}
const eveningHomeAtDawn = times(6, (i) => igdStay(MAKASSAR, 1, `${18 + (i % 3)}:30`, '07:15'));
const nightEmergencies = times(6, (i) => igdStay('3578R001', 1, `0${i % 5}:40`, '10:30'));

// ---- two children with thalassaemia transfused every four weeks at Palembang, one night each time (in at
// eight, home at ten the next morning): five admissions each, two patients
const transfusions = ['tm1', 'tm2'].flatMap((family) => {
  const card = `need-${family}`;
  members.push(member(card, { birth_date: '2017-04-01' }));
  return times(5, (k) => {
    const masuk = addDays('2024-01-08', 28 * k + (family === 'tm2' ? 3 : 0));
    const c = claim(card, {
      facility_id: '1671R001',
      tgl_masuk: masuk,
      tgl_pulang: addDays(masuk, 1),
      kode_inacbg: 'D-4-13-I',
      diagnosa: 'D56.1',
      procedure: '99.04',
      jenis_pelayanan: 'RAWAT_INAP',
      waktu_masuk: `${masuk} 08:00:00`,
      waktu_pulang: `${addDays(masuk, 1)} 10:00:00`,
    });
    claims.push(c);
    return String(c['nomor_sep']);
  });
});

// ---- gastroenteritis (K-4-17-I, A09, an outpatient condition) for one day at Bandung: two households of
// two admitted the same evening, one with dehydration coded, one without; one patient alone, no dehydration
const gastro = (family: Row, dx: string, day: string): string =>
  igdStay(BANDUNG, 1, '20:10', '11:00', { kode_inacbg: 'K-4-17-I', diagnosa: dx, tgl_masuk: day }, family);
const dehydratedHousehold = times(2, (i) =>
  gastro({ family_key: 'kk-dehydrated', hubungan_keluarga: i ? 'ANAK' : 'KEPALA' }, 'A09#E86', '2024-07-02'),
);
const household = times(2, (i) => gastro({ family_key: 'kk-plain', hubungan_keluarga: i ? 'PASANGAN' : 'KEPALA' }, 'A09', '2024-07-09'));
const alone = gastro({ family_key: 'kk-alone', hubungan_keluarga: 'KEPALA' }, 'A09', '2024-07-16');
// dehydration coded beside asthma: not the complication that brings gastroenteritis to hospital
const asthmaDehydration = gastro({}, 'J45.9#E86', '2024-07-23');

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];
const hitsOf = (signal: string): Map<string, DetectorHit> => new Map(hits.filter((h) => h.signal === signal).map((h) => [h.nomor_sep, h]));

beforeAll(async () => {
  run = await runDetectors({ facilities: [...Object.values(FACILITIES), SURABAYA, PALEMBANG], members, claims });
  hits = run.hits.filter((h) => h.fraud_type === 'UNNECESSARY_TREATMENT');
});

afterAll(async () => {
  await run?.close();
});

describe('nights in hospital', () => {
  it('counts the nights of the night shift a stay overlaps, and calendar days when the times are missing', async () => {
    const instance = await createOfflineDuckDB(':memory:');
    const c = await instance.connect();
    try {
      const reader = await c.runAndReadAll(`SELECT label, ${stayNightsSql('b')}::INTEGER AS nights FROM (VALUES
        ('evening to dawn', TIMESTAMP '2026-01-07 19:10:00', TIMESTAMP '2026-01-08 07:05:00', 1),
        ('2 a.m. to next morning', TIMESTAMP '2026-01-18 01:40:00', TIMESTAMP '2026-01-19 10:30:00', 1),
        ('morning to next morning', TIMESTAMP '2026-01-06 08:05:00', TIMESTAMP '2026-01-07 09:30:00', 1),
        ('day case', TIMESTAMP '2026-01-06 08:05:00', TIMESTAMP '2026-01-06 15:00:00', 0),
        ('no times', NULL, NULL, 3)) b(label, waktu_masuk, waktu_pulang, los) ORDER BY label`);
      expect(reader.getRowObjectsJS()).toEqual([
        { label: '2 a.m. to next morning', nights: 2 },
        { label: 'day case', nights: 0 },
        { label: 'evening to dawn', nights: 1 },
        { label: 'morning to next morning', nights: 1 },
        { label: 'no times', nights: 3 },
      ]);
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });
});

describe('one-night stays by admission route', () => {
  it('names evening emergency admissions sent home at dawn, far above the emergency one-night share of class B peers', () => {
    const flagged = hitsOf('one_night_stays_above_casemix_peers');
    for (const sep of eveningHomeAtDawn) {
      expect(flagged.get(sep)?.evidence_en, sep).toMatch(
        /^Severity-I stay of 1 night\(s\) for A01\.0 \(A-4-11-I\), admitted on a \w+ through the emergency department at (18|19|20):30; 7371R001 sent home after at most 1 night the mild medical stays of 6 patients where other class B hospitals, for the same CBGs, give 0\.\d \(emergency admissions compared with emergency admissions\)$/,
      );
    }
  });

  it('leaves alone emergencies that arrived after midnight and went home the next morning: two nights in hospital', () => {
    const flagged = hitsOf('one_night_stays_above_casemix_peers');
    for (const sep of nightEmergencies) expect(flagged.has(sep), sep).toBe(false);
  });

  it("counts patients, not stays: two children's monthly transfusions are two patients, too few to judge", () => {
    const flagged = hitsOf('one_night_stays_above_casemix_peers');
    for (const sep of transfusions) expect(flagged.has(sep), sep).toBe(false);
  });
});

describe('short admissions for an outpatient condition, with what explains them', () => {
  it('names a lone one-day gastroenteritis admission with nothing that calls for admission', () => {
    expect(hitsOf('short_admission_outpatient_condition').get(alone)?.evidence_en).toBe(
      '1-day severity-I admission for A09, a condition treated as an outpatient, with no secondary diagnosis that calls for admission',
    );
  });

  it('names an asthma stay whatever dehydration is coded beside it: E86 explains gastroenteritis only', () => {
    expect(hitsOf('short_admission_outpatient_condition').has(asthmaDehydration)).toBe(true);
  });

  it('leaves alone a household admitted with dehydration', () => {
    const flagged = hitsOf('short_admission_outpatient_condition');
    for (const sep of dehydratedHousehold) expect(flagged.has(sep), sep).toBe(false);
  });

  it('counts a household admitted together once: the first admission, naming the other', () => {
    const flagged = hitsOf('short_admission_outpatient_condition');
    const [first, second] = [...household].sort();
    expect(flagged.has(second as string)).toBe(false);
    const hit = flagged.get(first as string);
    expect(hit?.related_sep).toEqual([second]);
    expect(hit?.evidence_en).toMatch(
      /; one event with 1 other member\(s\) of the family card admitted within a day for the same condition, counted once$/,
    );
  });
});
