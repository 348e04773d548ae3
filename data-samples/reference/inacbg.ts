// The INA-CBG catalogue the synthetic claims are grouped into, and the tariff key around it.
// Code shape follows PMK 26/2021 / PMK 3/2023: CMG letter - case type - group - severity.
// Simplification (documented in SCHEMA.md): ~40 inpatient groups x 3 severities and ~20
// ambulatory groups instead of the real 1,075 codes; ambulatory codes carry severity '0' as
// the real outpatient codes do (e.g. Q-5-44-0). Tariffs are illustrative magnitudes in the
// range of PMK 3/2023 (class 3, hospital class C, region 1, government), not official values.

export type CbgSeverity = 'I' | 'II' | 'III' | '0';

/** INA-CBG case types (digit 2 of the code). */
export const CASE_TYPES = Object.freeze({
  1: 'Inpatient procedure',
  2: 'Outpatient major procedure',
  3: 'Outpatient significant procedure',
  4: 'Inpatient non-procedure',
  5: 'Outpatient non-procedure',
  6: 'Inpatient obstetric',
  7: 'Outpatient obstetric',
  8: 'Inpatient neonatal',
  9: 'Outpatient neonatal',
} as const);

export type CaseType = keyof typeof CASE_TYPES;

export interface InacbgGroup {
  readonly code: string;
  readonly cmg: string;
  readonly caseType: CaseType;
  /** Specific group number, two digits. */
  readonly group: string;
  readonly severity: CbgSeverity;
  readonly inpatient: boolean;
  readonly descriptionEn: string;
  /** Rupiah: care class 3, hospital class C, region 1, government ownership. */
  readonly baseTariff: number;
  /** Mean length of stay in days (0 for same-day ambulatory care). */
  readonly losNorm: number;
  readonly typicalDiagnoses: readonly string[];
  readonly typicalProcedures: readonly string[];
}

/** Tariff and LOS multipliers of severity II and III against I (illustrative, PMK 3/2023 ratios are ~1.3-2.5). */
export const SEVERITY_TARIFF_FACTOR = Object.freeze({ I: 1, II: 1.45, III: 2.2, '0': 1 } as const);
export const SEVERITY_LOS_FACTOR = Object.freeze({ I: 1, II: 1.35, III: 1.9, '0': 1 } as const);
/** Care class 1 and 2 are paid at these multiples of class 3 (PMK 3/2023: class 2 = 1.2, class 1 = 1.4). */
export const CARE_CLASS_TARIFF_FACTOR = Object.freeze({ 1: 1.4, 2: 1.2, 3: 1 } as const);
/** Hospital class multipliers (illustrative: class A tariffs are roughly 1.5-2x class C). */
export const HOSPITAL_CLASS_TARIFF_FACTOR = Object.freeze({ A: 1.75, B: 1.3, C: 1, D: 0.88 } as const);
/** Regional tariff groups 1-5 (PMK 3/2023 regionalisation: remote regions are paid more). */
export const REGION_TARIFF_FACTOR = Object.freeze({ 1: 1, 2: 1.02, 3: 1.04, 4: 1.09, 5: 1.17 } as const);
/** Private hospitals receive 3% more than government ones (PMK 64/2016 art. 11). */
export const PRIVATE_TARIFF_FACTOR = 1.03;

type Row = readonly [
  cmg: string,
  caseType: CaseType,
  group: string,
  description: string,
  tariff: number,
  los: number,
  dx: string,
  px: string,
];

