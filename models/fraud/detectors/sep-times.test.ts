// What the SEP times decide (sep-times.ts), each with a hand-built hit and a near miss: a card at
// distant facilities whose times leave room for a flight (PHANTOM_BILLING, RT-NM-FLEW-51), one
// doctor's clinics at two facilities in the same hours (RT-PHANTOM-51), the same visit billed
// again under another group (REPEAT_BILLING, RT-REPEAT-51) and an emergency visit closed minutes
// before an admission across midnight (UNBUNDLING, RT-UNBUND-51). Distinct cards, one warehouse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';

const claims: Row[] = [];
const members: Row[] = [];
const id = (f: string): string => String((FACILITIES[f] as Row)['facility_id']);

function add(card: string, over: Row, memberOver: Row = {}): string {
  if (!members.some((m) => m['card_key'] === card)) members.push(member(card, memberOver));
  const c = claim(card, over);
  claims.push(c);
  return String(c['nomor_sep']);
}
/** An outpatient visit on `day` from `from` to `to` (HH:MM). */
const visit = (facility: string, day: string, from: string, to: string, over: Row = {}): Row => ({
  facility_id: id(facility),
  jenis_rawat: 2,
  kode_inacbg: 'Q-5-44-0',
  diagnosa: 'Z09.8',
  tgl_masuk: day,
  tgl_pulang: day,
  waktu_masuk: `${day} ${from}:00`,
  waktu_pulang: `${day} ${to}:00`,
  jenis_pelayanan: 'RAWAT_JALAN',
  ...over,
});
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// RT-NM-FLEW-51: a Makassar member at the Makassar clinic in the morning, admitted in Jakarta that night (a flight)
const MAKASSAR = { province_code: '73', regency_code: '7371' };
const flewClinic = add('flew', visit('makassar', '2024-03-12', '08:00', '09:10'), MAKASSAR);
const flewStay = add('flew', {
  facility_id: id('jakarta1'),
  tgl_masuk: '2024-03-12',
  tgl_pulang: '2024-03-16',
  waktu_masuk: '2024-03-12 21:40:00',
  waktu_pulang: '2024-03-16 11:00:00',
});
// the same two claims an hour apart: no flight makes it
add('nofly', visit('makassar', '2024-03-12', '08:00', '09:10'), MAKASSAR);
const noflyStay = add('nofly', {
  facility_id: id('jakarta1'),
  tgl_masuk: '2024-03-12',
  tgl_pulang: '2024-03-16',
  waktu_masuk: '2024-03-12 10:10:00',
  waktu_pulang: '2024-03-16 11:00:00',
});
// and without times the dates stay the rule
add('notimes', visit('makassar', '2024-03-12', '08:00', '09:10', { waktu_masuk: null, waktu_pulang: null }), MAKASSAR);
const notimesStay = add('notimes', { facility_id: id('jakarta1'), tgl_masuk: '2024-03-12', tgl_pulang: '2024-03-16' });

// RT-PHANTOM-51: one surgeon's follow-up clinics at two hospitals 8 km apart, interleaved through the morning
const interleaved: string[] = [];
for (const [h, f] of ['jakarta1', 'jakarta2'].entries())
  for (let k = 0; k < 5; k++) {
    const start = 8 * 60 + 30 * k + 10 * h;
    interleaved.push(add(`both${h}${k}`, visit(f, '2024-04-06', hhmm(start), hhmm(start + 45), { kode_dpjp: 'DSURGBOTH' })));
  }
// near miss: a morning clinic at one, an afternoon clinic at the other, one patient waiting at the first until 15:00
const consecutive: string[] = [];
for (const [h, f] of ['jakarta1', 'jakarta2'].entries())
  for (let k = 0; k < 5; k++) {
    const start = (h ? 13 : 8) * 60 + 35 * k;
    consecutive.push(add(`split${h}${k}`, visit(f, '2024-04-06', hhmm(start), hhmm(start + 40), { kode_dpjp: 'DSURGSPLIT' })));
  }
consecutive.push(add('splitwait', visit('jakarta1', '2024-04-06', '07:30', '15:00', { kode_dpjp: 'DSURGSPLIT' })));

// RT-REPEAT-51: a cardiology visit billed, then the same visit (card, day, doctor, bill) under a chronic-disease group
const CARDIO = { kode_inacbg: 'I-5-16-0', diagnosa: 'I10#I11.9', procedure: '89.52', kode_dpjp: 'DCARDIO' };
add('rebill', visit('jakarta1', '2024-05-06', '10:10', '12:10', { ...CARDIO, tgl_pengajuan: '2024-05-10' }));
const rebilled = add(
  'rebill',
  visit('jakarta1', '2024-05-06', '10:10', '12:10', { kode_dpjp: 'DCARDIO', diagnosa: 'I10', tgl_pengajuan: '2024-07-15' }),
);
// near miss: the same card seen again by the doctor that evening (the SEP times do not overlap)
add('twice', visit('jakarta1', '2024-05-06', '10:10', '12:10', { ...CARDIO, tgl_pengajuan: '2024-05-10' }));
const secondVisit = add(
  'twice',
  visit('jakarta1', '2024-05-06', '17:00', '18:00', { kode_dpjp: 'DCARDIO', diagnosa: 'I10', tgl_pengajuan: '2024-05-10' }),
);

