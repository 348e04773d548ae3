// The fraud feature registry: every feature the fraud models read, as frozen data with its
// entity, unit and a description in Indonesian and English. Explanations turn a model
// contribution into a sentence through this registry, so a feature without an entry cannot ship.

export type FraudFeatureEntity = 'claim' | 'provider' | 'member';

export interface FraudFeature {
  readonly name: string;
  readonly entity: FraudFeatureEntity;
  readonly unit: string;
  readonly descriptionId: string;
  readonly descriptionEn: string;
  /** Column of fraud_claim_features holding the peer (reference) value, when there is one. */
  readonly peerColumn?: string;
}

const f = (
  name: string,
  entity: FraudFeatureEntity,
  unit: string,
  descriptionId: string,
  descriptionEn: string,
  peerColumn?: string,
): FraudFeature => Object.freeze({ name, entity, unit, descriptionId, descriptionEn, ...(peerColumn ? { peerColumn } : {}) });

export const FRAUD_FEATURES: readonly FraudFeature[] = Object.freeze([
  f(
    'los_ratio',
    'claim',
    'ratio',
    'Lama rawat dibanding LOS normatif INA-CBG',
    'Length of stay against the INA-CBG length-of-stay norm',
    'peer_los_ratio',
  ),
  f('severity_rank', 'claim', 'level', 'Tingkat keparahan INA-CBG (0 rawat jalan, 1-3)', 'INA-CBG severity level (0 outpatient, 1-3)'),
  f('severity_raising_dx', 'claim', 'count', 'Jumlah diagnosis sekunder penaik keparahan', 'Secondary diagnoses that raise severity'),
  f(
    'drug_device_log_excess',
    'claim',
    'log ratio',
    'Porsi obat, alkes dan BMHP dibanding klaim sejenis (log)',
    'Drugs, devices and consumables share against claims of the same CBG (log)',
    'peer_drug_device_log',
  ),
  f(
    'billed_to_tariff_log_excess',
    'claim',
    'log ratio',
    'Tagihan RS dibanding tarif INA-CBG, relatif terhadap klaim sejenis (log)',
    'Hospital bill against the INA-CBG tariff, relative to claims of the same CBG (log)',
    'peer_billed_to_tariff_log',
  ),
  f(
    'topup_without_procedure',
    'claim',
    'flag',
    'Top-up special CMG tanpa tindakan pendukung',
    'Special CMG top-up without its justifying procedure',
  ),
  f(
    'days_since_last_discharge',
    'claim',
    'days',
    'Hari sejak pulang rawat terakhir peserta (maks. 365)',
    "Days since the member's last discharge (capped at 365)",
  ),
  f(
    'same_day_episodes',
    'claim',
    'count',
    'Episode lain kartu yang sama pada tanggal masuk yang sama',
    'Other episodes of the same card admitted the same day',
  ),
  f(
    'overlapping_episodes',
    'claim',
    'count',
    'Episode lain kartu yang sama yang tumpang tindih',
    'Other episodes of the same card overlapping this one',
  ),
  f(
    'same_day_distance_km',
    'claim',
    'km',
    'Jarak terjauh ke faskes lain yang dipakai kartu pada hari yang sama',
    'Largest distance to another facility the card used the same day',
  ),
  f('doctor_daily_volume', 'claim', 'claims/day', 'Jumlah klaim DPJP pada hari yang sama', "The attending doctor's claims on the same day"),
  f(
    'class_above_entitlement',
    'claim',
    'classes',
    'Kelas rawat ditagih di atas hak kelas peserta',
    'Care class billed above the member entitlement',
  ),
  f('sex_inconsistent_dx', 'claim', 'flag', 'Diagnosis tidak sesuai jenis kelamin peserta', "Diagnosis inconsistent with the member's sex"),
  f('member_claims_90d', 'member', 'count', 'Klaim peserta dalam 90 hari sebelumnya', 'Claims of the member in the previous 90 days'),
  f(
    'member_facilities_90d',
    'member',
    'count',
    'Faskes berbeda yang dipakai peserta dalam 90 hari',
    'Distinct facilities the member used in 90 days',
  ),
  f(
    'provider_severity3_ratio',
    'provider',
    'ratio',
    'Porsi severitas III RS dibanding RS sekelas di provinsi yang sama',
    'Provider severity-III share against hospitals of the same class and province',
    'peer_severity3_share',
  ),
  f(
    'provider_readmission_oe',
    'provider',
    'ratio',
    'Readmisi 30 hari RS: observasi / ekspektasi',
    'Provider 30-day readmissions observed / expected',
  ),
  f(
    'provider_claim_growth',
    'provider',
    'ratio',
    'Pertumbuhan klaim RS (3 bulan terakhir / 3 bulan sebelumnya)',
    'Provider claim growth (last 3 months / 3 months before)',
  ),
  f(
    'provider_topup_share',
    'provider',
    'share',
    'Porsi klaim RS dengan top-up special CMG',
    'Share of provider claims with special CMG top-ups',
    'peer_topup_share',
  ),
  f(
    'provider_rule_hit_share',
    'provider',
    'share',
    'Porsi klaim RS bulan-bulan sebelumnya yang terkena aturan deteksi',
    "Share of the provider's earlier claims hit by a detector",
  ),
  f(
    'provider_audit_confirmed_share',
    'provider',
    'share',
    'Porsi audit RS sebelumnya yang terbukti fraud',
    "Share of the provider's earlier audits confirmed as fraud",
  ),
]);

export const FRAUD_FEATURE_NAMES: readonly string[] = Object.freeze(FRAUD_FEATURES.map((x) => x.name));

export function fraudFeature(name: string): FraudFeature | undefined {
  return FRAUD_FEATURES.find((x) => x.name === name);
}