// Inpatient groups (case types 1, 4, 6, 8): each gets severities I, II, III.
const INPATIENT: readonly Row[] = [
  ['A', 4, '10', 'Septicaemia', 4_600_000, 5, 'A41.9#A41.0#A41.5', '38.93#99.21'],
  ['A', 4, '11', 'Typhoid and paratyphoid fever', 2_300_000, 4, 'A01.0#A01.4', '99.21'],
  ['A', 4, '12', 'Tuberculosis', 3_100_000, 5, 'A15.0#A16.2#A18.0', '87.44#33.24'],
  ['A', 4, '13', 'Dengue fever', 2_250_000, 4, 'A90#A91', '90.59'],
  ['A', 4, '14', 'Other viral and parasitic infections', 2_400_000, 4, 'B34.9#B50.9#B54#A27.9#U07.1', '90.59'],
  ['B', 1, '10', 'Cholecystectomy', 9_200_000, 4, 'K80.2#K81.0', '51.23#51.22'],
  ['B', 4, '13', 'Cirrhosis and alcoholic hepatitis', 3_600_000, 5, 'K74.6#K70.3#B18.1', '45.13'],
  ['C', 4, '12', 'Chemotherapy and malignancy', 3_500_000, 3, 'C50.9#C34.9#C18.9#C53.9#C61#C16.9', '99.25'],
  ['D', 4, '13', 'Anaemia and blood disorders', 2_600_000, 4, 'D64.9#D50.9#D56.1#D69.6', '99.04'],
  ['E', 4, '10', 'Diabetes and metabolic disorders', 2_900_000, 5, 'E11.9#E11.6#E11.5#E10.9#E86', '99.18'],
  ['F', 4, '10', 'Psychosis and major mood disorders', 3_000_000, 10, 'F20.9#F29#F31.9', '94.25'],
  ['G', 4, '13', 'Intracranial haemorrhage', 6_600_000, 7, 'I61.9#S06.5', '87.03#96.04'],
  ['G', 4, '14', 'Cerebral infarction', 4_500_000, 6, 'I63.9#I64#G45.9', '87.03#88.91'],
  ['G', 4, '15', 'Seizures and other nervous system disorders', 2_700_000, 4, 'G40.9#G03.9#R56.0', '03.31'],
  ['G', 1, '10', 'Craniotomy', 17_500_000, 9, 'S06.5#I61.9', '01.24#87.03'],
  ['I', 4, '10', 'Acute myocardial infarction', 5_600_000, 5, 'I21.0#I21.1#I21.4#I21.9', '89.52#88.72#99.10'],
  ['I', 4, '12', 'Heart failure', 3_600_000, 5, 'I50.0#I50.9#I11.0', '89.52#88.72'],
  ['I', 4, '17', 'Hypertension and angina', 2_100_000, 3, 'I10#I20.0#I20.9', '89.52'],
  ['I', 1, '40', 'Percutaneous coronary intervention', 38_000_000, 3, 'I21.4#I25.1#I20.0', '00.66#36.06#37.22'],
  ['J', 4, '10', 'Chronic obstructive pulmonary disease', 3_100_000, 5, 'J44.1#J44.9', '93.96#87.44'],
  ['J', 4, '16', 'Pneumonia', 3_000_000, 5, 'J18.9#J18.0#J15.9', '87.44#93.96#99.21'],
  ['J', 4, '19', 'Asthma and bronchitis', 2_000_000, 3, 'J45.9#J46#J20.9', '93.96'],
  ['J', 4, '20', 'Respiratory failure', 7_200_000, 7, 'J96.0#J81', '96.04#96.71#96.72'],
  ['K', 1, '12', 'Appendectomy', 6_500_000, 3, 'K35.8#K37', '47.09#47.01'],
  ['K', 1, '13', 'Hernia procedures', 5_400_000, 3, 'K40.9', '53.00'],
  ['K', 1, '14', 'Laparotomy and bowel procedures', 12_000_000, 7, 'K56.6#S36.0', '54.11'],
  ['K', 4, '17', 'Gastroenteritis and other digestive disorders', 2_000_000, 3, 'A09#K52.9#K29.7#A04.9#A03.9', '99.18'],
  ['K', 4, '18', 'Gastrointestinal bleeding', 3_500_000, 4, 'K92.2#K92.0#K25.9', '45.13#99.04'],
  ['L', 4, '10', 'Cellulitis and skin infections', 2_300_000, 4, 'L03.1#L02.4#L08.9', '99.21'],
  ['M', 1, '30', 'Hip and femur procedures', 14_000_000, 6, 'S72.0#S72.3#M16.1', '79.35#81.51'],
  ['M', 1, '31', 'Knee replacement', 13_000_000, 5, 'M17.9', '81.54'],
  ['M', 1, '60', 'Upper limb and lower leg fracture procedures', 8_800_000, 4, 'S52.5#S42.2#S82.2', '79.32#79.36'],
  ['N', 1, '20', 'Transurethral prostatectomy', 7_600_000, 4, 'N40', '60.29'],
  ['N', 4, '10', 'Kidney failure', 3_600_000, 5, 'N17.9#N18.5#N18.9', '39.95#38.93'],
  ['N', 4, '11', 'Urinary tract infection and stones', 2_200_000, 3, 'N39.0#N20.0#N20.1', '57.94'],
  ['O', 6, '10', 'Caesarean delivery', 5_000_000, 3, 'O82.9#O82.0#O34.2#O64.1', '74.1'],
  ['O', 6, '13', 'Vaginal delivery', 2_300_000, 2, 'O80.0#O70.0#O62.2#O72.1', '73.59#73.6'],
  ['O', 6, '14', 'Other antepartum conditions and abortion', 2_400_000, 3, 'O14.1#O42.9#O03.9#O21.0', '69.09#75.34'],
  ['P', 8, '11', 'Neonatal jaundice and minor problems', 2_000_000, 3, 'P59.9#P05.9', '99.04'],
  ['P', 8, '17', 'Neonate with major problems', 5_600_000, 8, 'P07.3#P07.1#P22.0#P21.9#P36.9', '96.04#93.96'],
  ['S', 1, '10', 'Wound and burn debridement', 4_000_000, 4, 'S61.0#T14.1#T23.2#T29.3#S68.1', '86.22#84.01'],
  ['S', 4, '10', 'Head and multiple injuries', 3_200_000, 4, 'S06.0#S00.9#S01.8#S22.3#T14.2', '87.03'],
  ['S', 4, '11', 'Fractures and sprains without procedure', 2_500_000, 3, 'S82.6#S42.0#S92.3#S32.0#S83.5', '87.44'],
  ['T', 4, '10', 'Poisoning, toxic effects and burns', 2_100_000, 3, 'T60.0#T65.9#T63.0#T51.9#T20.2#T75.4', '99.18'],
  ['U', 1, '13', 'Tonsillectomy', 4_000_000, 2, 'J35.0', '28.2'],
  ['W', 1, '11', 'Hysterectomy and ovarian procedures', 9_000_000, 4, 'D25.9#N83.2#D27#C56', '68.49#65.29'],
];

