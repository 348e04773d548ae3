// The conditions that indicate a few dear procedures (those with an INA-CBG special-CMG top-up or a
// dear surgical group), and the conditions of the same body site that a cheaper treatment serves.
// A stay that codes the dear procedure, names none of its indications and names such a condition
// was coded above what its diagnoses indicate (DOMAIN.md section 3, UPCODING: a procedure coded
// higher): a femoral shaft fracture is nailed or plated, never replaced with a hip prosthesis.
// Indications are ICD-10 prefixes (category or subcategory), wide on purpose: every condition a
// guideline or accepted practice treats with the procedure counts, so a stay is judged only where
// no guideline offers it. Lens implant (13.71, top-up SP-02) is day surgery billed as an outpatient
// group (H-2-36) and CABG has no code in the ICD-9-CM subset: neither is here.

/** A condition of the procedure's body site that a cheaper treatment serves. */
export interface CheaperCondition {
  /** ICD-10 prefixes. */
  readonly dx: readonly string[];
  readonly conditionEn: string;
  readonly conditionId: string;
  /** What the condition gets instead (English, Indonesian). */
  readonly treatmentEn: string;
  readonly treatmentId: string;
  /** The INA-CBG group (code without severity) that treatment is paid under. */
  readonly cbgBase: string;
  /** The special-CMG top-up of that treatment, if any (data-samples/reference/inacbg.ts SPECIAL_CMG). */
  readonly topUp: string | null;
  readonly source: string;
}

export interface ProcedureIndication {
  readonly id: string;
  readonly procedureEn: string;
  readonly procedureId: string;
  /** ICD-9-CM codes of the procedure. */
  readonly procedures: readonly string[];
  /** ICD-10 prefixes of the conditions that indicate it. */
  readonly indications: readonly string[];
  readonly source: string;
  readonly cheaper: readonly CheaperCondition[];
}

/** Failed or worn implants, fractures around an implant, bone tumours and metastases: every joint replacement's indications. */
const IMPLANT_AND_TUMOUR = ['T84', 'M96.6', 'C40', 'C41', 'C79.5', 'D16', 'D48.0'];
/** Inflammatory arthritis and osteonecrosis destroying a joint (NICE NG157 joint replacement, 2020: any end-stage joint disease). */
const JOINT_DISEASE = ['M05', 'M06', 'M07', 'M08', 'M45', 'M87'];

