// Read-side queries for the audit workbench over a published fraud directory, beside the
// case assembler (service.ts reads the case itself): the full evidence row of a case's claims
// (facility, billed and verified amounts, tariff components against the CBG's peers), the
// claims related to them (same card, same episode, near-identical clones, readmissions), the
// provider's network of doctors, shared members and linked providers, and the narrowing of a
// worklist export to chosen cases. Views over the Parquet files (nothing copied into memory); values are bound.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { createOfflineDuckDB, literal } from '../../data-samples/sql/index.js';
import { FRAUD_FILES } from './files.js';

/** The e-Klaim tariff components (tarif_*), in the order the claim form lists them. */
export const TARIFF_COMPONENTS = [
  'prosedur_non_bedah',
  'prosedur_bedah',
  'konsultasi',
  'tenaga_ahli',
  'keperawatan',
  'penunjang',
  'radiologi',
  'laboratorium',
  'pelayanan_darah',
  'rehabilitasi',
  'kamar',
  'rawat_intensif',
  'obat',
  'obat_kronis',
  'obat_kemoterapi',
  'alkes',
  'bmhp',
  'sewa_alat',
] as const;

/** Days around a claim within which another claim of the same card, or a near-identical one, counts as related (a month: the readmission window). */
export const RELATED_WINDOW_DAYS = 30;
/** Related claims listed per case (the strongest relations first). */
export const RELATED_CLAIMS_SHOWN = 60;
/** Network size bounds, so the picture stays readable and light on a slow link. */
export const NETWORK_LIMITS = Object.freeze({ doctors: 15, members: 40, providers: 15 });

export interface TariffComponent {
  readonly component: string;
  readonly amount: number;
  /** Median of the component over claims of the same INA-CBG in the published window; null without peers. */
  readonly peerMedian: number | null;
}

export interface ClaimEvidenceRow {
  readonly nomorSep: string;
  readonly facilityId: string;
  readonly facilityType: string | null;
  readonly hospitalClass: string | null;
  readonly memberKey: string | null;
  readonly cardKey: string | null;
  readonly admitted: string | null;
  readonly discharged: string | null;
  readonly doctor: string | null;
  readonly diagnoses: readonly string[];
  readonly procedures: readonly string[];
  readonly cbg: string | null;
  readonly careType: number | null;
  readonly billed: number | null;
  readonly verified: number | null;
  readonly paid: number | null;
  readonly signals: readonly string[];
  /** Empty when the claim is older than the published window of full claim rows. */
  readonly components: readonly TariffComponent[];
}

export type Relation = 'same_episode' | 'same_card' | 'clone' | 'readmission';

export interface RelatedClaim {
  readonly relation: Relation;
  /** The case's claim it relates to. */
  readonly of: string;
  readonly nomorSep: string;
  readonly facilityId: string;
  readonly admitted: string | null;
  readonly discharged: string | null;
  readonly cbg: string | null;
  readonly doctor: string | null;
  readonly paid: number;
  readonly signals: readonly string[];
}

export type NetworkNodeKind = 'provider' | 'doctor' | 'member' | 'other_provider';

export interface NetworkNode {
  readonly id: string;
  readonly kind: NetworkNodeKind;
  readonly label: string;
  readonly suspicious: boolean;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** Claims behind the link. */
  readonly claims: number;
  readonly suspicious: boolean;
  /** Why it is suspicious (detector signals, the same day at two providers, a doctor at several hospitals the same day). */
  readonly why: readonly string[];
}

export interface ProviderNetwork {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

export interface FacilityInfo {
  readonly facilityId: string;
  readonly facilityType: string | null;
  readonly hospitalClass: string | null;
  readonly provinceCode: string | null;
  readonly ownership: string | null;
}

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : typeof v === 'bigint' ? Number(v) : Number(v));
const text = (v: unknown): string | null =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
const split = (v: unknown): string[] => (typeof v === 'string' && v.length > 0 ? v.split('#') : []);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

const VIEWS = [
  ['claims', FRAUD_FILES.claimScores],
  ['full_claims', FRAUD_FILES.historyClaims],
  ['facilities', FRAUD_FILES.facilities],
  ['cases', FRAUD_FILES.cases],
] as const;

