// The files of a published fraud directory and its manifest: what the publisher writes and the
// readers (the API's service, arrival scoring, the red-team adapter) open. Names only grow.

export const FRAUD_FILES = Object.freeze({
  claimScores: 'claim_scores.parquet',
  providerScores: 'provider_scores.parquet',
  worklist: 'worklist.parquet',
  detectorHits: 'detector_hits.parquet',
  modelReasons: 'model_reasons.parquet',
  cbgPeers: 'cbg_peers.parquet',
  providers: 'providers.parquet',
  signalPrecision: 'signal_precision.parquet',
  historyClaims: 'history_claims.parquet',
  members: 'members.parquet',
  facilities: 'facilities.parquet',
  deaths: 'deaths.parquet',
  kkpak: 'kkpak.parquet',
  classifier: 'classifier',
  autoencoder: 'autoencoder',
  triage: 'triage.json',
  manifest: 'manifest.json',
  /** Every case (not only those within capacity), all its claims, with its rank and whether it is in the published worklist. */
  cases: 'cases.parquet',
  /** Provider distributions the distribution detectors read (arrival scoring needs them too). */
  providerDistribution: 'provider_distribution.parquet',
  /** Outpatient flat-fee package vectors per facility (CLONING leaves them alone). */
  flatPackages: 'flat_packages.parquet',
  /** Patients moved between pairs of hospitals, and the doctors they share (SELF_REFERRAL reads them). */
  referralPairs: 'referral_pairs.parquet',
  /** Per FKTP, its sick visits for FKTP-list diagnoses and those it referred (SELF_REFERRAL reads them). */
  fktpReferrals: 'fktp_referrals.parquet',
  /** Theatre materials and devices per operation, and each facility's recorded operation times (CANCELLED_SERVICE reads them). */
  operationRecords: 'operation_records.parquet',
  /** The audited recovery share (one row): amount at risk of a claim no detector estimates. */
  riskShare: 'risk_share.parquet',
  /** Case-mix peers (CBG x hospital class), procedure-matched peers and national workload norms the distribution detectors read. */
  casemixPeers: 'casemix_peers.parquet',
  procedurePeers: 'procedure_peers.parquet',
  peerNorms: 'peer_norms.parquet',
  /** Case-mix norms per facility and CBG from every other facility (the provider left out): length of stay, bill at the base tariff key, the facility's long stays. */
  otherFacilityPeers: 'other_facility_peers.parquet',
  /** Per provider and suspicious signal: whether the provider repeats it beyond its rate elsewhere (case formation reads it). */
  signalPatterns: 'signal_patterns.parquet',
  /** Recent P-Care visits (the referral letters behind hospital claims), recent PRB pharmacy claims and the doctor registry, for arrival scoring. */
  fktpVisits: 'fktp_visits.parquet',
  prbClaims: 'prb_claims.parquet',
  doctors: 'doctors.parquet',
});

export interface FraudManifest {
  readonly runId: string | null;
  readonly publishedAt: string;
  readonly claims: number;
  readonly worklistClaims: number;
  readonly worklistCases: number;
  /** Capacity (cases) and per-provider cap of the published worklist: what a request that names none gets. */
  readonly capacityCases?: number;
  readonly maxCasesPerProvider?: number;
  readonly labelledClaims: number;
  readonly confirmedClaims: number;
}
