// A realistic subset of ICD-10 (WHO 2010, as used by INA-CBG) covering the diagnoses the
// synthetic claims draw from. Chapter is derived from the code; S and T codes are trauma
// (injury and poisoning), the signal for work-accident coordination of benefit (COB_KKPAK).

export interface Icd10Code {
  readonly code: string;
  readonly descriptionEn: string;
  /** ICD-10 chapter as a roman numeral (I-XXII). */
  readonly chapter: string;
  /** Injury, poisoning and external-cause consequences (chapter XIX, S00-T98). */
  readonly trauma: boolean;
  /** Only plausible for this sex (L male, P female); absent for both. */
  readonly sex?: 'L' | 'P';
}

// [first letter + two digits range start, chapter]: ICD-10 chapter boundaries.
const CHAPTERS: ReadonlyArray<readonly [string, string]> = [
  ['A00', 'I'], ['C00', 'II'], ['D50', 'III'], ['E00', 'IV'], ['F00', 'V'], ['G00', 'VI'],
  ['H00', 'VII'], ['H60', 'VIII'], ['I00', 'IX'], ['J00', 'X'], ['K00', 'XI'], ['L00', 'XII'],
  ['M00', 'XIII'], ['N00', 'XIV'], ['O00', 'XV'], ['P00', 'XVI'], ['Q00', 'XVII'], ['R00', 'XVIII'],
  ['S00', 'XIX'], ['V01', 'XX'], ['Z00', 'XXI'], ['U00', 'XXII'],
];

export function icd10Chapter(code: string): string {
  const head = code.slice(0, 3);
  if (head.startsWith('U')) return 'XXII';
  let chapter = 'I';
  for (const [start, roman] of CHAPTERS) if (head >= start && !start.startsWith('U')) chapter = roman;
  return chapter;
}

const MALE_ONLY = /^(N4[0-9]|C6[0-3]|D29)/;
const FEMALE_ONLY = /^(O|C5[1-8]|N7|N8|N9[0-8]|D25|D26|Z3[2-6])/;

