// TypeBox schemas of the fraud routes (role auditor): worklist, case detail, claim score on
// arrival, outcome recording, precision report, exports.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';
import { MAX_RUPIAH_AMOUNT, NO_NUL_PATTERN } from '../../store/records.js';

/** A submission month: YYYY-MM with month 01-12 (2024-13, 2024-00 and 9999-99 are refused with 400). */
const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'Submission month, YYYY-MM (month 01-12).' });

export const WorklistQuery = Type.Object({
  capacity: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100_000,
      description: 'Cases the audit team can open (default: the published worklist capacity).',
    }),
  ),
  perProvider: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 1000, description: 'Cases of one provider at most (default: the published cap).' }),
  ),
  province: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
  provider: Type.Optional(Type.String({ pattern: '^[0-9]{4}R[0-9]{3}$' })),
  fraudType: Type.Optional(Type.String({ pattern: '^[A-Z_]+$' })),
  periodFrom: Type.Optional(Month),
  periodTo: Type.Optional(Month),
});
export type WorklistQueryT = Static<typeof WorklistQuery>;

export const ExportQuery = Type.Intersect([
  WorklistQuery,
  Type.Object({ format: Type.Union([Type.Literal('csv'), Type.Literal('parquet'), Type.Literal('arrow')]) }),
]);

const Value = Type.Union([Type.Number(), Type.String(), Type.Null()]);

const Strength = Type.Union([Type.Literal('certain'), Type.Literal('suspicious')]);
const Text = Type.Union([Type.String(), Type.Null()]);

/** The evidence fields of one claim a detector reason is about (pseudonymous keys only). */
export const ClaimEvidence = Type.Object({
  nomorSep: Type.String(),
  memberKey: Text,
  cardKey: Text,
  admitted: Text,
  discharged: Text,
  doctor: Text,
  diagnoses: Type.Array(Type.String()),
  procedures: Type.Array(Type.String()),
  cbg: Text,
  paidAmount: Type.Number(),
  amountAtRisk: Type.Number(),
  relatedSep: Type.Array(Type.String()),
  en: Type.String(),
  id: Type.String(),
});

export const Reason = Type.Object({
  kind: Type.Union([Type.Literal('detector'), Type.Literal('model')]),
  fraudType: Type.Optional(Type.String()),
  signal: Type.Optional(Type.String()),
  strength: Type.Optional(Strength),
  precision: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  feature: Type.Optional(Type.String()),
  amountAtRisk: Type.Optional(Type.Number()),
  claims: Type.Optional(Type.Array(Type.String(), { description: 'The claims this reason is about.' })),
  relatedSep: Type.Optional(Type.Array(Type.String())),
  evidence: Type.Optional(Type.Array(ClaimEvidence)),
  contribution: Type.Optional(Type.Number({ description: 'Log-odds contribution against the model baseline.' })),
  direction: Type.Optional(Type.Union([Type.Literal('raises'), Type.Literal('lowers')])),
  value: Type.Optional(Value),
  baselineValue: Type.Optional(Value),
  peerValue: Type.Optional(Value),
  en: Type.String(),
  id: Type.String(),
});

export const Case = Type.Object({
  caseId: Type.String(),
  rank: Type.Integer(),
  facilityId: Type.String(),
  province: Type.String(),
  fraudType: Type.String(),
  claims: Type.Integer(),
  amountAtRisk: Type.Number(),
  expectedRecovery: Type.Number(),
  reasons: Type.Array(Reason),
  evidenceStrength: Type.Optional(Type.Union([Strength, Type.Literal('model')])),
  fraudTypes: Type.Optional(Type.Array(Type.String())),
  inWorklist: Type.Optional(Type.Boolean()),
  netValue: Type.Optional(
    Type.Number({ description: 'Expected recovery less the audit cost of the case; the worklist ranks by it after certain evidence.' }),
  ),
});

export const WorklistResponse = Type.Object({
  capacity: Type.Integer({ description: 'Capacity in cases.' }),
  perProvider: Type.Optional(Type.Integer()),
  cases: Type.Array(Case),
});

export const CaseDetailResponse = Type.Intersect([
  Case,
  Type.Object({
    claimList: Type.Array(
      Type.Object({
        nomorSep: Type.String(),
        probability: Type.Number(),
        amountAtRisk: Type.Number(),
        expectedRecovery: Type.Number(),
        fraudTypes: Type.Array(Type.String()),
        submitMonth: Type.String(),
        rankInCase: Type.Optional(Type.Integer()),
        evidenceStrength: Type.Optional(Type.Union([Strength, Type.Null()])),
      }),
    ),
  }),
]);

