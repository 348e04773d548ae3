// What establishes an acute diagnosis during the admission it is coded on: the investigation or
// treatment clinical guidelines require before the diagnosis can be made, as a claim can show it
// (an ICD-9-CM procedure coded, or the tariff component the investigation is billed under). A
// claim whose primary diagnosis lacks all of it names a diagnosis nobody established: the
// UPCODING signal "diagnosis coded higher ... with no supporting procedure or tariff component"
// (DOMAIN.md section 3). Only diagnoses made on the admission itself are listed: a chronic
// condition (diabetes, cancer, kidney disease) is established before and needs nothing new.
// The detector checks each requirement against practice: it applies only where other
// facilities' claims of the diagnosis carry the evidence (models/fraud/detectors/upcoding-evidence.ts).
import type { TariffComponent } from '../schema/tables.js';

/** Kinds of evidence a claim can carry: ICD-9-CM procedures (regular expression) or a tariff component above zero. */
export type EvidenceKind =
  | 'chest_imaging'
  | 'imaging'
  | 'neuroimaging'
  | 'endoscopy'
  | 'blood'
  | 'laboratory'
  | 'iv_fluids'
  | 'oxygen_or_ventilation'
  | 'intensive_care'
  | 'antibiotics'
  | 'dialysis'
  | 'foot_care';

export interface EvidenceChannel {
  /** ICD-9-CM volume 3 codes that record the investigation or treatment (regular expression). */
  readonly procedures: string;
  /** Tariff components the investigation is billed under (a component cannot say which test: any amount counts). */
  readonly components: readonly TariffComponent[];
  readonly descriptionEn: string;
  readonly descriptionId: string;
}

export const EVIDENCE_CHANNELS: Readonly<Record<EvidenceKind, EvidenceChannel>> = Object.freeze({
  // 87.4 chest radiography (87.41 CT thorax, 87.44 routine chest X-ray, 87.49 other)
  chest_imaging: {
    procedures: '^87\\.4',
    components: ['tarif_radiologi'],
    descriptionEn: 'chest imaging',
    descriptionId: 'foto/CT toraks',
  },
  // ICD-9-CM 87 diagnostic radiology, 88.0-88.5 CT and radiography, 88.7 ultrasound, 88.9 MRI
  imaging: {
    procedures: '^(87\\.|88\\.[0-57-9])',
    components: ['tarif_radiologi'],
    descriptionEn: 'imaging',
    descriptionId: 'pencitraan',
  },
  // 87.03 CT head, 88.91 MRI brain
  neuroimaging: {
    procedures: '^(87\\.03|88\\.91)',
    components: ['tarif_radiologi'],
    descriptionEn: 'CT or MRI of the head',
    descriptionId: 'CT/MRI kepala',
  },
  // 42.2 oesophagoscopy, 44.1 gastroscopy, 45.1 small intestine endoscopy (45.13 EGD), 45.2 colonoscopy:
  // billed under non-surgical procedures, which every stay carries, so only the code counts
  endoscopy: {
    procedures: '^(42\\.2|44\\.1|45\\.1|45\\.2)',
    components: [],
    descriptionEn: 'endoscopy',
    descriptionId: 'endoskopi',
  },
  // 99.0 transfusion of blood and blood components
  blood: {
    procedures: '^99\\.0',
    components: ['tarif_pelayanan_darah'],
    descriptionEn: 'transfusion or blood service',
    descriptionId: 'transfusi atau pelayanan darah',
  },
  // 90-91 microscopic examination of specimens
  laboratory: {
    procedures: '^9[01]\\.',
    components: ['tarif_laboratorium'],
    descriptionEn: 'laboratory',
    descriptionId: 'laboratorium',
  },
  // 99.18 injection or infusion of electrolytes
  iv_fluids: { procedures: '^99\\.18', components: [], descriptionEn: 'intravenous fluids', descriptionId: 'cairan intravena' },
  // 93.9 respiratory therapy (93.96 oxygen), 96.0 airway intubation, 96.7 mechanical ventilation; intensive care
  oxygen_or_ventilation: {
    procedures: '^(93\\.9|96\\.0|96\\.7)',
    components: ['tarif_rawat_intensif'],
    descriptionEn: 'oxygen, ventilation or intensive care',
    descriptionId: 'oksigen, ventilator atau perawatan intensif',
  },
  // 96.7 mechanical ventilation, 38.93 central venous catheter; the intensive-care component
  intensive_care: {
    procedures: '^(96\\.7|38\\.93)',
    components: ['tarif_rawat_intensif'],
    descriptionEn: 'intensive care',
    descriptionId: 'perawatan intensif',
  },
  // 99.21 injection of antibiotic (the drugs component carries every drug, so only the code tells)
  antibiotics: { procedures: '^99\\.21', components: [], descriptionEn: 'injected antibiotics', descriptionId: 'antibiotik injeksi' },
  // 39.95 haemodialysis
  dialysis: { procedures: '^39\\.95', components: [], descriptionEn: 'dialysis', descriptionId: 'dialisis' },
  // 86.22 excisional and 86.28 non-excisional debridement, 84.1 amputation of the lower limb, 39.5
  // repair of vessels (39.50 angioplasty), 38.18 endarterectomy of the lower limb arteries
  foot_care: {
    procedures: '^(86\\.2[28]|84\\.1|39\\.5|38\\.18)',
    components: [],
    descriptionEn: 'foot wound care, debridement or revascularisation',
    descriptionId: 'perawatan luka kaki, debridemen atau revaskularisasi',
  },
});

