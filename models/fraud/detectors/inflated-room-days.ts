// INFLATED_BILL on the room line (DOMAIN.md section 3: tariff components as outliers within the same
// CBG): the ward bills more bed-days than the claim's own dates hold (red team RT-INFLATED-153: the
// billing clerk carries the days of the ward's census sheet, the admission and discharge dates are the
// patient's). A hospital prices its own room by care class and day (tarif RS), so the yardstick is
// its own stays of the same INA-CBG code and care class, not other hospitals.
//
// A room line can stand above those stays honestly, and each way is closed:
// - a longer stay bills more days. Where the room is billed by the day, its price a day says it: the line
//   is judged per day of the stay, and in rupiah by less (a short stay's day is dearer where the discharge
//   day is billed too, but its room in rupiah is below the usual stay's). Where the room is not billed by
//   the day (the red team's bills: the line does not follow the stay's length), a day price moves with the
//   length alone, so the line may instead stand above the rooms of the hospital's stays that lasted as long
//   or longer, in rupiah (no honest room is dearer than theirs under either billing);
// - a sicker patient (a high-care day billed in the room, more tests and drugs) moves the rest of the
//   bill with the room: the line is judged against the rest of the bill (less nursing, which is also
//   billed per day) either way; a stay with intensive care (icu_los, icu_indikator, the intensive line) is
//   not judged at all, nor a room upgrade (upgrade_class_ind: the upgraded room is billed, the member or
//   an insurer pays the difference: room-class.ts);
// - the hospital raising its room tariff moves every stay after the raise: the stay is judged against
//   its earlier and its later stays apart, and must stand above each side that has enough stays; after
//   a raise the later stays are priced as it is.
// One such stay is a room move or a clerk's slip; the signal names a billing office's practice, so
// the hospital must bill several of them within the window, and they must be a share of its stays.
// A stay much shorter than the usual one billed census days is not seen (its room stays within what
// the usual stay bills).
import type { DetectorThreshold } from './types.js';
import { suspicious } from './types.js';
import { rupiahSql } from './evidence-rupiah.js';

export const ROOM_DAY_THRESHOLDS = {
  roomDayStepRatio: {
    value: 1.35,
    source:
      "Assumption with measurements: the room line at 1.35x the median of the hospital's own stays of the same INA-CBG code and care class per day of stay, or in rupiah against those that lasted as long or longer, and against the rest of the bill (less nursing). Within one hospital and class the room is one price a day, but generated rooms are noisy: on the generated 150,000-member warehouse (254,439 claims) 3,591 stays are judged and 130 stand above on every side at 1.3x (85 at 1.35x, 65 at 1.4x); at 1.3x the hits were 3 honest stays of one hospital (3 of its 6 judged stays of A-4-13-I in a quarter) and no fraud, at 1.35x none. On the red team's whole warehouse (8,000 generated members and the 461 scenarios: 3,332 stays judged, 80 at generated hospitals) at 1.3x none at a generated hospital stood above. The census-day scheme of RT-INFLATED-153 (room 1.65x, nursing 1.35x) stands 1.59-1.67x in rupiah against stays as long and 1.47-1.70x against the rest of the bill.",
  },
  roomRupiahFloorRatio: {
    value: 1.15,
    source:
      "Assumption: the day way also wants the room line in rupiah at 1.15x the median of the hospital's stays or more, so that a short stay's dearer day (the discharge day billed too) is not read as days added, while a census-day stay a day shorter than the usual one (1.6 x 4/5 = 1.28x) still is. The red team's honest rooms of one code and hospital lie within 5% of each other in rupiah.",
  },
  roomDayWindowDays: {
    value: 90,
    source:
      "A quarter either side of the stay: a hospital's room price per class holds for months (the tariff a director's decree sets), and arrival loads the facility's stays of the claim's CBG within CLONING's templateWindowDays (180): the stay's own window and the windows of the stays counted with it (90 + 90) fit in it, so batch and arrival read the same stays.",
  },
  roomDayMinSideStays: {
    value: 3,
    source:
      'Assumption: the median of 3 stays is the smallest level one dear stay among them cannot set; a side (earlier or later stays) with fewer is not judged, and a stay with neither side judged is not judged.',
  },
  roomDayMinRepeat: {
    value: 3,
    source:
      "Assumption: a billing office's practice, not one stay: at least 3 stays of the code and class within the window stand above their own stays so (RT-INFLATED-153 bills 4 of 22 in 4 months).",
  },
  roomDayMinShare: {
    value: 0.1,
    source:
      "Assumption: and at least 1 in 10 of the hospital's judged stays of the code and class within the window, so that a large hospital's few honest room moves among hundreds of stays do not add up to a practice (RT-INFLATED-153: 4 of 18-22, 18-22%).",
  },
} satisfies Record<string, DetectorThreshold>;

