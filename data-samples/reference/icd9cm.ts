// A subset of ICD-9-CM volume 3 procedure codes (the procedure coding INA-CBG uses).

export interface Icd9cmCode {
  readonly code: string;
  readonly descriptionEn: string;
}

const rows: ReadonlyArray<readonly [string, string]> = [
  ['01.24', 'Other craniotomy'], ['03.31', 'Spinal tap'], ['13.41', 'Phacoemulsification and aspiration of cataract'],
  ['13.71', 'Insertion of intraocular lens prosthesis at time of cataract extraction'], ['28.2', 'Tonsillectomy without adenoidectomy'],
  ['33.24', 'Closed endoscopic biopsy of bronchus'], ['34.04', 'Insertion of intercostal catheter for drainage'],
  ['36.06', 'Insertion of non-drug-eluting coronary artery stent(s)'], ['36.07', 'Insertion of drug-eluting coronary artery stent(s)'],
  ['37.22', 'Left heart cardiac catheterization'], ['38.93', 'Venous catheterization, not elsewhere classified'],
  ['39.95', 'Hemodialysis'], ['00.66', 'Percutaneous transluminal coronary angioplasty'], ['45.13', 'Other endoscopy of small intestine'],
  ['45.23', 'Colonoscopy'], ['47.01', 'Laparoscopic appendectomy'], ['47.09', 'Other appendectomy'], ['49.46', 'Excision of hemorrhoids'],
  ['51.22', 'Cholecystectomy'], ['51.23', 'Laparoscopic cholecystectomy'], ['53.00', 'Unilateral repair of inguinal hernia, not otherwise specified'],
  ['54.11', 'Exploratory laparotomy'], ['56.0', 'Transurethral removal of obstruction from ureter and renal pelvis'],
  ['57.94', 'Insertion of indwelling urinary catheter'], ['60.29', 'Other transurethral prostatectomy'], ['64.0', 'Circumcision'],
  ['65.29', 'Other local excision or destruction of ovary'], ['68.49', 'Other and unspecified total abdominal hysterectomy'],
  ['69.09', 'Other dilation and curettage'], ['73.59', 'Other manually assisted delivery'], ['73.6', 'Episiotomy'],
  ['74.1', 'Low cervical cesarean section'], ['75.34', 'Other fetal monitoring'], ['78.62', 'Removal of implanted devices from humerus'],
  ['79.32', 'Open reduction of fracture with internal fixation, radius and ulna'], ['79.35', 'Open reduction of fracture with internal fixation, femur'],
  ['79.36', 'Open reduction of fracture with internal fixation, tibia and fibula'], ['81.51', 'Total hip replacement'],
  ['81.54', 'Total knee replacement'], ['84.01', 'Amputation and disarticulation of finger'], ['86.22', 'Excisional debridement of wound, infection, or burn'],
  ['86.59', 'Closure of skin and subcutaneous tissue of other sites'], ['87.03', 'Computerized axial tomography of head'],
  ['87.44', 'Routine chest x-ray, so described'], ['88.01', 'Computerized axial tomography of abdomen'], ['88.38', 'Other computerized axial tomography'],
  ['88.72', 'Diagnostic ultrasound of heart'], ['88.76', 'Diagnostic ultrasound of abdomen and retroperitoneum'],
  ['88.78', 'Diagnostic ultrasound of gravid uterus'], ['88.91', 'Magnetic resonance imaging of brain and brain stem'],
  ['89.52', 'Electrocardiogram'], ['90.59', 'Microscopic examination of blood, other microscopic examination'],
  ['93.11', 'Assisting exercise'], ['93.39', 'Other physical therapy'], ['93.96', 'Other oxygen enrichment'],
  ['94.25', 'Other psychiatric drug therapy'], ['96.04', 'Insertion of endotracheal tube'],
  ['96.71', 'Continuous invasive mechanical ventilation for less than 96 consecutive hours'],
  ['96.72', 'Continuous invasive mechanical ventilation for 96 consecutive hours or more'],
  ['99.04', 'Transfusion of packed cells'], ['99.15', 'Parenteral infusion of concentrated nutritional substances'],
  ['99.18', 'Injection or infusion of electrolytes'], ['99.21', 'Injection of antibiotic'], ['99.25', 'Injection or infusion of cancer chemotherapeutic substance'],
  ['99.10', 'Injection or infusion of thrombolytic agent'],
];

export const ICD9CM: readonly Icd9cmCode[] = Object.freeze(rows.map(([code, descriptionEn]) => Object.freeze({ code, descriptionEn })));
