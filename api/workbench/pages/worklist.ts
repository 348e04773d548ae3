// The worklist page: cases ranked as the published run ranks them (certain evidence first,
// then net expected recovery), the capacity, filters (province, provider, fraud type, period,
// status, assignee), a status chip per case, paging, and exports of the filtered list.
import type { ApiClient, CaseState, CaseStatus } from '../../store/records.js';
import { count, rupiah } from '../format.js';
import { html, type Html } from '../html.js';
import { evidenceChip, FRAUD_TYPE_CODES, fraudTypeName, PROVINCE_LIST, provinceName, scrollTable, statusChip } from './common.js';
import { page, type PageContext } from './layout.js';
import type { WorklistRow } from '../worklist-rows.js';

export interface WorklistFilters {
  readonly province?: string;
  readonly provider?: string;
  readonly fraudType?: string;
  readonly periodFrom?: string;
  readonly periodTo?: string;
  readonly status?: CaseStatus;
  readonly assignee?: string;
  readonly capacity?: number;
}

export interface WorklistView {
  readonly cases: readonly WorklistRow[];
  /** Cases matching the filters (all pages). */
  readonly total: number;
  readonly page: number;
  readonly pages: number;
  readonly capacity: number;
  readonly perProvider: number | null;
  readonly filters: WorklistFilters;
  readonly states: ReadonlyMap<string, CaseState>;
  readonly names: ReadonlyMap<string, string>;
  readonly auditors: readonly ApiClient[];
}

/** The filters as a query string (paging and export links keep them). */
export function filterQuery(f: WorklistFilters, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const selected = (a: unknown, b: unknown): Html | '' => (a === b ? html` selected` : '');

function filterForm(ctx: PageContext, v: WorklistView): Html {
  const { w } = ctx;
  const f = v.filters;
  return html`<form method="get" action="/workbench/cases" class="filters" aria-label="${w('filters')}">
  <div><label for="f-province">${w('province')}</label><select id="f-province" name="province"><option value="">${w('all')}</option>
    ${PROVINCE_LIST.map((p) => html`<option value="${p.code}"${selected(f.province, p.code)}>${p.name}</option>`)}</select></div>
  <div><label for="f-provider">${w('provider')}</label><input id="f-provider" name="provider" value="${f.provider ?? ''}" placeholder="${w('providerHint')}" pattern="[0-9]{4}R[0-9]{3}" size="9"></div>
  <div><label for="f-type">${w('fraudType')}</label><select id="f-type" name="fraudType"><option value="">${w('all')}</option>
    ${FRAUD_TYPE_CODES.map((c) => html`<option value="${c}"${selected(f.fraudType, c)}>${fraudTypeName(ctx, c)}</option>`)}</select></div>
  <div><label for="f-from">${w('periodFrom')}</label><input id="f-from" name="periodFrom" type="month" value="${f.periodFrom ?? ''}"></div>
  <div><label for="f-to">${w('periodTo')}</label><input id="f-to" name="periodTo" type="month" value="${f.periodTo ?? ''}"></div>
  <div><label for="f-status">${w('status')}</label><select id="f-status" name="status"><option value="">${w('all')}</option>
    ${(['open', 'assigned', 'closed'] as const).map((s) => html`<option value="${s}"${selected(f.status, s)}>${w(s)}</option>`)}</select></div>
  <div><label for="f-assignee">${w('assignee')}</label><select id="f-assignee" name="assignee"><option value="">${w('all')}</option>
    ${v.auditors.map((a) => html`<option value="${a.id}"${selected(f.assignee, a.id)}>${a.name}</option>`)}</select></div>
  <div><label for="f-capacity">${w('capacity')}</label><input id="f-capacity" name="capacity" type="number" min="1" max="100000" value="${f.capacity ?? v.capacity}"></div>
  <div class="actions"><button type="submit">${w('apply')}</button> <a href="/workbench/cases">${w('reset')}</a></div>
</form>`;
}

function caseRow(ctx: PageContext, c: WorklistRow, v: WorklistView): Html {
  const state = v.states.get(c.caseId);
  const status = state?.status ?? 'open';
  const assignee = state?.assignee ? (v.names.get(state.assignee) ?? state.assignee) : '';
  return html`<tr>
  <td class="num">${c.rank}</td>
  <td><a href="/workbench/cases/${encodeURIComponent(c.caseId)}">${c.caseId}</a></td>
  <td>${c.facilityId}<br><span class="muted">${provinceName(c.province)}</span></td>
  <td>${fraudTypeName(ctx, c.fraudType)}</td>
  <td>${evidenceChip(ctx, c.evidenceStrength)}</td>
  <td class="num">${count(c.claims)}</td>
  <td class="num">${rupiah(c.amountAtRisk)}</td>
  <td class="num">${rupiah(c.expectedRecovery)}</td>
  <td>${statusChip(ctx, status)}</td>
  <td>${assignee}</td>
</tr>`;
}

export function worklistPage(ctx: PageContext, v: WorklistView): Html {
  const { w } = ctx;
  const table = html`<table class="cases">
  <caption>${w('worklist')}: ${count(v.total)} ${w('case').toLowerCase()} · ${w('page')} ${v.page} ${w('of')} ${Math.max(1, v.pages)}</caption>
  <thead><tr><th scope="col">${w('rank')}</th><th scope="col">${w('case')}</th><th scope="col">${w('provider')}</th><th scope="col">${w('fraudType')}</th>
    <th scope="col">${w('evidence')}</th><th scope="col" class="num">${w('claims')}</th><th scope="col" class="num">${w('amountAtRisk')}</th>
    <th scope="col" class="num">${w('expectedRecovery')}</th><th scope="col">${w('status')}</th><th scope="col">${w('assignee')}</th></tr></thead>
  <tbody>${v.cases.map((c) => caseRow(ctx, c, v))}</tbody>
</table>`;
  const pager =
    v.pages > 1
      ? html`<nav class="pager" aria-label="${w('page')}">
    ${v.page > 1 ? html`<a href="/workbench/cases${filterQuery(v.filters, { page: v.page - 1 })}" rel="prev">${w('previous')}</a>` : ''}
    <span>${w('page')} ${v.page} ${w('of')} ${v.pages}</span>
    ${v.page < v.pages ? html`<a href="/workbench/cases${filterQuery(v.filters, { page: v.page + 1 })}" rel="next">${w('next')}</a>` : ''}
  </nav>`
      : '';
  return page(ctx, {
    title: w('worklist'),
    main: html`<h1>${w('worklist')}</h1>
<p class="capacity">${w('capacity')}: <strong>${count(v.capacity)}</strong> ${w('capacityNote')} ${v.perProvider ?? '–'} ${w('perProvider')}</p>
<details class="filter-box" open><summary>${w('filters')}</summary>${filterForm(ctx, v)}</details>
<p class="exports">${w('export')}: <a href="/workbench/cases/export${filterQuery(v.filters, { format: 'csv' })}" download>CSV</a> · <a href="/workbench/cases/export${filterQuery(v.filters, { format: 'parquet' })}" download>Parquet</a></p>
${v.cases.length === 0 ? html`<p class="notice">${w('noCases')}</p>` : scrollTable(w('worklist'), table)}
${pager}`,
  });
}