export const CaseParams = Type.Object({ caseId: Type.String({ pattern: '^[0-9]{4}R[0-9]{3}-[A-Z_]+$' }) });

const DateText = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const Rupiah = Type.Integer({ minimum: 0 });
/** Local wall-clock time as the facility records it: YYYY-MM-DD HH:MM:SS (or with T). */
/** A date and time as the contract's waktu_* columns hold them (the scorer also checks that it exists). */
const DateTimeText = Type.String({
  pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]{1,6})?)?Z?$',
  examples: ['2024-03-10 14:30:00'],
});

/** e-Klaim fields of a claim on arrival; the card is already pseudonymised (card_key), as everywhere past ingestion. */
export const ArrivalClaimBody = Type.Object(
  {
    nomor_sep: Type.String({ minLength: 1, maxLength: 32 }),
    card_key: Type.String({ pattern: '^[0-9a-f]{16,64}$' }),
    facility_id: Type.String({ pattern: '^[0-9]{4}R[0-9]{3}$' }),
    tgl_sep: DateText,
    tgl_masuk: DateText,
    tgl_pulang: DateText,
    tgl_pengajuan: DateText,
    jenis_rawat: Type.Integer({ minimum: 1, maximum: 2 }),
    kelas_rawat: Type.Integer({ minimum: 1, maximum: 3 }),
    discharge_status: Type.Integer({ minimum: 1, maximum: 5 }),
    icu_indikator: Type.Integer({ minimum: 0, maximum: 1 }),
    icu_los: Type.Integer({ minimum: 0 }),
    ventilator_hour: Type.Integer({ minimum: 0 }),
    upgrade_class_ind: Type.Integer({ minimum: 0, maximum: 1 }),
    upgrade_class_class: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    upgrade_class_los: Type.Optional(Type.Integer({ minimum: 0 })),
    upgrade_class_payor: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    diagnosa: Type.String({ minLength: 3 }),
    procedure: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    coder_id: Type.String(),
    kode_dpjp: Type.String(),
    kode_inacbg: Type.String({ pattern: '^[A-Z]-[0-9]-[0-9]{2}-(0|I|II|III)$' }),
    tarif_inacbg: Rupiah,
    special_cmg: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    tarif_special_cmg: Rupiah,
    billed_cost: Rupiah,
    // empty until BPJS has verified the claim, which on arrival it has not
    verified_cost: Type.Optional(Type.Union([Rupiah, Type.Null()])),
    // referral and timing fields newer e-Klaim extracts carry (optional: older ones lack them)
    no_rujukan: Type.Optional(Type.Union([Type.String({ maxLength: 32 }), Type.Null()])),
    ppk_rujukan: Type.Optional(Type.Union([Type.String({ maxLength: 16 }), Type.Null()])),
    tgl_rujukan: Type.Optional(Type.Union([DateText, Type.Null()])),
    asal_rujukan: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 2 }), Type.Null()])),
    jenis_pelayanan: Type.Optional(Type.Union([Type.String({ maxLength: 16 }), Type.Null()])),
    waktu_masuk: Type.Optional(Type.Union([DateTimeText, Type.Null()])),
    waktu_pulang: Type.Optional(Type.Union([DateTimeText, Type.Null()])),
    waktu_operasi: Type.Optional(Type.Union([DateTimeText, Type.Null()])),
    lateralitas: Type.Optional(Type.Union([Type.String({ maxLength: 64 }), Type.Null()])),
  },
  { additionalProperties: Type.Integer({ minimum: 0 }), description: 'Plus the 18 tariff components (tarif_*), whole rupiah.' },
);

export const ArrivalScoreResponse = Type.Object({
  nomorSep: Type.String(),
  probability: Type.Number(),
  amountAtRisk: Type.Number(),
  expectedRecovery: Type.Number(),
  route: Type.Union([Type.Literal('straight_through'), Type.Literal('review'), Type.Literal('investigate')]),
  fraudTypes: Type.Array(Type.String()),
  reasons: Type.Array(Reason),
  primaryType: Type.Optional(Type.String()),
  evidenceStrength: Type.Optional(Type.Union([Strength, Type.Null()])),
  inCase: Type.Optional(Type.Boolean()),
});

