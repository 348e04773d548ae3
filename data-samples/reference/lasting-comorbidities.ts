// Chronic comorbidities that raise an INA-CBG stay's severity and, once a patient has them, last
// for years or for life, so that every later encounter that treats or follows the patient has a
// reason to record them. A stay's secondary diagnosis of one of them that no other encounter of
// the card around the stay records (models/fraud/detectors/upcoding-once-comorbidity.ts) is a
// code the patient's own record does not carry. Only conditions that cannot resolve are listed:
// atrial fibrillation (new-onset in sepsis or after surgery, often transient: ESC 2020 AF
// guideline, "secondary AF"), malnutrition, anaemia and reflux can be honest one-offs.
//
// `coded`: regular expression on the stay's secondary ICD-10 code. `recordedAs`: regular expression
// on a record's ICD-10 code that shows the same lasting condition (its category and the codes
// that imply it, e.g. dialysis for kidney failure, any malignancy or chemotherapy for metastasis).

export interface LastingComorbidity {
  readonly key: string;
  readonly coded: string;
  readonly recordedAs: string;
  readonly descriptionEn: string;
  readonly descriptionId: string;
  /** Why the condition lasts and is followed. */
  readonly source: string;
}

export const LASTING_COMORBIDITIES: readonly LastingComorbidity[] = Object.freeze([
  {
    key: 'ckd',
    // stage 3-5 and unspecified; stages 1-2 raise no severity
    coded: '^N18\\.[3459]',
    recordedAs: '^(N18|N19|I12|I13|Z49|Z99\\.2|E1[0-4]\\.2)',
    descriptionEn: 'chronic kidney disease',
    descriptionId: 'penyakit ginjal kronik',
    source:
      'KDIGO 2012 CKD guideline: kidney damage or GFR < 60 for more than 3 months (chronic by definition, stages 3-5 do not revert); GFR and albuminuria monitored 1-4 times a year by stage.',
  },
  {
    key: 'heart_failure',
    coded: '^I50',
    recordedAs: '^(I50|I11\\.0|I13\\.[02]|I42)',
    descriptionEn: 'heart failure',
    descriptionId: 'gagal jantung',
    source:
      'ESC 2021 heart failure guideline: a chronic syndrome treated for life (guideline-directed drugs), reviewed 1-2 weeks after discharge and every 3-6 months; heart disease is a PRB condition (Panduan Praktis PRB 2014), refilled monthly.',
  },
  {
    key: 'diabetes_complicated',
    coded: '^E1[0-4]\\.[2-7]',
    recordedAs: '^E1[0-4]',
    descriptionEn: 'diabetes with complications',
    descriptionId: 'diabetes dengan komplikasi',
    source: 'PERKENI 2021 / ADA Standards of Care: lifelong disease, HbA1c every 3-6 months; a PRB condition refilled monthly.',
  },
  {
    key: 'copd',
    coded: '^J44',
    recordedAs: '^(J43|J44)',
    descriptionEn: 'chronic obstructive pulmonary disease',
    descriptionId: 'penyakit paru obstruktif kronik',
    source:
      'GOLD 2023: persistent, progressive airflow limitation, maintenance bronchodilators for life; a PRB condition refilled monthly.',
  },
  {
    key: 'cirrhosis',
    coded: '^(K74|K70\\.3)',
    recordedAs: '^(K70|K72|K74|I85|B18)',
    descriptionEn: 'liver fibrosis or cirrhosis',
    descriptionId: 'fibrosis atau sirosis hati',
    source: 'AASLD / EASL cirrhosis guidance: irreversible; ultrasound surveillance for liver cancer every 6 months.',
  },
  {
    key: 'chronic_hepatitis',
    coded: '^B18',
    recordedAs: '^(B18|K73|K74)',
    descriptionEn: 'chronic viral hepatitis',
    descriptionId: 'hepatitis virus kronik',
    source: 'WHO 2024 hepatitis B guidelines: chronic by definition (HBsAg for more than 6 months), monitored at least yearly.',
  },
  {
    key: 'hiv',
    coded: '^B2[0-4]',
    recordedAs: '^(B2[0-4]|Z21)',
    descriptionEn: 'HIV disease',
    descriptionId: 'penyakit HIV',
    source: 'WHO 2021 consolidated HIV guidelines: lifelong antiretroviral therapy, viral load at 6 and 12 months, then yearly.',
  },
  {
    key: 'metastasis',
    coded: '^C7[7-9]',
    recordedAs: '^(C[0-8]|C9[0-7]|Z51\\.[01]|Z85)',
    descriptionEn: 'secondary malignant neoplasm',
    descriptionId: 'keganasan sekunder (metastasis)',
    source:
      'NCCN / ESMO: metastatic cancer is treated or palliated for its remaining course (chemotherapy cycles every 3-4 weeks); any record of the cancer or its chemotherapy shows it.',
  },
]);