export class PublishedCaseEvidence {
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    readonly dir: string,
  ) {}

  static async open(dir: string): Promise<PublishedCaseEvidence> {
    const instance = await createOfflineDuckDB(':memory:', { threads: 1 });
    const connection = await instance.connect();
    try {
      for (const [view, file] of VIEWS)
        await connection.run(`CREATE VIEW ${view} AS SELECT * FROM read_parquet(${literal(join(dir, file))})`);
      // peer medians per CBG and component, once: the window of full claim rows is small (months)
      await connection.run(`CREATE TABLE cbg_component_peers AS SELECT kode_inacbg, ${TARIFF_COMPONENTS.map((c) => `median(tarif_${c}) AS ${c}`).join(', ')}, count(*) AS peers
        FROM full_claims GROUP BY kode_inacbg`);
    } catch (err) {
      connection.closeSync();
      instance.closeSync();
      throw err;
    }
    return new PublishedCaseEvidence(instance, connection, dir);
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #rows(sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
    return (await this.connection.runAndReadAll(sql, params)).getRowObjectsJS() as Row[];
  }

  facility(facilityId: string): Promise<FacilityInfo | null> {
    return this.#serial(async () => {
      const [r] = await this.#rows('SELECT * FROM facilities WHERE facility_id = $1', [facilityId]);
      return r
        ? {
            facilityId,
            facilityType: text(r['facility_type']),
            hospitalClass: text(r['hospital_class']),
            provinceCode: text(r['province_code']),
            ownership: text(r['ownership']),
          }
        : null;
    });
  }

  /** The evidence row of each claim (in the order asked), with tariff components against the CBG's peers where the full row is published. */
  claimEvidence(seps: readonly string[]): Promise<ClaimEvidenceRow[]> {
    if (seps.length === 0) return Promise.resolve([]);
    return this.#serial(async () => {
      const rows = await this.#rows(
        `SELECT c.*, f.facility_type, f.hospital_class, h.verified_cost, ${TARIFF_COMPONENTS.map((x) => `h.tarif_${x} AS c_${x}, p.${x} AS p_${x}`).join(', ')}, h.nomor_sep IS NOT NULL AS has_full
        FROM claims c LEFT JOIN full_claims h USING (nomor_sep) LEFT JOIN facilities f ON f.facility_id = c.facility_id
        LEFT JOIN cbg_component_peers p ON p.kode_inacbg = c.kode_inacbg
        WHERE c.nomor_sep IN (SELECT unnest($1::VARCHAR[]))`,
        [listValue([...seps])],
      );
      const bySep = new Map(rows.map((r) => [String(r['nomor_sep']), r]));
      return seps.flatMap((sep) => {
        const r = bySep.get(sep);
        if (!r) return [];
        const components =
          r['has_full'] === true
            ? TARIFF_COMPONENTS.map((x) => ({ component: x, amount: num(r[`c_${x}`]) ?? 0, peerMedian: num(r[`p_${x}`]) })).filter(
                (c) => c.amount > 0 || (c.peerMedian ?? 0) > 0,
              )
            : [];
        return [
          {
            nomorSep: sep,
            facilityId: String(r['facility_id']),
            facilityType: text(r['facility_type']),
            hospitalClass: text(r['hospital_class']),
            memberKey: text(r['member_key']),
            cardKey: text(r['card_key']),
            admitted: text(r['tgl_masuk']),
            discharged: text(r['tgl_pulang']),
            doctor: text(r['kode_dpjp']),
            diagnoses: split(r['diagnosa']),
            procedures: split(r['procedure']),
            cbg: text(r['kode_inacbg']),
            careType: num(r['jenis_rawat']),
            billed: num(r['billed_cost']),
            verified: num(r['verified_cost']),
            paid: num(r['paid_amount']),
            signals: strings(r['signals']),
            components,
          },
        ];
      });
    });
  }

  /**
   * Claims related to the case's claims and not in it: the same card in an overlapping or
   * touching stay anywhere (same episode), the same card within the window (same card), a
   * readmission of the same card within the window after discharge, and near-identical
   * claims of other cards at the same facility within the window (same diagnoses, procedures
   * and CBG: a clone, or a flat-fee package).
   */
  relatedClaims(seps: readonly string[]): Promise<RelatedClaim[]> {
    if (seps.length === 0) return Promise.resolve([]);
    return this.#serial(async () => {
      const rows = await this.#rows(
        `WITH mine AS (SELECT * FROM claims WHERE nomor_sep IN (SELECT unnest($1::VARCHAR[]))),
        linked AS (
          SELECT m.nomor_sep AS of, o.*,
            CASE WHEN o.card_key = m.card_key AND o.tgl_masuk <= m.tgl_pulang AND o.tgl_pulang >= m.tgl_masuk THEN 'same_episode'
                 WHEN o.card_key = m.card_key AND o.tgl_masuk > m.tgl_pulang AND o.tgl_masuk <= m.tgl_pulang + $2::INTEGER AND o.jenis_rawat = 1 AND m.jenis_rawat = 1 THEN 'readmission'
                 WHEN o.card_key = m.card_key THEN 'same_card'
                 ELSE 'clone' END AS relation
          FROM mine m JOIN claims o ON o.nomor_sep <> m.nomor_sep AND o.nomor_sep NOT IN (SELECT nomor_sep FROM mine)
            AND abs(date_diff('day', o.tgl_masuk, m.tgl_masuk)) <= $2::INTEGER
            AND (o.card_key = m.card_key OR (o.facility_id = m.facility_id AND o.kode_inacbg = m.kode_inacbg AND o.diagnosa = m.diagnosa
              AND coalesce(o.procedure, '') = coalesce(m.procedure, '') AND o.card_key <> m.card_key)))
        SELECT * FROM linked QUALIFY row_number() OVER (PARTITION BY nomor_sep ORDER BY relation = 'clone', relation = 'same_card', of) = 1
        ORDER BY CASE relation WHEN 'same_episode' THEN 0 WHEN 'readmission' THEN 1 WHEN 'clone' THEN 2 ELSE 3 END, of, tgl_masuk, nomor_sep
        LIMIT $3::INTEGER`,
        [listValue([...seps]), RELATED_WINDOW_DAYS, RELATED_CLAIMS_SHOWN],
      );
      return rows.map((r) => ({
        relation: r['relation'] as Relation,
        of: String(r['of']),
        nomorSep: String(r['nomor_sep']),
        facilityId: String(r['facility_id']),
        admitted: text(r['tgl_masuk']),
        discharged: text(r['tgl_pulang']),
        cbg: text(r['kode_inacbg']),
        doctor: text(r['kode_dpjp']),
        paid: num(r['paid_amount']) ?? 0,
        signals: strings(r['signals']),
      }));
    });
  }

  /**
   * The provider, its doctors, the members it shares with other providers and those providers.
   * A link is suspicious when a member was at two providers on overlapping days, or when a
   * doctor billed at another provider the same day; a doctor or member whose claims drew
   * detector signals is marked.
   */
  providerNetwork(facilityId: string): Promise<ProviderNetwork> {
    return this.#serial(async () => {
      const L = NETWORK_LIMITS;
      const doctors = await this.#rows(
        `SELECT kode_dpjp AS doctor, count(*) AS claims, count(*) FILTER (WHERE len(signals) > 0) AS flagged
        FROM claims WHERE facility_id = $1 AND kode_dpjp IS NOT NULL GROUP BY ALL ORDER BY flagged DESC, claims DESC, doctor LIMIT $2::INTEGER`,
        [facilityId, L.doctors],
      );
      const doctorElsewhere = await this.#rows(
        `SELECT o.kode_dpjp AS doctor, o.facility_id AS other, count(*) AS claims,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claims s WHERE s.facility_id = $1 AND s.kode_dpjp = o.kode_dpjp AND s.tgl_masuk = o.tgl_masuk)) AS same_day
        FROM claims o WHERE o.facility_id <> $1 AND o.kode_dpjp IN (SELECT unnest($2::VARCHAR[])) GROUP BY ALL ORDER BY same_day DESC, claims DESC LIMIT $3::INTEGER`,
        [facilityId, listValue(doctors.map((d) => String(d['doctor']))), L.providers],
      );
      const members = await this.#rows(
        `WITH here AS (SELECT * FROM claims WHERE facility_id = $1 AND member_key IS NOT NULL),
          there AS (SELECT o.*, h.nomor_sep AS here_sep, h.kode_dpjp AS here_doctor, len(h.signals) > 0 OR len(o.signals) > 0 AS flagged,
            o.tgl_masuk <= h.tgl_pulang AND o.tgl_pulang >= h.tgl_masuk AS overlapping
            FROM here h JOIN claims o ON o.member_key = h.member_key AND o.facility_id <> $1)
        SELECT member_key, facility_id AS other, any_value(here_doctor) AS doctor, count(DISTINCT nomor_sep) AS claims,
          bool_or(flagged) AS flagged, bool_or(overlapping) AS overlapping
        FROM there GROUP BY ALL ORDER BY overlapping DESC, flagged DESC, claims DESC, member_key LIMIT $2::INTEGER`,
        [facilityId, L.members],
      );
      return buildNetwork(facilityId, doctors, doctorElsewhere, members, L.providers);
    });
  }

  /** A worklist Parquet export narrowed to these cases (the workbench's status and assignee filters live outside the published run). */
  keepCases(parquet: Buffer, caseIds: readonly string[]): Promise<Buffer> {
    return this.#serial(async () => {
      const dir = await mkdtemp(join(tmpdir(), 'telisik-export-'));
      try {
        const [input, output] = [join(dir, 'in.parquet'), join(dir, 'out.parquet')];
        await writeFile(input, parquet);
        await this.connection.run(
          `CREATE OR REPLACE TEMP TABLE kept AS SELECT * FROM read_parquet($1) WHERE case_id IN (SELECT unnest($2::VARCHAR[]))`,
          [input, listValue([...caseIds])],
        );
        await this.connection.run(`COPY kept TO ${literal(output)} (FORMAT parquet)`);
        return await readFile(output);
      } finally {
        await this.connection.run('DROP TABLE IF EXISTS kept');
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

function buildNetwork(facilityId: string, doctors: Row[], doctorElsewhere: Row[], members: Row[], maxProviders: number): ProviderNetwork {
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const node = (id: string, kind: NetworkNodeKind, label: string, suspicious = false): void => {
    const had = nodes.get(id);
    nodes.set(id, { id, kind, label, suspicious: suspicious || (had?.suspicious ?? false) });
  };
  const edge = (source: string, target: string, claims: number, why: string[]): void => {
    const key = `${source}|${target}`;
    const had = edges.get(key);
    const reasons = [...new Set([...(had?.why ?? []), ...why])];
    edges.set(key, { source, target, claims: (had?.claims ?? 0) + claims, suspicious: reasons.length > 0, why: reasons });
  };
  const providerId = `p:${facilityId}`;
  node(providerId, 'provider', facilityId);
  const otherProviders = new Set<string>();
  const other = (id: string): string | null => {
    if (!otherProviders.has(id) && otherProviders.size >= maxProviders) return null;
    otherProviders.add(id);
    node(`p:${id}`, 'other_provider', id);
    return `p:${id}`;
  };
  for (const d of doctors) {
    const id = `d:${String(d['doctor'])}`;
    // a doctor most of whose claims drew detector signals is marked; the link itself is ordinary employment
    node(id, 'doctor', String(d['doctor']), (num(d['flagged']) ?? 0) * 2 > (num(d['claims']) ?? 0));
    edge(providerId, id, num(d['claims']) ?? 0, []);
  }
  for (const d of doctorElsewhere) {
    const target = other(String(d['other']));
    if (!target) continue;
    const sameDay = (num(d['same_day']) ?? 0) > 0;
    edge(`d:${String(d['doctor'])}`, target, num(d['claims']) ?? 0, sameDay ? ['doctor_same_day_elsewhere'] : []);
  }
  for (const m of members) {
    const target = other(String(m['other']));
    if (!target) continue;
    const memberKey = String(m['member_key']);
    const id = `m:${memberKey}`;
    const overlapping = m['overlapping'] === true;
    node(id, 'member', memberKey.slice(0, 8), m['flagged'] === true);
    const doctor = m['doctor'] === null || m['doctor'] === undefined ? null : `d:${String(m['doctor'])}`;
    edge(doctor && nodes.has(doctor) ? doctor : providerId, id, 1, []);
    // the same member in overlapping stays at two providers is the link an auditor follows
    edge(id, target, num(m['claims']) ?? 0, overlapping ? ['overlapping_stays'] : []);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
