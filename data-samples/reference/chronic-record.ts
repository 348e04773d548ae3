// ICD-10 categories of the chronic conditions the chronic programme (PRB, Program Rujuk Balik)
// follows: BPJS Kesehatan, Panduan Praktis Program Rujuk Balik (2014): diabetes mellitus,
// hypertension, heart disease, asthma, chronic obstructive pulmonary disease, epilepsy,
// schizophrenia, stroke and systemic lupus erythematosus. A member who has one of them is
// diagnosed by a specialist, referred back and collects drugs for it monthly, so it stands on the
// card's record (PRB fills, P-Care visits) before any admission for it. Only the chronic forms
// are listed: acute myocardial infarction, an acute stroke or pneumonia are first diagnosed on
// the admission, so a record without them says nothing (models/fraud/detectors/upcoding-chronic-record.ts).

export interface ChronicRecordCondition {
  /** ICD-10 category (3 characters). */
  readonly category: string;
  readonly descriptionEn: string;
}

export const CHRONIC_RECORD_CONDITIONS: readonly ChronicRecordCondition[] = Object.freeze([
  { category: 'E10', descriptionEn: 'type 1 diabetes mellitus' },
  { category: 'E11', descriptionEn: 'type 2 diabetes mellitus' },
  { category: 'E14', descriptionEn: 'unspecified diabetes mellitus' },
  { category: 'I10', descriptionEn: 'essential hypertension' },
  { category: 'I11', descriptionEn: 'hypertensive heart disease' },
  { category: 'I13', descriptionEn: 'hypertensive heart and kidney disease' },
  { category: 'I20', descriptionEn: 'angina pectoris' },
  { category: 'I25', descriptionEn: 'chronic ischaemic heart disease' },
  { category: 'I48', descriptionEn: 'atrial fibrillation and flutter' },
  { category: 'I50', descriptionEn: 'heart failure' },
  { category: 'I69', descriptionEn: 'sequelae of cerebrovascular disease' },
  { category: 'J44', descriptionEn: 'chronic obstructive pulmonary disease' },
  { category: 'J45', descriptionEn: 'asthma' },
  { category: 'G40', descriptionEn: 'epilepsy' },
  { category: 'F20', descriptionEn: 'schizophrenia' },
  { category: 'M32', descriptionEn: 'systemic lupus erythematosus' },
]);
