// UNBUNDLING (DOMAIN.md section 3: "several SEPs for one patient on the same or adjacent days"):
// a haemodialysis session and a clinic visit of the same patient, by the same doctor, at the same
// hospital on the same day, each under its own SEP. The INA-CBG haemodialysis package (N-3-15-0,
// PMK 3/2023) pays the session with the nephrologist's or internist's review and its routine
// laboratory, and outpatient care at one facility on one day is one episode (Permenkes 76/2016,
// 26/2021): the doctor's visit beside the session is the session's own review billed again.

/** SQL: is the outpatient claim `o` a haemodialysis session (ICD-10 Z49 care involving dialysis, ICD-9-CM 39.95 haemodialysis)? */
const dialysisSessionSql = (o: string): string =>
  `(${o}.jenis_rawat = 2 AND (list_bool_or(list_transform(${o}.dx_list, x -> starts_with(x, 'Z49'))) OR list_has(${o}.px_list, '39.95')))`;

/**
 * SQL: is the outpatient claim `b` a plain clinic visit (INA-CBG case type 5, outpatient without a
 * procedure)? A procedure group (case types 2 and 3) is a service of its own, and another session
 * (dialysis, chemotherapy) is read by the session branches of unbundling.ts.
 */
const clinicVisitSql = (b: string): string => `(${b}.jenis_rawat = 2 AND split_part(${b}.kode_inacbg, '-', 2) = '5')`;

/**
 * SELECT of UNBUNDLING hits (HIT_COLUMNS): the clinic visit billed beside a haemodialysis session
 * of the same patient, doctor, hospital and day, naming the session. Another doctor's clinic the
 * same day (an eye or cardiac review of a diabetic, a referral inside the hospital) is care of its
 * own and stays out, as does the same doctor's visit on a day without a session.
 */
export function visitBesideDialysisSql(): string {
  return `
SELECT b.nomor_sep, 'visit_billed_beside_dialysis_session' AS signal, any_value(b.paid_amount) AS amount_at_risk, list(o.nomor_sep ORDER BY o.nomor_sep) AS related_sep,
  format('Clinic visit ({}, {}) by doctor {} on {}, the day of haemodialysis session {} at the same hospital by the same doctor: the session''s package already pays its review',
    any_value(b.kode_inacbg), array_to_string(any_value(b.dx_list), ', '), any_value(b.kode_dpjp), any_value(b.tgl_masuk), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', ')) AS evidence_en,
  format('Kunjungan poli ({}, {}) oleh dokter {} pada {}, hari sesi hemodialisis {} di RS yang sama oleh dokter yang sama: paket sesi sudah membayar pemeriksaannya',
    any_value(b.kode_inacbg), array_to_string(any_value(b.dx_list), ', '), any_value(b.kode_dpjp), any_value(b.tgl_masuk), array_to_string(list(o.nomor_sep ORDER BY o.nomor_sep), ', ')) AS evidence_id
FROM fraud_claim_base b JOIN fraud_card_pairs p USING (nomor_sep) JOIN fraud_claim_base o ON o.nomor_sep = p.other_sep
WHERE ${clinicVisitSql('b')} AND ${dialysisSessionSql('o')}
  AND o.facility_id = b.facility_id AND o.tgl_masuk = b.tgl_masuk AND o.kode_dpjp = b.kode_dpjp
GROUP BY b.nomor_sep`;
}