export const OutcomeBody = Type.Object({
  verdict: Type.Union([Type.Literal('confirmed'), Type.Literal('not_fraud'), Type.Literal('inconclusive')]),
  fraudType: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z_]+$' }), Type.Null()])),
  // Bounds the store holds (api/store/records.ts): whole rupiah up to MAX_RUPIAH_AMOUNT, text without NUL.
  amountRecovered: Type.Integer({ minimum: 0, maximum: MAX_RUPIAH_AMOUNT, description: 'Whole rupiah recovered.' }),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 2000, pattern: NO_NUL_PATTERN }), Type.Null()])),
});

export const OutcomeResponse = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  claims: Type.Integer(),
  verdict: Type.String(),
  recordedAt: Type.String(),
  status: Type.Optional(Type.String({ description: "The case's status after the outcome: closed." })),
});

export const PrecisionResponse = Type.Object({
  rows: Type.Array(
    Type.Object({
      period: Type.String(),
      fraudType: Type.String(),
      confirmed: Type.Integer(),
      notFraud: Type.Integer(),
      inconclusive: Type.Integer(),
      precision: Type.Union([Type.Number(), Type.Null()]),
      amountRecovered: Type.Number(),
    }),
  ),
});

export const ProvidersQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  province: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
});

export const ProvidersResponse = Type.Object({
  providers: Type.Array(
    Type.Object({
      facilityId: Type.String(),
      province: Type.String(),
      claims: Type.Integer(),
      expectedFraudulentClaims: Type.Number(),
      fraudRate: Type.Number(),
      likelyFraudulentClaims: Type.Integer(),
      amountAtRisk: Type.Number(),
      expectedRecovery: Type.Number(),
      fraudTypes: Type.Array(Type.String()),
      certainEvidenceClaims: Type.Optional(Type.Integer()),
    }),
  ),
});

export const SignalsResponse = Type.Object({
  signals: Type.Array(
    Type.Object({
      fraudType: Type.String(),
      signal: Type.String(),
      strength: Strength,
      priorConfirmed: Type.Number(),
      priorNotFraud: Type.Number(),
      audited: Type.Integer(),
      confirmed: Type.Integer(),
      precision: Type.Number({ description: 'Beta posterior mean: (prior confirmed + confirmed) / (prior + audited).' }),
    }),
  ),
});

// Case workflow (issue 14): status and assignment, history, the case-view access log.
const CaseStatus = Type.Union([Type.Literal('open'), Type.Literal('assigned'), Type.Literal('closed')]);
const Note = Type.Optional(Type.Union([Type.String({ maxLength: 2000, pattern: NO_NUL_PATTERN }), Type.Null()]));
const ClientId = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$', description: 'API client id of an auditor.' });

export const CaseStateResponse = Type.Object({
  caseId: Type.String(),
  status: CaseStatus,
  assignee: Text,
  assigneeName: Text,
  outcomeId: Text,
  verdict: Text,
  updatedAt: Type.Union([Type.String(), Type.Null()], { description: 'When the last action was taken; null if none was.' }),
  updatedBy: Text,
});

export const CaseWorkflowResponse = Type.Intersect([
  CaseStateResponse,
  Type.Object({
    history: Type.Array(
      Type.Object({
        id: Type.String(),
        kind: Type.Union([Type.Literal('assign'), Type.Literal('unassign'), Type.Literal('reopen'), Type.Literal('close')]),
        actor: Type.String(),
        actorName: Text,
        assignee: Text,
        outcomeId: Text,
        verdict: Text,
        note: Text,
        status: CaseStatus,
        at: Type.String(),
      }),
      { description: 'Every action on the case, oldest first.' },
    ),
  }),
]);

export const AssignBody = Type.Object({ assignee: ClientId, note: Note });
export const CaseNoteBody = Type.Object({ note: Note });

export const CaseViewsResponse = Type.Object({
  views: Type.Array(
    Type.Object({
      viewer: Type.String(),
      viewerName: Text,
      channel: Type.Union([Type.Literal('workbench'), Type.Literal('api')]),
      viewedAt: Type.String(),
    }),
  ),
});

export const CaseStatesQuery = Type.Object({
  status: Type.Optional(CaseStatus),
  assignee: Type.Optional(ClientId),
});
export const CaseStatesResponse = Type.Object({
  cases: Type.Array(CaseStateResponse, {
    description: 'Cases someone acted on, most recently changed first (a case never acted on is open).',
  }),
});

export const AuditorsResponse = Type.Object({ auditors: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })) });