export const PROCEDURE_INDICATIONS: readonly ProcedureIndication[] = Object.freeze([
  {
    id: 'hip_arthroplasty',
    procedureEn: 'hip replacement',
    procedureId: 'penggantian sendi panggul',
    procedures: ['81.51', '81.52'],
    // S72.1 trochanteric and S72.7 multiple femoral fractures: arthroplasty is accepted practice for a comminuted
    // trochanteric fracture of osteoporotic bone, and several fractures may include the neck: kept as indications
    indications: ['S72.0', 'S72.1', 'S72.7', 'M16', 'M91', 'M93.0', 'Q65', ...JOINT_DISEASE, ...IMPLANT_AND_TUMOUR],
    source:
      'NICE NG124 (hip fracture, 2011, updated 2023) 1.6: arthroplasty for displaced intracapsular (femoral neck) fractures; AAOS Management of Hip Fractures in Older Adults (2021); NICE NG157 (joint replacement, 2020): hip osteoarthritis, inflammatory arthritis, avascular necrosis, developmental dysplasia, failed implants and tumours.',
    cheaper: [
      {
        dx: ['S72.2', 'S72.3', 'S72.4'],
        conditionEn: 'femoral fracture below the trochanters (subtrochanteric, shaft or lower end)',
        conditionId: 'patah femur di bawah trokanter (subtrokanter, batang atau ujung bawah)',
        treatmentEn: 'internal fixation with a nail or a plate (79.35)',
        treatmentId: 'fiksasi interna dengan nail atau pelat (79.35)',
        cbgBase: 'M-1-30',
        topUp: 'RR-03',
        source:
          'NICE NG124 1.6.7: intramedullary nail for subtrochanteric fractures; AO/OTA and AAOS: femoral shaft fractures in adults are fixed with an intramedullary nail (or plate), distal femoral fractures with a plate or retrograde nail; none is a hip replacement.',
      },
    ],
  },
  {
    id: 'knee_arthroplasty',
    procedureEn: 'knee replacement',
    procedureId: 'penggantian sendi lutut',
    procedures: ['81.54', '81.55'],
    // S72.4 and S82.1 (fractures into the knee joint of osteoporotic bone): primary replacement is an accepted option
    indications: ['M17', 'S72.4', 'S82.1', ...JOINT_DISEASE, ...IMPLANT_AND_TUMOUR],
    source:
      'NICE NG157 (joint replacement, 2020) and AAOS Management of Osteoarthritis of the Knee (2021): end-stage knee osteoarthritis or inflammatory arthritis, osteonecrosis, failed implants, tumours; periarticular fractures of osteoporotic bone.',
    cheaper: [
      {
        dx: ['S82.2', 'S82.3'],
        conditionEn: 'tibial fracture below the knee joint (shaft or lower end)',
        conditionId: 'patah tibia di bawah sendi lutut (batang atau ujung bawah)',
        treatmentEn: 'internal fixation of the tibia (79.36)',
        treatmentId: 'fiksasi interna tibia (79.36)',
        cbgBase: 'M-1-60',
        topUp: 'RR-03',
        source:
          'AO/OTA and AAOS: tibial shaft fractures are fixed with an intramedullary nail, distal tibial fractures with a plate or nail.',
      },
    ],
  },
  {
    id: 'coronary_stent',
    procedureEn: 'coronary angioplasty or stent',
    procedureId: 'angioplasti atau stent koroner',
    procedures: ['00.66', '36.06', '36.07'],
    // T82 (complication of a cardiac or vascular graft or stent): restenosis and graft disease
    indications: ['I20', 'I21', 'I22', 'I23', 'I24', 'I25', 'T82', 'Z95.5'],
    source:
      '2018 ESC/EACTS Guidelines on myocardial revascularisation, 2023 ESC acute coronary syndromes, 2024 ESC chronic coronary syndromes, 2021 ACC/AHA/SCAI coronary revascularisation: PCI treats acute coronary syndromes and chronic coronary disease (ICD-10 I20-I25).',
    cheaper: [
      {
        dx: ['I10', 'I11', 'I12', 'I13', 'I15', 'R07'],
        conditionEn: 'hypertension or chest pain without coronary disease',
        conditionId: 'hipertensi atau nyeri dada tanpa penyakit koroner',
        treatmentEn: 'medical treatment',
        treatmentId: 'terapi medikamentosa',
        cbgBase: 'I-4-17',
        topUp: null,
        source:
          '2024 ESH/ESC hypertension guidelines: drug treatment; chest pain without coronary disease needs no revascularisation (2021 AHA/ACC chest pain guideline).',
      },
      {
        dx: ['I50'],
        conditionEn: 'heart failure without coronary disease',
        conditionId: 'gagal jantung tanpa penyakit koroner',
        treatmentEn: 'medical treatment',
        treatmentId: 'terapi medikamentosa',
        cbgBase: 'I-4-12',
        topUp: null,
        source:
          '2021 ESC heart failure guidelines: drug and device treatment; revascularisation only for ischaemic heart failure, which is coded I25.5 (an indication here).',
      },
    ],
  },
  {
    id: 'craniotomy',
    procedureEn: 'craniotomy',
    procedureId: 'kraniotomi',
    procedures: ['01.24'],
    // every intracranial lesion, stroke (decompressive craniectomy for malignant infarction), tumour, infection,
    // hydrocephalus, epilepsy surgery, malformation and skull fracture counts
    indications: [
      'S02.0',
      'S02.1',
      'S06.1',
      'S06.2',
      'S06.3',
      'S06.4',
      'S06.5',
      'S06.6',
      'S06.7',
      'S06.8',
      'S06.9',
      'I60',
      'I61',
      'I62',
      'I63',
      'I64',
      'I67',
      'C70',
      'C71',
      'C72',
      'C79.3',
      'D32',
      'D33',
      'D35',
      'D42',
      'D43',
      'G06',
      'G07',
      'G40',
      'G91',
      'G93',
      'Q01',
      'Q03',
      'Q04',
      'Q28',
      'T85',
    ],
    source:
      'Brain Trauma Foundation Guidelines for the Surgical Management of Traumatic Brain Injury (2006) and for severe TBI (4th ed., 2016): evacuation of haematomas and decompression; AHA/ASA 2019 and 2022 guidelines: decompressive craniectomy for malignant cerebral infarction and selected intracerebral haemorrhage.',
    cheaper: [
      {
        dx: ['S06.0', 'S00', 'S01'],
        conditionEn: 'concussion or a superficial or open wound of the head',
        conditionId: 'gegar otak atau luka superfisial atau terbuka di kepala',
        treatmentEn: 'observation and wound care',
        treatmentId: 'observasi dan perawatan luka',
        cbgBase: 'S-4-10',
        topUp: null,
        source: 'NICE NG232 (head injury, 2023): concussion without an intracranial lesion on CT is observed; scalp wounds are closed.',
      },
    ],
  },
] satisfies readonly ProcedureIndication[]);
