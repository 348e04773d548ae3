// CANCELLED_SERVICE reads the record of an operation, not its fee alone (red team RT-CANCEL-41,
// RT-CANCEL-42, RT-NM-SURGFEE-41): no operation time and no theatre materials at a hospital that
// records times, a low fee with the operation's devices missing, a fee booked elsewhere on an
// operation whose time and theatre costs are recorded, an untimed inpatient operation gone home
// the day of admission, a token surgical fee beside the usual non-surgical fees. Each with its near miss.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../test-support/detector-run.js';
import type { DetectorHit, DetectorRun } from '../test-support/detector-run.js';
import { FACILITIES, claim, member } from '../test-support/hand-built.js';
import type { Row } from '../test-support/hand-built.js';
import { CANCELLED_SERVICE_DETECTOR } from './cancelled-service.js';
import { OPERATION_RECORD_TABLE } from './operation-records.js';

const members: Row[] = [];
const claims: Row[] = [];
const JAKARTA = String(FACILITIES['jakarta1']?.['facility_id']);
const BANDUNG = String(FACILITIES['bandung']?.['facility_id']);
const PEER_FEE = 3_000_000;
const PEER_DEVICES = 400_000;
const PEER_NON_SURGICAL = 800_000;

let cards = 0;
/** One patient's stay on a card of its own (no episode detector pairs two of them), on a day of March 2024 unless given. */
function add(over: Row): string {
  const card = `bnd${++cards}`;
  members.push(member(card));
  const day = String(1 + (cards % 28)).padStart(2, '0');
  const c = claim(card, { tgl_masuk: `2024-03-${day}`, tgl_pulang: `2024-03-${day}`, ...over, tarif_kamar: 100_000 + 1_000 * cards });
  claims.push(c);
  return String(c['nomor_sep']);
}

/** A laparoscopic cholecystectomy as its peers bill it: the surgeon's fee beside non-surgical fees (anaesthesia, ward procedures), devices, consumables and theatre equipment. */
const CHOLECYSTECTOMY: Row = {
  kode_inacbg: 'B-1-10-I',
  diagnosa: 'K80.2',
  procedure: '51.23',
  tarif_prosedur_bedah: PEER_FEE,
  tarif_prosedur_non_bedah: PEER_NON_SURGICAL,
  tarif_alkes: PEER_DEVICES,
  tarif_bmhp: 600_000,
  tarif_sewa_alat: 200_000,
  tarif_pelayanan_darah: 50_000,
};
const timed = (day: string): Row => ({ waktu_masuk: `${day} 09:00:00`, waktu_operasi: `${day} 13:00:00`, waktu_pulang: `${day} 18:00:00` });
/** A day-case stay on `day` with its times recorded. */
const on = (day: string): Row => ({ tgl_masuk: day, tgl_pulang: day, ...timed(day) });
const NO_THEATRE: Row = { tarif_alkes: 0, tarif_bmhp: 0, tarif_sewa_alat: 0 };

// Jakarta records the time of its operations: 24 done as usual (the operation's peers)
for (let i = 0; i < 24; i++) add({ ...CHOLECYSTECTOMY, ...on('2024-02-10') });

// the full fee, no operation time, no theatre materials (RT-CANCEL-41); near miss: the same at Bandung, which records no times
const untimedBare = add({ ...CHOLECYSTECTOMY, ...NO_THEATRE });
const untimedBareNoTimes = add({ ...CHOLECYSTECTOMY, ...NO_THEATRE, facility_id: BANDUNG });
// no operation time and the patient gone at own request, or home the day of admission; near miss: no time,
// theatre billed, home on the doctor's word after two nights
const untimedOwnRequest = add({ ...CHOLECYSTECTOMY, discharge_status: 3 });
const untimedSameDay = add({ ...CHOLECYSTECTOMY });
const untimedDone = add({ ...CHOLECYSTECTOMY, tgl_masuk: '2024-03-05', tgl_pulang: '2024-03-07' });
// a fee at 30% of the peers' (past the token line) and no devices (RT-CANCEL-42); near miss: the same fee with devices
const lowFeeNoDevices = add({ ...CHOLECYSTECTOMY, facility_id: BANDUNG, tarif_prosedur_bedah: 800_000, tarif_alkes: 0 });
const lowFeeDevices = add({ ...CHOLECYSTECTOMY, facility_id: BANDUNG, tarif_prosedur_bedah: 800_000 });
// the surgeon's fee booked elsewhere, the operation timed and its theatre billed (RT-NM-SURGFEE-41); hit: timed, theatre empty
const feeElsewhereDone = add({ ...CHOLECYSTECTOMY, ...on('2024-03-20'), tarif_prosedur_bedah: 0, tarif_tenaga_ahli: 3_100_000 });
const feeElsewhereBare = add({ ...CHOLECYSTECTOMY, ...on('2024-03-21'), ...NO_THEATRE, tarif_prosedur_bedah: 0 });
// timed and with its theatre billed, but the fee is nowhere on the bill: the time and materials are the billing office's to write
const timedFeeNowhere = add({ ...CHOLECYSTECTOMY, ...on('2024-03-22'), tarif_prosedur_bedah: 0 });
// no fee and no time (the contract records a time only where a surgical fee is billed): the fee test alone decides, as before
const noFeeUntimed = add({ ...CHOLECYSTECTOMY, tarif_prosedur_bedah: 0 });
// a token surgical fee (5%) beside the usual non-surgical fees, timed and with its theatre billed: the non-surgical
// fees are the peers' too, not the operation's; near miss: a cath lab's way, the operation's fee in the non-surgical line
const tokenBesideWardFees = add({ ...CHOLECYSTECTOMY, ...on('2024-03-23'), tarif_prosedur_bedah: 150_000 });
const feeInNonSurgicalLine = add({ ...CHOLECYSTECTOMY, ...on('2024-03-24'), tarif_prosedur_bedah: 0, tarif_prosedur_non_bedah: 3_800_000 });