// Ambulatory groups (case types 2, 3, 5, 7): severity 0, same-day.
const AMBULATORY: readonly Row[] = [
  ['Q', 5, '42', 'Other minor acute diseases', 180_000, 0, 'J06.9#A09#R50.9#J02.9#K30#R10.4', ''],
  ['Q', 5, '44', 'Other minor chronic diseases', 220_000, 0, 'I10#E11.9#E14.9#E78.5#I25.1#I50.9#N18.9', ''],
  ['Z', 3, '12', 'Physical rehabilitation', 150_000, 0, 'Z50.1#M54.5#I69.4#G81.9', '93.39#93.11'],
  ['N', 3, '15', 'Haemodialysis', 920_000, 0, 'N18.5#Z49.1', '39.95'],
  ['H', 2, '36', 'Cataract procedure', 6_500_000, 0, 'H25.9#H26.9', '13.41#13.71'],
  ['C', 3, '12', 'Outpatient chemotherapy', 1_200_000, 0, 'Z51.1#C50.9#C34.9#C53.9', '99.25'],
  ['M', 5, '15', 'Musculoskeletal outpatient care', 190_000, 0, 'M54.5#M17.9#M79.1#M10.9#M51.1#M75.1', '93.39'],
  ['J', 5, '15', 'Respiratory outpatient care', 200_000, 0, 'J45.9#J44.9#J30.4#A16.2', '87.44'],
  ['O', 7, '10', 'Antenatal and obstetric outpatient care', 150_000, 0, 'Z34.9#O21.0', '88.78'],
  ['S', 5, '12', 'Injury outpatient care', 250_000, 0, 'S93.4#S61.0#T14.0#S00.9#S62.6', '86.59'],
  ['S', 3, '13', 'Minor injury procedure', 420_000, 0, 'S61.0#T14.1#S01.8', '86.59#86.22'],
  ['K', 5, '14', 'Digestive outpatient care', 180_000, 0, 'K29.7#K30#K21.9#K59.0#I84.9', '88.76'],
  ['G', 5, '18', 'Nervous system outpatient care', 210_000, 0, 'G40.9#G43.9#G56.0#H81.1', '89.52'],
  ['H', 5, '14', 'Eye outpatient care', 170_000, 0, 'H10.9#H52.1#H40.9#Z96.1', ''],
  ['L', 5, '12', 'Skin outpatient care', 160_000, 0, 'L30.9#L50.9#L08.9', ''],
  ['U', 5, '13', 'Ear, nose and throat outpatient care', 180_000, 0, 'H66.9#J30.4#J03.9#H91.9', ''],
  ['F', 5, '10', 'Mental health outpatient care', 200_000, 0, 'F20.9#F32.9#F41.1#F31.9', '94.25'],
  ['I', 5, '16', 'Cardiac outpatient care', 240_000, 0, 'I10#I20.9#I48#I11.9', '89.52#88.72'],
  ['E', 5, '11', 'Endocrine outpatient care', 200_000, 0, 'E11.9#E05.9#E78.5', '90.59'],
  ['Z', 5, '16', 'Follow-up after treatment', 160_000, 0, 'Z09.8#Z47.0#Z98.8', ''],
];

