// Small pieces several pages show: status and evidence chips, fraud type and province names.
import { FRAUD_TYPES, ICD10, ICD9CM, PROVINCES } from '../../../data-samples/reference/index.js';
import type { CaseStatus } from '../../store/records.js';
import { html, type Html } from '../html.js';
import type { PageContext } from './layout.js';

const TYPE_NAMES = new Map(FRAUD_TYPES.map((t) => [t.code as string, t]));
const PROVINCE_NAMES = new Map(PROVINCES.map((p) => [p.code, p.name]));

export function fraudTypeName(ctx: PageContext, code: string): string {
  const t = TYPE_NAMES.get(code);
  return t ? (ctx.lang === 'id' ? t.nameId : t.nameEn) : code;
}

export const provinceName = (code: string): string => PROVINCE_NAMES.get(code) ?? code;

export function statusChip(ctx: PageContext, status: CaseStatus): Html {
  return html`<span class="chip chip-${status}">${ctx.w(status)}</span>`;
}

export function evidenceChip(ctx: PageContext, strength: 'certain' | 'suspicious' | 'model' | null | undefined): Html {
  const s = strength ?? 'model';
  return html`<span class="chip ev-${s}">${ctx.w(s)}</span>`;
}

/** A table that may be wider than a phone: it scrolls inside a focusable, labelled region. */
export function scrollTable(label: string, table: Html): Html {
  return html`<div class="scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
}

export const FRAUD_TYPE_CODES: readonly string[] = FRAUD_TYPES.map((t) => t.code);
export const PROVINCE_LIST = PROVINCES;

const ICD10_NAMES = new Map(ICD10.map((c) => [c.code, c.descriptionEn]));
const ICD9_NAMES = new Map(ICD9CM.map((c) => [c.code, c.descriptionEn]));

/** A code with its name from the reference lists (ICD-10 for diagnoses, ICD-9-CM for procedures). */
export function coded(code: string, kind: 'diagnosis' | 'procedure'): Html {
  const name = (kind === 'diagnosis' ? ICD10_NAMES : ICD9_NAMES).get(code);
  return name ? html`<span class="code">${code}</span> ${name}` : html`<span class="code">${code}</span>`;
}
