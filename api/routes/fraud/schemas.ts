// TypeBox schemas of the fraud routes (role auditor): worklist, case detail, claim score on
// arrival, outcome recording, precision report, exports.
import { Type } from '@sinclair/typebox';
import type { Static } from '@sinclair/typebox';

export const WorklistQuery = Type.Object({
  capacity: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, description: 'Claims the investigators can review (default: the published worklist size).' })),
  province: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
  provider: Type.Optional(Type.String({ pattern: '^[0-9]{4}R[0-9]{3}$' })),
  fraudType: Type.Optional(Type.String({ pattern: '^[A-Z_]+$' })),
  periodFrom: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' })),
  periodTo: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' })),
});
export type WorklistQueryT = Static<typeof WorklistQuery>;

export const ExportQuery = Type.Intersect([WorklistQuery, Type.Object({ format: Type.Union([Type.Literal('csv'), Type.Literal('parquet'), Type.Literal('arrow')]) })]);

const Value = Type.Union([Type.Number(), Type.String(), Type.Null()]);

export const Reason = Type.Object({
  kind: Type.Union([Type.Literal('detector'), Type.Literal('model')]),
  fraudType: Type.Optional(Type.String()),
  signal: Type.Optional(Type.String()),
  feature: Type.Optional(Type.String()),
  amountAtRisk: Type.Optional(Type.Number()),
  relatedSep: Type.Optional(Type.Array(Type.String())),
  contribution: Type.Optional(Type.Number()),
  value: Type.Optional(Value),
  peerValue: Type.Optional(Value),
  en: Type.String(),
  id: Type.String(),
});

export const Case = Type.Object({
  caseId: Type.String(), rank: Type.Integer(), facilityId: Type.String(), province: Type.String(), fraudType: Type.String(),
  claims: Type.Integer(), amountAtRisk: Type.Number(), expectedRecovery: Type.Number(), reasons: Type.Array(Reason),
});

export const WorklistResponse = Type.Object({ capacity: Type.Integer(), cases: Type.Array(Case) });

export const CaseDetailResponse = Type.Intersect([Case, Type.Object({
  claimList: Type.Array(Type.Object({
    nomorSep: Type.String(), probability: Type.Number(), amountAtRisk: Type.Number(), expectedRecovery: Type.Number(),
    fraudTypes: Type.Array(Type.String()), submitMonth: Type.String(),
  })),
})]);

export const CaseParams = Type.Object({ caseId: Type.String({ pattern: '^[0-9]{4}R[0-9]{3}-[A-Z_]+$' }) });

const DateText = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const Rupiah = Type.Integer({ minimum: 0 });

/** e-Klaim fields of a claim on arrival; the card is already pseudonymised (card_key), as everywhere past ingestion. */
export const ArrivalClaimBody = Type.Object({
  nomor_sep: Type.String({ minLength: 1, maxLength: 32 }),
  card_key: Type.String({ pattern: '^[0-9a-f]{16,64}$' }),
  facility_id: Type.String({ pattern: '^[0-9]{4}R[0-9]{3}$' }),
  tgl_sep: DateText, tgl_masuk: DateText, tgl_pulang: DateText, tgl_pengajuan: DateText,
  jenis_rawat: Type.Integer({ minimum: 1, maximum: 2 }), kelas_rawat: Type.Integer({ minimum: 1, maximum: 3 }),
  discharge_status: Type.Integer({ minimum: 1, maximum: 5 }),
  icu_indikator: Type.Integer({ minimum: 0, maximum: 1 }), icu_los: Type.Integer({ minimum: 0 }), ventilator_hour: Type.Integer({ minimum: 0 }),
  upgrade_class_ind: Type.Integer({ minimum: 0, maximum: 1 }),
  upgrade_class_class: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  upgrade_class_los: Type.Optional(Type.Integer({ minimum: 0 })),
  upgrade_class_payor: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  diagnosa: Type.String({ minLength: 3 }), procedure: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  coder_id: Type.String(), kode_dpjp: Type.String(),
  kode_inacbg: Type.String({ pattern: '^[A-Z]-[0-9]-[0-9]{2}-(0|I|II|III)$' }), tarif_inacbg: Rupiah,
  special_cmg: Type.Optional(Type.Union([Type.String(), Type.Null()])), tarif_special_cmg: Rupiah, billed_cost: Rupiah,
  // empty until BPJS has verified the claim, which on arrival it has not
  verified_cost: Type.Optional(Type.Union([Rupiah, Type.Null()])),
}, { additionalProperties: Type.Integer({ minimum: 0 }), description: 'Plus the 18 tariff components (tarif_*), whole rupiah.' });
export type ArrivalClaimBodyT = Static<typeof ArrivalClaimBody>;

export const ArrivalScoreResponse = Type.Object({
  nomorSep: Type.String(), probability: Type.Number(), amountAtRisk: Type.Number(), expectedRecovery: Type.Number(),
  route: Type.Union([Type.Literal('straight_through'), Type.Literal('review'), Type.Literal('investigate')]),
  fraudTypes: Type.Array(Type.String()), reasons: Type.Array(Reason),
});

export const OutcomeBody = Type.Object({
  verdict: Type.Union([Type.Literal('confirmed'), Type.Literal('not_fraud'), Type.Literal('inconclusive')]),
  fraudType: Type.Optional(Type.Union([Type.String({ pattern: '^[A-Z_]+$' }), Type.Null()])),
  amountRecovered: Type.Integer({ minimum: 0 }),
  note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
});

export const OutcomeResponse = Type.Object({ id: Type.String(), caseId: Type.String(), claims: Type.Integer(), verdict: Type.String(), recordedAt: Type.String() });

export const PrecisionResponse = Type.Object({
  rows: Type.Array(Type.Object({
    period: Type.String(), fraudType: Type.String(), confirmed: Type.Integer(), notFraud: Type.Integer(), inconclusive: Type.Integer(),
    precision: Type.Union([Type.Number(), Type.Null()]), amountRecovered: Type.Number(),
  })),
});

export const ProvidersQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  province: Type.Optional(Type.String({ pattern: '^[0-9]{2}$' })),
});

export const ProvidersResponse = Type.Object({
  providers: Type.Array(Type.Object({
    facilityId: Type.String(), province: Type.String(), claims: Type.Integer(), expectedFraudulentClaims: Type.Number(), fraudRate: Type.Number(),
    likelyFraudulentClaims: Type.Integer(), amountAtRisk: Type.Number(), expectedRecovery: Type.Number(), fraudTypes: Type.Array(Type.String()),
  })),
});