// RT-UNBUND-51: a febrile patient's emergency visit closed at 23:50, admitted with dengue at 00:20
const EMERGENCY = { kode_inacbg: 'Q-5-42-0', diagnosa: 'R50.9', procedure: '90.59', jenis_pelayanan: 'IGD', kode_dpjp: 'DIGD' };
const DENGUE = { kode_inacbg: 'A-4-13-I', diagnosa: 'A90#D69.6', jenis_pelayanan: 'IGD', kode_dpjp: 'DINTERN' };
const igdVisit = add('midnight', visit('jakarta2', '2024-06-01', '22:05', '23:50', EMERGENCY));
add('midnight', {
  ...DENGUE,
  facility_id: id('jakarta2'),
  tgl_masuk: '2024-06-02',
  tgl_pulang: '2024-06-06',
  waktu_masuk: '2024-06-02 00:20:00',
  waktu_pulang: '2024-06-06 11:00:00',
});
// near miss: sent home at 23:50, back at 06:30 and admitted
const sentHome = add('morning', visit('jakarta2', '2024-06-01', '22:05', '23:50', EMERGENCY));
add('morning', {
  ...DENGUE,
  facility_id: id('jakarta2'),
  tgl_masuk: '2024-06-02',
  tgl_pulang: '2024-06-06',
  waktu_masuk: '2024-06-02 06:30:00',
  waktu_pulang: '2024-06-06 11:00:00',
});

let run: DetectorRun;
beforeAll(async () => {
  run = await runDetectors({ members, claims });
});
afterAll(async () => {
  await run.close();
});

describe('SEP times', () => {
  it('clears a card at distant facilities when the times leave room for the flight, not when they do not', () => {
    expect(run.hitsOf(flewStay, 'distant_facility_overlap')).toEqual([]);
    expect(run.hitsOf(flewClinic, 'distant_facility_overlap')).toEqual([]);
    expect(run.hitsOf(noflyStay, 'distant_facility_overlap')).toHaveLength(1);
    expect(run.hitsOf(notimesStay, 'distant_facility_overlap')).toHaveLength(1);
  });

  it('names every visit of one doctor holding clinics at two facilities in the same hours', () => {
    for (const sep of interleaved) {
      const [hit] = run.hitsOf(sep, 'doctor_at_several_facilities_same_hours');
      expect(hit?.strength).toBe('suspicious');
      expect(hit?.related_sep.length).toBe(5);
    }
    expect(run.hitsOf(interleaved[0] as string)[0]?.evidence_en).toContain('DSURGBOTH');
  });

  it('leaves a morning clinic and an afternoon clinic apart, one patient waiting all day notwithstanding', () => {
    for (const sep of consecutive) expect(run.hitsOf(sep, 'doctor_at_several_facilities_same_hours')).toEqual([]);
  });

  it('names the same visit billed again under another group, not a second visit that evening', () => {
    const [hit] = run.hitsOf(rebilled, 'same_visit_billed_under_another_group');
    expect(hit?.strength).toBe('certain');
    expect(hit?.related_sep).toHaveLength(1);
    expect(run.hits.filter((h) => h.signal === 'same_visit_billed_under_another_group')).toHaveLength(1);
    expect(run.hitsOf(secondVisit, 'same_visit_billed_under_another_group')).toEqual([]);
  });

  it('links an emergency visit closed at 23:50 to the admission at 00:20, not to one at 06:30', () => {
    const [hit] = run.hitsOf(igdVisit, 'visit_closed_before_admission');
    expect(hit?.evidence_en).toContain('30 minutes later');
    expect(run.hitsOf(sentHome, 'visit_closed_before_admission')).toEqual([]);
  });

  it('judges each claim alike from what arrival scoring loads: its card and its doctor’s day', async () => {
    const MINE = [
      'distant_facility_overlap',
      'doctor_at_several_facilities_same_hours',
      'same_visit_billed_under_another_group',
      'visit_closed_before_admission',
    ];
    const judged = [flewStay, noflyStay, interleaved[3], consecutive[0], rebilled, secondVisit, igdVisit, sentHome] as string[];
    const verdict = (r: DetectorRun, sep: string): string[] =>
      r
        .hitsOf(sep)
        .filter((h) => MINE.includes(h.signal))
        .map((h) => h.evidence_en);
    // Claims that load the same rows (the repeat visit and its near miss share a card pair and the
    // doctor's day) are judged on one run of those rows: a second run of the same rows is the same run.
    const byLoad = new Map<string, { loaded: Row[]; seps: string[] }>();
    for (const sep of judged) {
      const own = claims.find((c) => c['nomor_sep'] === sep) as Row;
      const loaded = claims.filter(
        (c) => c['card_key'] === own['card_key'] || (c['kode_dpjp'] === own['kode_dpjp'] && c['tgl_masuk'] === own['tgl_masuk']),
      );
      const key = loaded.map((c) => String(c['nomor_sep'])).join(' ');
      const same = byLoad.get(key);
      if (same) same.seps.push(sep);
      else byLoad.set(key, { loaded, seps: [sep] });
    }
    for (const { loaded, seps } of byLoad.values()) {
      const cards = new Set(loaded.map((c) => c['card_key']));
      const alone = await runDetectors({ members: members.filter((m) => cards.has(m['card_key'] ?? '')), claims: loaded });
      try {
        for (const sep of seps) expect(verdict(alone, sep), sep).toEqual(verdict(run, sep));
      } finally {
        await alone.close();
      }
    }
  });
});