export interface DiagnosisRequirement {
  readonly id: string;
  /** Primary ICD-10 diagnoses it applies to (regular expression). */
  readonly diagnoses: string;
  /** The claim must carry at least one of these. */
  readonly anyOf: readonly EvidenceKind[];
  readonly descriptionEn: string;
  readonly source: string;
  /**
   * A complication that ICD-10 codes together with its disease in one combination code (diabetes
   * with peripheral circulatory complications, E1x.5): coded as the primary diagnosis it still
   * names the complication, so it is judged there too (COMPLICATION_REQUIREMENTS only).
   */
  readonly primaryToo?: boolean;
}

/** Ordered: a primary diagnosis takes the first requirement it matches. */
export const DIAGNOSIS_REQUIREMENTS: readonly DiagnosisRequirement[] = Object.freeze([
  {
    id: 'pneumonia',
    diagnoses: '^J1[2-8]',
    anyOf: ['chest_imaging'],
    descriptionEn: 'pneumonia',
    source:
      'IDSA/ATS community-acquired pneumonia guideline (Metlay et al., Am J Respir Crit Care Med 2019): pneumonia is a new infiltrate on chest imaging with clinical signs; PDPI Pneumonia Komuniti, pedoman diagnosis dan penatalaksanaan di Indonesia: foto toraks is required for the diagnosis.',
  },
  {
    id: 'gi_haemorrhage',
    diagnoses: '^(K92\\.[0-2]|K22\\.6|I85\\.0)',
    anyOf: ['endoscopy', 'blood'],
    descriptionEn: 'gastrointestinal haemorrhage',
    source:
      'ESGE non-variceal upper GI haemorrhage guideline (Gralnek et al., Endoscopy 2021) and ACG 2021 (Laine et al.): endoscopy within 24 hours finds and treats the source; transfusion at haemoglobin 7-8 g/dL.',
  },
  {
    id: 'peptic_ulcer',
    diagnoses: '^K2[5-8]',
    anyOf: ['endoscopy', 'blood', 'imaging'],
    descriptionEn: 'peptic ulcer',
    source:
      'ACG peptic ulcer and H. pylori guideline (Chey et al., Am J Gastroenterol 2017): an ulcer is seen at endoscopy; a bleeding one is transfused, a perforated one seen on imaging.',
  },
  {
    id: 'intracranial_haemorrhage',
    diagnoses: '^(I6[0-2]|S06\\.[2-8])',
    anyOf: ['neuroimaging'],
    descriptionEn: 'intracranial haemorrhage or injury',
    source:
      'AHA/ASA spontaneous intracerebral haemorrhage guideline (Greenberg et al., Stroke 2022): the diagnosis is made on CT or MRI; NICE NG232 head injury (2023): intracranial injury is shown by CT.',
  },
  {
    id: 'cerebral_infarction',
    diagnoses: '^I63',
    anyOf: ['neuroimaging'],
    descriptionEn: 'cerebral infarction',
    source:
      'AHA/ASA acute ischaemic stroke guideline (Powers et al., Stroke 2019): brain imaging on arrival tells infarction from haemorrhage; a stroke not imaged is coded I64, not I63.',
  },
  {
    id: 'myocardial_infarction',
    diagnoses: '^I2[12]',
    anyOf: ['laboratory'],
    descriptionEn: 'acute myocardial infarction',
    source:
      'Fourth Universal Definition of Myocardial Infarction (Thygesen et al., Circulation 2018): a rise of cardiac troponin is required.',
  },
  {
    id: 'heart_failure',
    diagnoses: '^I50',
    anyOf: ['imaging', 'laboratory'],
    descriptionEn: 'heart failure',
    source: 'ESC heart failure guideline (McDonagh et al., Eur Heart J 2021): echocardiography and natriuretic peptides establish it.',
  },
  {
    id: 'respiratory_failure',
    diagnoses: '^J96',
    anyOf: ['laboratory'],
    descriptionEn: 'respiratory failure',
    source:
      'BTS emergency oxygen guideline (O’Driscoll et al., Thorax 2017): respiratory failure is defined by arterial blood gases (PaO2 below 8 kPa).',
  },
  {
    id: 'sepsis',
    diagnoses: '^A4[01]',
    anyOf: ['laboratory'],
    descriptionEn: 'sepsis',
    source:
      'Surviving Sepsis Campaign 2021 (Evans et al., Crit Care Med 2021): blood cultures and lactate before antibiotics; Sepsis-3 organ dysfunction is a laboratory SOFA score.',
  },
  {
    id: 'dengue',
    diagnoses: '^A9[01]',
    anyOf: ['laboratory'],
    descriptionEn: 'dengue',
    source:
      'WHO Dengue guidelines (2009) and WHO SEARO (2011): platelet count and haematocrit confirm and stage dengue haemorrhagic fever (Kemenkes tatalaksana DBD).',
  },
  {
    id: 'typhoid',
    diagnoses: '^A01',
    anyOf: ['laboratory'],
    descriptionEn: 'typhoid fever',
    source:
      'WHO, The diagnosis, treatment and prevention of typhoid fever (2003); KMK 364/2006 pedoman pengendalian demam tifoid: culture or serology.',
  },
  {
    id: 'tuberculosis',
    diagnoses: '^A1[56]',
    anyOf: ['laboratory', 'chest_imaging'],
    descriptionEn: 'pulmonary tuberculosis',
    source:
      'WHO consolidated TB guidelines, module 3 diagnosis (2024); PNPK tuberkulosis (KMK HK.01.07/MENKES/755/2019): bacteriology or chest X-ray.',
  },
  {
    id: 'acute_kidney_injury',
    diagnoses: '^N17',
    anyOf: ['laboratory'],
    descriptionEn: 'acute kidney injury',
    source: 'KDIGO acute kidney injury guideline (2012): defined by serum creatinine or urine output.',
  },
  {
    id: 'anaemia',
    diagnoses: '^D(5[0-9]|6[0-4])',
    anyOf: ['laboratory', 'blood'],
    descriptionEn: 'anaemia',
    source: 'WHO, Haemoglobin concentrations for the diagnosis of anaemia (2011): anaemia is a haemoglobin below the threshold.',
  },
  {
    id: 'fracture',
    diagnoses: '^(S[0-9]2|T0[28]|T1[02])',
    anyOf: ['imaging'],
    descriptionEn: 'fracture',
    source: 'NICE NG38 fractures (non-complex), 2016: a suspected fracture is confirmed on X-ray.',
  },
  {
    id: 'gallbladder',
    diagnoses: '^K8[01]',
    anyOf: ['imaging'],
    descriptionEn: 'cholelithiasis or cholecystitis',
    source: 'Tokyo Guidelines 2018 (Yokoe et al., J Hepatobiliary Pancreat Sci 2018): imaging (ultrasound) is a diagnostic criterion.',
  },
  {
    id: 'urolithiasis',
    diagnoses: '^N2[01]',
    anyOf: ['imaging'],
    descriptionEn: 'urinary stones',
    source: 'EAU urolithiasis guideline (2023): ultrasound or non-contrast CT.',
  },
  {
    id: 'bowel_obstruction',
    diagnoses: '^K56',
    anyOf: ['imaging'],
    descriptionEn: 'intestinal obstruction',
    source: 'WSES Bologna guidelines on adhesive small bowel obstruction (Ten Broek et al., World J Emerg Surg 2018): CT or plain film.',
  },
]);

