// ICD-10 categories that are secondary by their nature on an inpatient claim: chronic
// comorbidities present before the admission, and conditions that follow from the illness the
// patient was admitted for. ICD-10 volume 2 (4.4.1, "main condition": the condition diagnosed at
// the end of the episode as chiefly responsible for the need for treatment; rules MB1-MB5) and the
// INA-CBG coding guide (Permenkes 26/2021, Juknis INA-CBG: "diagnosis sekunder ... komorbiditas
// (penyakit yang menyertai diagnosis utama pada saat masuk) dan komplikasi (penyakit yang timbul
// selama episode perawatan)") set them apart. A coder who puts a dearer condition first and the
// treated condition second is recognised by a secondary that could have been the reason for the
// stay; a comorbidity or a complication of the primary is no such reason, so it cannot tell a
// swapped sequence (models/fraud/detectors/upcoding-swap.ts).

export interface SecondaryCondition {
  /** ICD-10 category (3 characters). */
  readonly category: string;
  readonly kind: 'comorbidity' | 'complication';
  readonly descriptionEn: string;
}

export const SECONDARY_BY_NATURE: readonly SecondaryCondition[] = Object.freeze([
  // chronic conditions carried into the admission (the INA-CBG guide's komorbiditas)
  { category: 'I10', kind: 'comorbidity', descriptionEn: 'essential hypertension' },
  { category: 'I11', kind: 'comorbidity', descriptionEn: 'hypertensive heart disease' },
  { category: 'I25', kind: 'comorbidity', descriptionEn: 'chronic ischaemic heart disease' },
  { category: 'I48', kind: 'comorbidity', descriptionEn: 'atrial fibrillation and flutter' },
  { category: 'E10', kind: 'comorbidity', descriptionEn: 'type 1 diabetes mellitus' },
  { category: 'E11', kind: 'comorbidity', descriptionEn: 'type 2 diabetes mellitus' },
  { category: 'E14', kind: 'comorbidity', descriptionEn: 'unspecified diabetes mellitus' },
  { category: 'E78', kind: 'comorbidity', descriptionEn: 'disorders of lipoprotein metabolism' },
  { category: 'E44', kind: 'comorbidity', descriptionEn: 'protein-energy malnutrition' },
  { category: 'E46', kind: 'comorbidity', descriptionEn: 'unspecified protein-energy malnutrition' },
  { category: 'N18', kind: 'comorbidity', descriptionEn: 'chronic kidney disease' },
  { category: 'K21', kind: 'comorbidity', descriptionEn: 'gastro-oesophageal reflux disease' },
  // conditions that follow from the admitting illness (the guide's komplikasi; grouper CCs)
  { category: 'E86', kind: 'complication', descriptionEn: 'volume depletion' },
  { category: 'E87', kind: 'complication', descriptionEn: 'fluid, electrolyte and acid-base disorders' },
  { category: 'D64', kind: 'complication', descriptionEn: 'other anaemias' },
  { category: 'R57', kind: 'complication', descriptionEn: 'shock' },
  { category: 'J96', kind: 'complication', descriptionEn: 'respiratory failure' },
  { category: 'J81', kind: 'complication', descriptionEn: 'pulmonary oedema' },
  { category: 'N17', kind: 'complication', descriptionEn: 'acute kidney failure' },
]);