export const ROOM_DAY_SIGNALS = {
  room_days_above_own_stays: suspicious(
    "Room line above the hospital's own stays of the code and class, per day or against stays as long, repeated: more bed-days billed than the stay's dates hold",
    'Tarif kamar di atas rawat inap RS itu sendiri untuk kode dan kelas yang sama, per hari atau terhadap rawat inap yang sama lama, berulang: hari rawat yang ditagih lebih banyak dari tanggal rawatnya',
  ),
};

type RoomDayValues = Readonly<Record<keyof typeof ROOM_DAY_THRESHOLDS, number>>;

/** SQL of the hits (HIT_COLUMNS): stays whose room line stands above the hospital's own stays of the code and class per day or against those held as long, and against the rest of the bill, repeated. */
export function roomDaysSql(t: RoomDayValues): string {
  const step = `ln(${t.roomDayStepRatio})`;
  return `
SELECT * FROM (
WITH stay AS (
  -- a ward stay billed a room: no intensive care and no upgrade (see the head of the file)
  SELECT nomor_sep, facility_id, kode_inacbg, kelas_rawat, tgl_masuk, los, tarif_kamar, tarif_keperawatan,
    ln(tarif_kamar) AS room_log, ln(tarif_kamar / greatest(los, 1)) AS day_log,
    ln(tarif_kamar / (billed_cost - tarif_kamar - tarif_keperawatan)) AS share_log
  FROM fraud_claim_base
  WHERE jenis_rawat = 1 AND tarif_kamar > 0 AND billed_cost > tarif_kamar + tarif_keperawatan
    AND coalesce(icu_los, 0) = 0 AND coalesce(icu_indikator, 0) = 0 AND coalesce(tarif_rawat_intensif, 0) = 0
    AND coalesce(upgrade_class_ind, 0) = 0
), side AS (
  -- the hospital's other stays of the code and class within the window, earlier and later apart: all of them per day and
  -- in rupiah, those that lasted as long or longer in rupiah, and all of them against the rest of the bill
  SELECT s.nomor_sep, p.tgl_masuk > s.tgl_masuk OR (p.tgl_masuk = s.tgl_masuk AND p.nomor_sep > s.nomor_sep) AS later, count(*) AS n,
    count(*) FILTER (WHERE p.los >= s.los) AS n_long,
    any_value(s.day_log) - median(p.day_log) AS day_x, any_value(s.room_log) - median(p.room_log) AS room_x,
    any_value(s.room_log) - median(p.room_log) FILTER (WHERE p.los >= s.los) AS long_x,
    any_value(s.share_log) - median(p.share_log) AS share_x, exp(median(p.day_log)) AS day_median
  FROM stay s JOIN stay p ON p.facility_id = s.facility_id AND p.kode_inacbg = s.kode_inacbg AND p.kelas_rawat = s.kelas_rawat
    AND p.nomor_sep <> s.nomor_sep AND abs(p.tgl_masuk - s.tgl_masuk) <= ${t.roomDayWindowDays}
  GROUP BY ALL
), judged AS (
  -- above every side with enough stays against the rest of the bill and per day (in rupiah by the floor), or above every
  -- side with enough stays as long or longer in rupiah (and against the rest of the bill): either way on its own sides
  SELECT s.*, coalesce(bool_and(d.share_x >= ${step} AND d.day_x >= ${step} AND d.room_x >= ln(${t.roomRupiahFloorRatio})), false)
      OR coalesce(bool_and(d.share_x >= ${step} AND d.long_x >= ${step}) FILTER (WHERE d.n_long >= ${t.roomDayMinSideStays}), false) AS above,
    min(d.day_x) AS day_x, min(d.long_x) FILTER (WHERE d.n_long >= ${t.roomDayMinSideStays}) AS long_x, min(d.share_x) AS share_x,
    -- the excess the amount at risk is read from: the day price over the median day, or the room over the stays as long
    greatest(min(d.day_x), min(d.long_x) FILTER (WHERE d.n_long >= ${t.roomDayMinSideStays})) AS room_x,
    sum(d.n) AS peers, max(d.day_median) AS day_median
  FROM stay s JOIN side d USING (nomor_sep) WHERE d.n >= ${t.roomDayMinSideStays}
  GROUP BY ALL
), practice AS (
  -- the hospital's judged stays of the code and class within the window of an above one, and how many stand above
  SELECT s.nomor_sep, count(*) AS judged_n, count(*) FILTER (WHERE o.above) AS above_n
  FROM judged s JOIN judged o ON o.facility_id = s.facility_id AND o.kode_inacbg = s.kode_inacbg AND o.kelas_rawat = s.kelas_rawat
    AND abs(o.tgl_masuk - s.tgl_masuk) <= ${t.roomDayWindowDays}
  WHERE s.above GROUP BY s.nomor_sep
)
SELECT j.nomor_sep, 'room_days_above_own_stays' AS signal, round(j.tarif_kamar * (1 - exp(-j.room_x)), -2)::BIGINT AS amount_at_risk,
  []::VARCHAR[] AS related_sep,
  format('Room {} for {} day(s) = {} a day against a median of {} a day over the hospital''s {} other stay(s) of {} in class {} within {} days before and after it ({:.1f}x{}), {:.1f}x their share of the rest of the bill (nursing {}); {} of its {} such stays in that time stand so',
    ${rupiahSql('j.tarif_kamar')}, j.los, ${rupiahSql('j.tarif_kamar / greatest(j.los, 1)')}, ${rupiahSql('j.day_median')}, j.peers, j.kode_inacbg, j.kelas_rawat,
    ${t.roomDayWindowDays}, exp(j.day_x), CASE WHEN j.long_x IS NULL THEN '' ELSE format('; the room line {:.1f}x that of the stays as long or longer', exp(j.long_x)) END,
    exp(j.share_x), ${rupiahSql('j.tarif_keperawatan')}, p.above_n, p.judged_n) AS evidence_en,
  format('Kamar {} untuk {} hari = {} per hari dibanding median {} per hari dari {} rawat inap lain {} kelas {} di RS ini dalam {} hari sebelum dan sesudahnya ({:.1f}x{}), {:.1f}x porsinya terhadap sisa tagihan (keperawatan {}); {} dari {} rawat inap serupa dalam waktu itu setinggi itu',
    ${rupiahSql('j.tarif_kamar')}, j.los, ${rupiahSql('j.tarif_kamar / greatest(j.los, 1)')}, ${rupiahSql('j.day_median')}, j.peers, j.kode_inacbg, j.kelas_rawat,
    ${t.roomDayWindowDays}, exp(j.day_x), CASE WHEN j.long_x IS NULL THEN '' ELSE format('; tarif kamar {:.1f}x rawat inap yang sama lama atau lebih lama', exp(j.long_x)) END,
    exp(j.share_x), ${rupiahSql('j.tarif_keperawatan')}, p.above_n, p.judged_n) AS evidence_id
FROM judged j JOIN practice p USING (nomor_sep)
WHERE p.above_n >= ${t.roomDayMinRepeat} AND p.above_n >= ${t.roomDayMinShare} * p.judged_n
)`;
}
