// Column documentation of the ground-truth tables written under truth/ (never given to a model).
import { JKK_COMPLIANCE_LOG_SLOPE, JKK_REGION_FACTOR, JKK_SIZE_FACTOR, JKK_WOMEN_FACTOR, SAFETY_LOG_SIGMA } from './calibration.js';
import type { TruthTableName } from './options.js';

const round = (x: number, digits = 3): string => String(Number(x.toFixed(digits)));
const sizeFactors = Object.entries(JKK_SIZE_FACTOR)
  .map(([b, f]) => `${b.toLowerCase()} ${f}`)
  .join(', ');
const regionFactors = JKK_REGION_FACTOR.map(([g, , f]) => `${g} ${f}`).join(', ');

export interface TruthColumn {
  readonly name: string;
  readonly type: string;
  readonly description: string;
}

export interface TruthTableDef {
  readonly name: TruthTableName;
  readonly description: string;
  readonly columns: readonly TruthColumn[];
}

export const TRUTH_TABLES: readonly TruthTableDef[] = Object.freeze([
  {
    name: 'claim_fraud',
    description: 'Every fraudulent claim the generator planted (full ground truth for evaluation; models learn only from audit_outcomes).',
    columns: [
      { name: 'nomor_sep', type: 'VARCHAR', description: 'The fraudulent claim (SEP) in claims.' },
      { name: 'fraud_type', type: 'VARCHAR', description: 'JKN taxonomy code (DOMAIN.md section 3).' },
      {
        name: 'amount_at_risk',
        type: 'BIGINT',
        description:
          'Rupiah wrongly claimed: tariff difference for upcoding/room class, inflated part, or the whole claim for phantom/cloned/repeated/split claims.',
      },
      {
        name: 'scheme_id',
        type: 'VARCHAR',
        description: 'Scheme identifier: SCH-<facility>-<type>; claims of one provider scheme share it.',
      },
      { name: 'facility_id', type: 'VARCHAR', description: 'Provider that billed the claim.' },
      { name: 'variant', type: 'VARCHAR', description: 'Modus operandi of the claim (see "Planted fraud variants" below).' },
      {
        name: 'held_out',
        type: 'BOOLEAN',
        description: 'The variant is in HELD_OUT_VARIANTS: kept out of all tuning; report recall on these separately.',
      },
    ],
  },
  {
    name: 'claim_lookalike',
    description:
      'Legitimate claims generated as ordinary care that look like a fraud type (never in claim_fraud): false hits on them are reported per type.',
    columns: [
      { name: 'nomor_sep', type: 'VARCHAR', description: 'The legitimate claim (SEP) in claims.' },
      { name: 'lookalike', type: 'VARCHAR', description: 'Kind of look-alike (see "Legitimate look-alikes" below).' },
      { name: 'resembles', type: 'VARCHAR', description: 'The fraud type a naive detector mistakes it for.' },
      { name: 'facility_id', type: 'VARCHAR', description: 'Provider that billed the claim.' },
    ],
  },
  {
    name: 'credit_outcome',
    description:
      'Credit default within 12 months after each of two observation dates (24 and 12 months before the ledger end), for adult members registered and alive through the window.',
    columns: [
      { name: 'nik', type: 'VARCHAR', description: 'Member NIK (as in the source files).' },
      { name: 'observation_date', type: 'DATE', description: 'Scoring date; the later one serves as an out-of-time test.' },
      { name: 'default_12m', type: 'INTEGER', description: '1 if the member defaulted within 12 months after the observation date.' },
      { name: 'pd', type: 'DOUBLE', description: 'True probability of default: sigmoid of the discipline latent, wage and segment.' },
      {
        name: 'latent',
        type: 'DOUBLE',
        description: 'Payment discipline latent (standard normal); it also drives self-paid contribution behaviour.',
      },
    ],
  },
  {
    name: 'employer_safety',
    description:
      "What drives each employer's KK/PAK frequency (statutory group, safety latent, size band, island group, contribution compliance), and the wage and registration manipulations planted.",
    columns: [
      { name: 'employer_id', type: 'VARCHAR', description: 'Employer (NPP).' },
      {
        name: 'safety_latent',
        type: 'DOUBLE',
        description: `Standard normal; higher is less safe: frequency x exp(${SAFETY_LOG_SIGMA} s - ${round(SAFETY_LOG_SIGMA ** 2 / 2)}).`,
      },
      {
        name: 'expected_frequency',
        type: 'DOUBLE',
        description: `True expected JKK cases per male worker-year (women: x${round(JKK_WOMEN_FACTOR, 2)}): base x group factor x safety x jkk_employer_factor.`,
      },
      { name: 'under_reported_wage', type: 'BOOLEAN', description: 'Reports wages at 70% of the true wage.' },
      {
        name: 'registers_after_accident',
        type: 'BOOLEAN',
        description: 'Registers some workers only days before (in truth after) their accident.',
      },
      { name: 'jkk_risk_group', type: 'INTEGER', description: 'Statutory risk group 1-5.' },
      { name: 'size_band', type: 'VARCHAR', description: 'Size band by distinct workers in the extract, as in employers.' },
      { name: 'size_factor', type: 'DOUBLE', description: `Relative frequency of the size band: ${sizeFactors}.` },
      { name: 'region_factor', type: 'DOUBLE', description: `Relative frequency of the province's island group: ${regionFactors}.` },
      {
        name: 'compliance_latent',
        type: 'DOUBLE',
        description: 'Standard normal; higher pays contributions more reliably (it drives the payment record).',
      },
      {
        name: 'compliance_factor',
        type: 'DOUBLE',
        description: `exp(-${JKK_COMPLIANCE_LOG_SLOPE} c - ${round(JKK_COMPLIANCE_LOG_SLOPE ** 2 / 2)}): poorer payers have more accidents.`,
      },
      {
        name: 'jkk_employer_factor',
        type: 'DOUBLE',
        description:
          "size x region x compliance factor, scaled so its mean over the wage earners' worker-years is 1 (keeps 4.5 per 1,000).",
      },
    ],
  },
  {
    name: 'defects',
    description: 'Every injected defect, so ingestion can be checked to quarantine exactly these rows.',
    columns: [
      { name: 'table', type: 'VARCHAR', description: 'Source table.' },
      { name: 'row_number', type: 'BIGINT', description: '1-based data row number in file order (the header is not counted).' },
      { name: 'column', type: 'VARCHAR', description: 'Column hit; empty for duplicate_row (the recorded row repeats the row before it).' },
      {
        name: 'defect_class',
        type: 'VARCHAR',
        description:
          'malformed_nik, discharge_before_admission, unknown_icd10, unknown_inacbg, negative_amount, duplicate_row or wrong_type.',
      },
    ],
  },
] satisfies TruthTableDef[]);