const rows: ReadonlyArray<readonly [string, string]> = [
  ['A01.0', 'Typhoid fever'], ['A01.4', 'Paratyphoid fever, unspecified'], ['A03.9', 'Shigellosis, unspecified'],
  ['A04.9', 'Bacterial intestinal infection, unspecified'], ['A06.0', 'Acute amoebic dysentery'],
  ['A09', 'Diarrhoea and gastroenteritis of presumed infectious origin'], ['A15.0', 'Tuberculosis of lung, confirmed by sputum microscopy'],
  ['A16.2', 'Tuberculosis of lung, without mention of bacteriological or histological confirmation'], ['A18.0', 'Tuberculosis of bones and joints'],
  ['A27.9', 'Leptospirosis, unspecified'], ['A41.0', 'Sepsis due to Staphylococcus aureus'], ['A41.5', 'Sepsis due to other Gram-negative organisms'],
  ['A41.9', 'Sepsis, unspecified'], ['A90', 'Dengue fever [classical dengue]'], ['A91', 'Dengue haemorrhagic fever'],
  ['B01.9', 'Varicella without complication'], ['B05.9', 'Measles without complication'], ['B15.9', 'Hepatitis A without hepatic coma'],
  ['B16.9', 'Acute hepatitis B without delta-agent and without hepatic coma'], ['B18.1', 'Chronic viral hepatitis B without delta-agent'],
  ['B20.9', 'HIV disease resulting in unspecified infectious or parasitic disease'], ['B34.9', 'Viral infection, unspecified'],
  ['B50.9', 'Plasmodium falciparum malaria, unspecified'], ['B54', 'Unspecified malaria'],
  ['C15.9', 'Malignant neoplasm of oesophagus, unspecified'], ['C16.9', 'Malignant neoplasm of stomach, unspecified'],
  ['C18.9', 'Malignant neoplasm of colon, unspecified'], ['C20', 'Malignant neoplasm of rectum'], ['C22.0', 'Liver cell carcinoma'],
  ['C34.9', 'Malignant neoplasm of bronchus or lung, unspecified'], ['C50.9', 'Malignant neoplasm of breast, unspecified'],
  ['C53.9', 'Malignant neoplasm of cervix uteri, unspecified'], ['C56', 'Malignant neoplasm of ovary'], ['C61', 'Malignant neoplasm of prostate'],
  ['C73', 'Malignant neoplasm of thyroid gland'], ['C91.0', 'Acute lymphoblastic leukaemia'], ['C92.0', 'Acute myeloid leukaemia'],
  ['D25.9', 'Leiomyoma of uterus, unspecified'], ['D27', 'Benign neoplasm of ovary'], ['D50.9', 'Iron deficiency anaemia, unspecified'],
  ['D56.1', 'Beta thalassaemia'], ['D61.9', 'Aplastic anaemia, unspecified'], ['D64.9', 'Anaemia, unspecified'], ['D69.6', 'Thrombocytopenia, unspecified'],
  ['E05.9', 'Thyrotoxicosis, unspecified'], ['E10.9', 'Type 1 diabetes mellitus without complications'],
  ['E11.5', 'Type 2 diabetes mellitus with peripheral circulatory complications'], ['E11.6', 'Type 2 diabetes mellitus with other specified complications'],
  ['E11.9', 'Type 2 diabetes mellitus without complications'], ['E14.9', 'Unspecified diabetes mellitus without complications'],
  ['E44.0', 'Moderate protein-energy malnutrition'], ['E78.5', 'Hyperlipidaemia, unspecified'], ['E86', 'Volume depletion'],
  ['E87.1', 'Hypo-osmolality and hyponatraemia'], ['E87.6', 'Hypokalaemia'],
  ['F20.9', 'Schizophrenia, unspecified'], ['F29', 'Unspecified nonorganic psychosis'], ['F31.9', 'Bipolar affective disorder, unspecified'],
  ['F32.9', 'Depressive episode, unspecified'], ['F41.1', 'Generalized anxiety disorder'],
  ['G03.9', 'Meningitis, unspecified'], ['G40.9', 'Epilepsy, unspecified'], ['G43.9', 'Migraine, unspecified'], ['G45.9', 'Transient cerebral ischaemic attack, unspecified'],
  ['G56.0', 'Carpal tunnel syndrome'], ['G81.9', 'Hemiplegia, unspecified'],
  ['H10.9', 'Conjunctivitis, unspecified'], ['H25.9', 'Senile cataract, unspecified'], ['H26.9', 'Cataract, unspecified'], ['H40.9', 'Glaucoma, unspecified'],
  ['H52.1', 'Myopia'], ['H66.9', 'Otitis media, unspecified'], ['H81.1', 'Benign paroxysmal vertigo'], ['H91.9', 'Hearing loss, unspecified'],
  ['I10', 'Essential (primary) hypertension'], ['I11.0', 'Hypertensive heart disease with (congestive) heart failure'],
  ['I11.9', 'Hypertensive heart disease without (congestive) heart failure'], ['I20.0', 'Unstable angina'], ['I20.9', 'Angina pectoris, unspecified'],
  ['I21.0', 'Acute transmural myocardial infarction of anterior wall'], ['I21.1', 'Acute transmural myocardial infarction of inferior wall'],
  ['I21.4', 'Acute subendocardial myocardial infarction'], ['I21.9', 'Acute myocardial infarction, unspecified'],
  ['I25.1', 'Atherosclerotic heart disease'], ['I48', 'Atrial fibrillation and flutter'], ['I50.0', 'Congestive heart failure'],
  ['I50.9', 'Heart failure, unspecified'], ['I61.9', 'Intracerebral haemorrhage, unspecified'], ['I63.9', 'Cerebral infarction, unspecified'],
  ['I64', 'Stroke, not specified as haemorrhage or infarction'], ['I69.4', 'Sequelae of stroke'], ['I84.9', 'Haemorrhoids without complication'],
  ['J02.9', 'Acute pharyngitis, unspecified'], ['J03.9', 'Acute tonsillitis, unspecified'], ['J06.9', 'Acute upper respiratory infection, unspecified'],
  ['J15.9', 'Bacterial pneumonia, unspecified'], ['J18.0', 'Bronchopneumonia, unspecified'], ['J18.9', 'Pneumonia, unspecified'],
  ['J20.9', 'Acute bronchitis, unspecified'], ['J30.4', 'Allergic rhinitis, unspecified'], ['J35.0', 'Chronic tonsillitis'],
  ['J44.1', 'Chronic obstructive pulmonary disease with acute exacerbation'], ['J44.9', 'Chronic obstructive pulmonary disease, unspecified'],
  ['J45.9', 'Asthma, unspecified'], ['J46', 'Status asthmaticus'], ['J81', 'Pulmonary oedema'], ['J90', 'Pleural effusion, not elsewhere classified'],
  ['J96.0', 'Acute respiratory failure'],
  ['K21.9', 'Gastro-oesophageal reflux disease without oesophagitis'], ['K25.9', 'Gastric ulcer, unspecified'], ['K29.7', 'Gastritis, unspecified'],
  ['K30', 'Dyspepsia'], ['K35.8', 'Acute appendicitis, other and unspecified'], ['K37', 'Unspecified appendicitis'],
  ['K40.9', 'Unilateral or unspecified inguinal hernia, without obstruction or gangrene'], ['K52.9', 'Noninfective gastroenteritis and colitis, unspecified'],
  ['K56.6', 'Other and unspecified intestinal obstruction'], ['K59.0', 'Constipation'], ['K70.3', 'Alcoholic cirrhosis of liver'],
  ['K74.6', 'Other and unspecified cirrhosis of liver'], ['K80.2', 'Calculus of gallbladder without cholecystitis'], ['K81.0', 'Acute cholecystitis'],
  ['K85.9', 'Acute pancreatitis, unspecified'], ['K92.0', 'Haematemesis'], ['K92.2', 'Gastrointestinal haemorrhage, unspecified'],
  ['L02.4', 'Cutaneous abscess, furuncle and carbuncle of limb'], ['L03.1', 'Cellulitis of other parts of limb'], ['L08.9', 'Local infection of skin, unspecified'],
  ['L30.9', 'Dermatitis, unspecified'], ['L50.9', 'Urticaria, unspecified'],
  ['M06.9', 'Rheumatoid arthritis, unspecified'], ['M10.9', 'Gout, unspecified'], ['M16.1', 'Other primary coxarthrosis'],
  ['M17.9', 'Gonarthrosis, unspecified'], ['M47.8', 'Other spondylosis'], ['M51.1', 'Lumbar and other intervertebral disc disorders with radiculopathy'],
  ['M54.5', 'Low back pain'], ['M65.3', 'Trigger finger'], ['M75.1', 'Rotator cuff syndrome'], ['M79.1', 'Myalgia'], ['M86.9', 'Osteomyelitis, unspecified'],
  ['N17.9', 'Acute renal failure, unspecified'], ['N18.5', 'Chronic kidney disease, stage 5'], ['N18.9', 'Chronic kidney disease, unspecified'],
  ['N20.0', 'Calculus of kidney'], ['N20.1', 'Calculus of ureter'], ['N39.0', 'Urinary tract infection, site not specified'],
  ['N40', 'Hyperplasia of prostate'], ['N41.0', 'Acute prostatitis'], ['N47', 'Redundant prepuce, phimosis and paraphimosis'],
  ['N70.9', 'Salpingitis and oophoritis, unspecified'], ['N83.2', 'Other and unspecified ovarian cysts'], ['N92.0', 'Excessive and frequent menstruation with regular cycle'],
  ['O03.9', 'Spontaneous abortion, complete or unspecified, without complication'], ['O14.1', 'Severe pre-eclampsia'],
  ['O21.0', 'Mild hyperemesis gravidarum'], ['O34.2', 'Maternal care due to uterine scar from previous surgery'], ['O42.9', 'Premature rupture of membranes, unspecified'],
  ['O60.1', 'Preterm labour with preterm delivery'], ['O62.2', 'Other uterine inertia'], ['O64.1', 'Obstructed labour due to breech presentation'],
  ['O70.0', 'First degree perineal laceration during delivery'], ['O72.1', 'Other immediate postpartum haemorrhage'],
  ['O80.0', 'Spontaneous vertex delivery'], ['O82.0', 'Delivery by elective caesarean section'], ['O82.9', 'Delivery by caesarean section, unspecified'],
  ['P05.9', 'Slow fetal growth, unspecified'], ['P07.1', 'Other low birth weight'], ['P07.3', 'Other preterm infants'],
  ['P21.9', 'Birth asphyxia, unspecified'], ['P22.0', 'Respiratory distress syndrome of newborn'], ['P36.9', 'Bacterial sepsis of newborn, unspecified'],
  ['P59.9', 'Neonatal jaundice, unspecified'],
  ['Q21.0', 'Ventricular septal defect'], ['Q35.9', 'Cleft palate, unspecified'],
  ['R10.4', 'Other and unspecified abdominal pain'], ['R50.9', 'Fever, unspecified'], ['R56.0', 'Febrile convulsions'], ['R57.0', 'Cardiogenic shock'],
  ['R69', 'Unknown and unspecified causes of morbidity'],
  ['S00.9', 'Superficial injury of head, part unspecified'], ['S01.8', 'Open wound of other parts of head'], ['S02.6', 'Fracture of mandible'],
  ['S06.0', 'Concussion'], ['S06.5', 'Traumatic subdural haemorrhage'], ['S22.3', 'Fracture of rib'], ['S32.0', 'Fracture of lumbar vertebra'],
  ['S36.0', 'Injury of spleen'], ['S42.0', 'Fracture of clavicle'], ['S42.2', 'Fracture of upper end of humerus'], ['S52.5', 'Fracture of lower end of radius'],
  ['S61.0', 'Open wound of finger(s) without damage to nail'], ['S62.6', 'Fracture of other finger'], ['S68.1', 'Traumatic amputation of other single finger'],
  ['S72.0', 'Fracture of neck of femur'], ['S72.3', 'Fracture of shaft of femur'], ['S82.2', 'Fracture of shaft of tibia'], ['S82.6', 'Fracture of lateral malleolus'],
  ['S83.5', 'Sprain and strain involving (anterior)(posterior) cruciate ligament of knee'], ['S92.3', 'Fracture of metatarsal bone'],
  ['S93.4', 'Sprain and strain of ankle'], ['T14.0', 'Superficial injury of unspecified body region'], ['T14.1', 'Open wound of unspecified body region'],
  ['T14.2', 'Fracture of unspecified body region'], ['T20.2', 'Burn of second degree of head and neck'], ['T23.2', 'Burn of second degree of wrist and hand'],
  ['T29.3', 'Burns of multiple regions, at least one burn of third degree mentioned'], ['T51.9', 'Toxic effect of alcohol, unspecified'],
  ['T60.0', 'Toxic effect of organophosphate and carbamate insecticides'], ['T63.0', 'Toxic effect of snake venom'], ['T65.9', 'Toxic effect of unspecified substance'],
  ['T75.4', 'Effects of electric current'], ['T78.4', 'Allergy, unspecified'],
  ['Z09.8', 'Follow-up examination after other treatment for other conditions'], ['Z34.9', 'Supervision of normal pregnancy, unspecified'],
  ['Z47.0', 'Follow-up care involving removal of fracture plate and other internal fixation device'], ['Z49.1', 'Extracorporeal dialysis'],
  ['Z50.1', 'Other physical therapy'], ['Z51.1', 'Chemotherapy session for neoplasm'], ['Z53.8', 'Procedure not carried out for other reasons'],
  ['Z96.1', 'Presence of intraocular lens'], ['Z98.8', 'Other specified postsurgical states'],
  ['U07.1', 'COVID-19, virus identified'],
];

export const ICD10: readonly Icd10Code[] = Object.freeze(
  rows.map(([code, descriptionEn]) => {
    const sex = MALE_ONLY.test(code) ? 'L' : FEMALE_ONLY.test(code) ? 'P' : undefined;
    const trauma = code.startsWith('S') || code.startsWith('T');
    return Object.freeze({ code, descriptionEn, chapter: icd10Chapter(code), trauma, ...(sex ? { sex } : {}) });
  }),
);