let run: DetectorRun | undefined;
let hits: DetectorHit[] = [];

beforeAll(async () => {
  run = await runDetectors({ members, claims });
  hits = run.hits.filter((h) => h.fraud_type === 'CANCELLED_SERVICE');
});

afterAll(async () => {
  await run?.close();
});

const signals = (sep: string): string[] =>
  hits
    .filter((h) => h.nomor_sep === sep)
    .map((h) => h.signal)
    .sort();

describe('CANCELLED_SERVICE reads the record of the operation, not the fee alone', () => {
  it("records per facility how many operations carry a time, and the operation's theatre norms", async () => {
    const rows =
      (await run?.warehouse.query<{ scope: string; group_key: string; timed_operations: bigint | null; devices: number | null }>(
        `SELECT scope, group_key, timed_operations, devices FROM ${OPERATION_RECORD_TABLE} WHERE hospital_class = '*'`,
      )) ?? [];
    const facility = (id: string) => rows.find((r) => r.scope === 'facility' && r.group_key === id);
    expect(Number(facility(JAKARTA)?.timed_operations)).toBe(29);
    expect(Number(facility(BANDUNG)?.timed_operations)).toBe(0);
    expect(rows.find((r) => r.scope === 'operation' && r.group_key === '51.23')?.devices).toBe(PEER_DEVICES);
  });

  it('flags a full fee with no operation time and no theatre materials where the hospital records times', () => {
    expect(signals(untimedBare)).toEqual(['operation_without_theatre_record']);
    expect(signals(untimedBareNoTimes)).toEqual([]);
  });

  it('flags an untimed operation whose patient went home at own request or the day of admission, not one discharged as usual', () => {
    expect(signals(untimedOwnRequest)).toEqual(['operation_without_theatre_record']);
    expect(signals(untimedSameDay)).toEqual(['operation_without_theatre_record']);
    expect(signals(untimedDone)).toEqual([]);
    const h = hits.find((x) => x.nomor_sep === untimedSameDay);
    expect(h?.evidence_en).toContain('the patient went home the day of admission');
    expect(h?.evidence_id).toContain('pasien pulang pada hari masuk');
  });

  it("counts non-surgical fees toward the operation's fee only above what its peers bill there", async () => {
    const peer = await run?.warehouse.query<{ non_surgical_fees: number }>(
      `SELECT non_surgical_fees FROM ${OPERATION_RECORD_TABLE} WHERE scope = 'operation' AND group_key = '51.23' AND hospital_class = '*'`,
    );
    expect(peer?.[0]?.non_surgical_fees).toBe(PEER_NON_SURGICAL);
    expect(signals(tokenBesideWardFees)).toEqual(['operation_without_surgical_cost']);
    expect(hits.find((x) => x.nomor_sep === tokenBesideWardFees)?.evidence_en).toContain('its fee Rp150,000');
    expect(signals(feeInNonSurgicalLine)).toEqual([]);
  });

  it("flags a low fee only with the operation's devices missing", () => {
    expect(CANCELLED_SERVICE_DETECTOR.thresholds.feeShareWithoutRecord.value).toBe(0.5);
    expect(signals(lowFeeNoDevices)).toEqual(['operation_fee_low_without_record']);
    expect(signals(lowFeeDevices)).toEqual([]);
  });

  it('takes a recorded operation time with theatre costs as the operation done when its fee is on the bill under another line', () => {
    expect(signals(feeElsewhereDone)).toEqual([]);
    expect(signals(timedFeeNowhere)).toEqual(['operation_without_surgical_cost']);
    expect(signals(feeElsewhereBare)).toEqual(['operation_without_surgical_cost']);
    expect(signals(noFeeUntimed)).toEqual(['operation_without_surgical_cost']);
  });

  it('says in both languages what is missing', () => {
    const h = hits.find((x) => x.nomor_sep === lowFeeNoDevices && x.signal === 'operation_fee_low_without_record');
    expect(h?.evidence_en).toContain('devices (Rp0 against a peer median of Rp400,000)');
    expect(h?.evidence_id).toContain('alkes (Rp0 dibanding median pembanding Rp400,000)');
    // the fee is a sum of DOUBLE lines and the norm a median: whole rupiah all the same (an auditor read "Rp350,000.0")
    expect(h?.evidence_en).toContain('billed with its fee at Rp800,000 (surgical, and non-surgical');
    expect(h?.evidence_en).toContain('against a peer median of Rp3,000,000, and without');
    expect(h?.evidence_id).toContain('ditagih dengan jasa Rp800,000 (bedah');
    for (const text of [h?.evidence_en, h?.evidence_id]) expect(text).not.toMatch(/Rp[0-9.,]+\.[0-9]/);
    const t = hits.find((x) => x.nomor_sep === untimedBare && x.signal === 'operation_without_theatre_record');
    expect(t?.evidence_en).toContain('records the time of 29 other operations');
    for (const x of hits) {
      expect(x.evidence_en, `${x.signal} ${x.nomor_sep}`).toBeTruthy();
      expect(x.evidence_id, `${x.signal} ${x.nomor_sep}`).toBeTruthy();
    }
  });
});
