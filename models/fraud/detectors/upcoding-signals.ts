// The signals UPCODING can emit (claim-content.ts), with their strength and names in English and
// Indonesian: one per coding pattern, each pattern's SQL in claim-content.ts or the upcoding-*.ts it names.
import { suspicious } from './types.js';
import { EXCLUDED_SECONDARY_SIGNALS } from './upcoding-excluded-secondary.js';
import { INDICATION_SIGNALS } from './upcoding-indication.js';
import { PROCEDURE_BILL_SIGNALS } from './upcoding-procedure-bill.js';
import { PROCEDURE_GROUP_FEE_SIGNALS } from './upcoding-procedure-fee.js';

export const UPCODING_SIGNALS = {
  // a dear procedure coded above what the diagnoses indicate (upcoding-indication.ts)
  ...INDICATION_SIGNALS,
  // a procedure with a device top-up billed with a cheaper procedure's devices (upcoding-procedure-bill.ts)
  ...PROCEDURE_BILL_SIGNALS,
  // an operation that moves the stay into a procedure group, its fee a minor procedure's (upcoding-procedure-fee.ts)
  ...PROCEDURE_GROUP_FEE_SIGNALS,
  // a severity-raising secondary ICD-10 excludes with the primary (upcoding-excluded-secondary.ts)
  ...EXCLUDED_SECONDARY_SIGNALS,
  severity_without_support: suspicious('Severity III without supporting care', 'Severitas III tanpa dukungan perawatan'),
  severity_mix_above_peers: suspicious('Severity mix above case-mix-matched peers', 'Bauran severitas di atas pembanding sekelompok CBG'),
  severity_without_resource_use: suspicious(
    'Severity or diagnosis group not supported by resource use',
    'Severitas atau kelompok diagnosis tidak didukung pemakaian sumber daya',
  ),
  severity_unsupported_at_provider: suspicious('Unsupported severity repeated at the provider', 'Severitas tanpa dukungan berulang di RS'),
  severe_primary_short_cheap_stay: suspicious(
    'Severe primary diagnosis on a short, cheap stay',
    'Diagnosis utama berat pada rawat singkat dan murah',
  ),
  group_severity_above_peers: suspicious(
    "One CBG group coded above severity I beyond the group's other facilities",
    'Satu kelompok CBG dikode di atas severitas I melebihi faskes lain',
  ),
  coder_severity_above_colleagues: suspicious(
    'Coder codes above severity I beyond colleagues on the same groups',
    'Koder mengode di atas severitas I melebihi rekan pada kelompok yang sama',
  ),
  diagnosis_without_its_evidence: suspicious(
    'Diagnosis of a dearer group without the investigation or treatment it needs',
    'Diagnosis kelompok lebih mahal tanpa pemeriksaan atau tindakan yang dibutuhkannya',
  ),
  complication_without_its_treatment: suspicious(
    'Severity-raising complication without the treatment it needs',
    'Komplikasi penaik severitas tanpa tatalaksana yang dibutuhkannya',
  ),
  complication_without_treatment_at_provider: suspicious(
    "Complications billed without their treatment beyond other facilities' rate",
    'Komplikasi ditagih tanpa tatalaksananya melebihi laju faskes lain',
  ),
  diagnosis_moved_to_dearer_group: suspicious(
    "Diagnosis moved to a dearer group of its category, with the cheaper group's resources",
    'Diagnosis dipindah ke kelompok sekategori yang lebih mahal, dengan sumber daya kelompok yang lebih murah',
  ),
  diagnosis_without_evidence_at_provider: suspicious(
    "A diagnosis billed without its evidence beyond other facilities' rate",
    'Diagnosis ditagih tanpa bukti penunjangnya melebihi laju faskes lain',
  ),
  severity_above_peers_across_groups: suspicious(
    "Stays above severity I over all the provider's CBG groups beyond case-mix-matched peers",
    'Rawat inap di atas severitas I di semua kelompok CBG RS melebihi pembanding sekelompok CBG',
  ),
  primary_sequenced_above_treated_secondary: suspicious(
    "Dearer primary diagnosis sequenced above a secondary whose group's resources the stay used",
    'Diagnosis utama lebih mahal diurutkan di atas diagnosis sekunder yang sumber daya kelompoknya dipakai',
  ),
  primary_against_chronic_record: suspicious(
    "Dearer primary of the organ system the card's chronic record never shows, with the recorded condition's resources",
    'Diagnosis utama lebih mahal sesistem organ yang tidak pernah ada di riwayat kronis kartu, dengan sumber daya kondisi tercatat',
  ),
  comorbidity_once_on_record: suspicious(
    "Severity-raising lasting comorbidity that none of the card's many other records around the stay shows",
    'Komorbid menahun penaik severitas yang tidak tercatat di banyak riwayat kartu lain sekitar rawat inap',
  ),
  comorbidity_once_at_provider: suspicious(
    "Provider's stays carry one-off lasting comorbidities beyond other facilities' rate",
    'Rawat inap RS membawa komorbid menahun yang hanya muncul sekali melebihi laju faskes lain',
  ),
  severity_step_at_provider: suspicious(
    "Provider's severity mix stepped up and stayed above its class peers on the same CBG groups",
    'Bauran severitas RS naik bertahap dan bertahan di atas RS sekelas pada kelompok CBG yang sama',
  ),
  primary_contradicted_by_follow_up: suspicious(
    "Dearer form of a condition the card's follow-up after discharge contradicts, with the other form's resources",
    'Bentuk penyakit yang lebih mahal dibantah kontrol kartu setelah pulang, dengan sumber daya bentuk lainnya',
  ),
  severity_three_billed_as_one_at_provider: suspicious(
    "Provider's severity-III stays billed as its groups' severity I at other facilities",
    'Rawat inap severitas III RS ditagih setara severitas I kelompoknya di faskes lain',
  ),
  complication_stays_cost_as_own_severity_one: suspicious(
    "Provider's stays raised by complications cost what its own severity-I stays of the group cost",
    'Rawat inap RS yang naik karena komplikasi berbiaya sama dengan rawat severitas I-nya sendiri',
  ),
  comorbidity_without_its_care_at_provider: suspicious(
    'Severity-raising comorbidity without the chronic drugs the provider bills for it on its other patients',
    'Komorbid penaik severitas tanpa obat kronis yang ditagih RS untuknya pada pasien lain',
  ),
  stays_cost_as_level_below_at_provider: suspicious(
    "Provider's stays above severity I billed, together, as partly the level below's at other facilities",
    'Rawat inap RS di atas severitas I ditagih, secara keseluruhan, sebagian setara tingkat di bawahnya di faskes lain',
  ),
};