const split = (s: string): readonly string[] => Object.freeze(s ? s.split('#') : []);

function group(row: Row, severity: CbgSeverity): InacbgGroup {
  const [cmg, caseType, grp, descriptionEn, tariff, los, dx, px] = row;
  const inpatient = severity !== '0';
  return Object.freeze({
    code: `${cmg}-${caseType}-${grp}-${severity}`,
    cmg,
    caseType,
    group: grp,
    severity,
    inpatient,
    descriptionEn,
    baseTariff: Math.round((tariff * SEVERITY_TARIFF_FACTOR[severity]) / 100) * 100,
    losNorm: inpatient ? Math.round(los * SEVERITY_LOS_FACTOR[severity] * 10) / 10 : 0,
    typicalDiagnoses: split(dx),
    typicalProcedures: split(px),
  });
}

export const INACBG: readonly InacbgGroup[] = Object.freeze([
  ...INPATIENT.flatMap((row) => (['I', 'II', 'III'] as const).map((sev) => group(row, sev))),
  ...AMBULATORY.map((row) => group(row, '0')),
]);

export type SpecialCmgKind = 'SP' | 'RR' | 'SI' | 'SD' | 'SA';

export interface SpecialCmg {
  readonly code: string;
  readonly kind: SpecialCmgKind;
  readonly descriptionEn: string;
  /** Top-up in rupiah (illustrative magnitude). */
  readonly tariff: number;
  /** ICD-9-CM procedures that justify the top-up; a top-up without one is a fraud signal. */
  readonly requiredProcedures: readonly string[];
}

/** Special CMG top-ups (SP procedure, RR prosthesis, SI investigation, SD drug, SA sub-acute). */
export const SPECIAL_CMG: readonly SpecialCmg[] = Object.freeze(
  [
    {
      code: 'SP-01',
      kind: 'SP',
      descriptionEn: 'Special procedure: coronary stent',
      tariff: 24_000_000,
      requiredProcedures: ['36.06', '36.07'],
    },
    {
      code: 'SP-02',
      kind: 'SP',
      descriptionEn: 'Special procedure: phacoemulsification',
      tariff: 2_400_000,
      requiredProcedures: ['13.41'],
    },
    { code: 'RR-01', kind: 'RR', descriptionEn: 'Special prosthesis: hip implant', tariff: 20_000_000, requiredProcedures: ['81.51'] },
    { code: 'RR-02', kind: 'RR', descriptionEn: 'Special prosthesis: knee implant', tariff: 18_000_000, requiredProcedures: ['81.54'] },
    {
      code: 'RR-03',
      kind: 'RR',
      descriptionEn: 'Special prosthesis: plate and screws',
      tariff: 4_800_000,
      requiredProcedures: ['79.32', '79.35', '79.36'],
    },
    {
      code: 'SI-01',
      kind: 'SI',
      descriptionEn: 'Special investigation: CT scan',
      tariff: 1_100_000,
      requiredProcedures: ['87.03', '88.01', '88.38'],
    },
    { code: 'SI-02', kind: 'SI', descriptionEn: 'Special investigation: MRI', tariff: 2_500_000, requiredProcedures: ['88.91'] },
    { code: 'SD-01', kind: 'SD', descriptionEn: 'Special drug: thrombolytic', tariff: 5_000_000, requiredProcedures: ['99.10'] },
    { code: 'SD-02', kind: 'SD', descriptionEn: 'Special drug: chemotherapy agent', tariff: 3_600_000, requiredProcedures: ['99.25'] },
    { code: 'SA-01', kind: 'SA', descriptionEn: 'Sub-acute care top-up', tariff: 2_900_000, requiredProcedures: [] },
  ].map((s) => Object.freeze({ ...s, kind: s.kind as SpecialCmgKind, requiredProcedures: Object.freeze(s.requiredProcedures) })),
);