/**
 * Complications coded as secondary diagnoses that raise a stay's severity (the grouper's major
 * complications), with the treatment each leaves on a claim: a complication that was there was
 * treated. Ordered as DIAGNOSIS_REQUIREMENTS; ids are distinct from its ids.
 */
export const COMPLICATION_REQUIREMENTS: readonly DiagnosisRequirement[] = Object.freeze([
  {
    id: 'complication_respiratory_failure',
    diagnoses: '^J96',
    anyOf: ['oxygen_or_ventilation'],
    descriptionEn: 'respiratory failure',
    source:
      'BTS emergency oxygen guideline (O’Driscoll et al., Thorax 2017): hypoxaemic respiratory failure is treated with oxygen, ventilation when it fails.',
  },
  {
    id: 'complication_shock',
    diagnoses: '^R57',
    anyOf: ['intensive_care', 'iv_fluids'],
    descriptionEn: 'shock',
    source:
      'Surviving Sepsis Campaign 2021 (Evans et al., Crit Care Med 2021): shock is resuscitated with intravenous fluids and vasopressors, in intensive care.',
  },
  {
    id: 'complication_sepsis',
    diagnoses: '^A4[01]',
    anyOf: ['antibiotics', 'intensive_care'],
    descriptionEn: 'sepsis',
    source: 'Surviving Sepsis Campaign 2021: intravenous antibiotics within an hour of recognition.',
  },
  {
    id: 'complication_acute_kidney_injury',
    diagnoses: '^N17',
    anyOf: ['laboratory', 'dialysis'],
    descriptionEn: 'acute kidney injury',
    source: 'KDIGO acute kidney injury guideline (2012): creatinine monitored, dialysis when indicated.',
  },
  {
    id: 'complication_electrolytes',
    diagnoses: '^E87',
    anyOf: ['laboratory', 'iv_fluids'],
    descriptionEn: 'electrolyte disorder',
    source:
      'European clinical practice guideline on hyponatraemia (Spasovski et al., Eur J Endocrinol 2014): measured serum sodium, corrected with intravenous saline when severe.',
  },
  {
    id: 'complication_diabetic_peripheral_circulation',
    diagnoses: '^E1[0-4]\\.5',
    anyOf: ['imaging', 'foot_care'],
    descriptionEn: 'diabetes with peripheral circulatory complications',
    source:
      'IWGDF/ESVS/SVS guidelines on peripheral artery disease in diabetes (Fitridge et al., 2023): the diagnosis rests on Doppler waveforms and ankle- or toe-brachial indices, imaging (duplex ultrasound, angiography) before any revascularisation; IWGDF 2023 infection and ulcer guidelines: a diabetic foot is debrided and its wound cared for, X-ray for osteomyelitis. A stay coded with it and none of that examined or treated no foot.',
    primaryToo: true,
  },
  {
    id: 'complication_dehydration',
    diagnoses: '^E86',
    anyOf: ['iv_fluids'],
    descriptionEn: 'volume depletion',
    source:
      'WHO, The treatment of diarrhoea (2005): severe dehydration is treated with intravenous fluids; dehydration that needs none does not complicate an admission.',
  },
]);
