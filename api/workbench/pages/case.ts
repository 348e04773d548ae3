// The case page: what the case is (type, evidence strength, rank, amounts), its workflow
// (assign, release or reopen, record the outcome: forms with the CSRF token), each reason once
// with its claims, the claims and their evidence, related claims, the model's contributions
// against its baseline, the provider network and history, the action history and access log,
// exports and a print stylesheet for the case sheet.
import type { ClaimEvidenceRow, ProviderNetwork, RelatedClaim } from '../../../models/fraud/case-view.js';
import type { CaseDetail, DetectorReason, ModelReason, WorklistCase } from '../../../models/fraud/service.js';
import type { ApiClient, CaseAction, CaseState, CaseViewRecord, InvestigatorOutcome } from '../../store/records.js';
import { count, day, moment, month, percent, rupiah } from '../format.js';
import { html, type Html } from '../html.js';
import type { Word } from '../i18n.js';
import { contributionsSection, evidenceSection, networkSection, reasonsSection, relatedSection } from './case-parts.js';
import { evidenceChip, fraudTypeName, provinceName, scrollTable, statusChip } from './common.js';
import { csrfField, page, type PageContext } from './layout.js';

export interface CaseView {
  readonly detail: CaseDetail;
  readonly state: CaseState;
  readonly history: readonly CaseAction[];
  readonly views: readonly CaseViewRecord[];
  readonly names: ReadonlyMap<string, string>;
  readonly auditors: readonly ApiClient[];
  readonly evidence: readonly ClaimEvidenceRow[];
  readonly related: readonly RelatedClaim[];
  readonly network: ProviderNetwork | null;
  readonly providerCases: readonly WorklistCase[];
  readonly providerOutcomes: readonly InvestigatorOutcome[];
  readonly flash: string | null;
}

const ACTION_WORD: Readonly<Record<CaseAction['kind'], Word>> = {
  assign: 'act_assign',
  unassign: 'act_unassign',
  reopen: 'act_reopen',
  close: 'act_close',
};

function summary(ctx: PageContext, v: CaseView): Html {
  const { w } = ctx;
  const d = v.detail;
  const assignee = v.state.assignee ? (v.names.get(v.state.assignee) ?? v.state.assignee) : w('nobody');
  const others = (d.fraudTypes ?? []).filter((t) => t !== d.fraudType);
  return html`<dl class="summary">
  <div><dt>${w('caseType')}</dt><dd><strong>${fraudTypeName(ctx, d.fraudType)}</strong> <span class="code">${d.fraudType}</span></dd></div>
  <div><dt>${w('evidenceStrength')}</dt><dd>${evidenceChip(ctx, d.evidenceStrength)}</dd></div>
  <div><dt>${w('rank')}</dt><dd>${d.rank} · ${d.inWorklist === false ? w('outsideCapacity') : w('inWorklist')}</dd></div>
  <div><dt>${w('provider')}</dt><dd>${d.facilityId} · ${provinceName(d.province)}</dd></div>
  <div><dt>${w('claims')}</dt><dd>${count(d.claims)}</dd></div>
  <div><dt>${w('amountAtRisk')}</dt><dd>${rupiah(d.amountAtRisk)}</dd></div>
  <div><dt>${w('expectedRecovery')}</dt><dd>${rupiah(d.expectedRecovery)}</dd></div>
  ${d.netValue === undefined ? '' : html`<div><dt>${w('netValue')}</dt><dd>${rupiah(d.netValue)}</dd></div>`}
  <div><dt>${w('status')}</dt><dd>${statusChip(ctx, v.state.status)}${v.state.verdict ? html` · ${w(v.state.verdict)}` : ''}</dd></div>
  <div><dt>${w('assignee')}</dt><dd>${assignee}</dd></div>
  ${others.length ? html`<div class="wide"><dt>${w('otherTypes')}</dt><dd>${others.map((t) => fraudTypeName(ctx, t)).join(', ')}</dd></div>` : ''}
</dl>`;
}

function workflow(ctx: PageContext, v: CaseView): Html {
  const { w } = ctx;
  const base = `/workbench/cases/${encodeURIComponent(v.detail.caseId)}`;
  const s = v.state.status;
  const assign =
    s === 'closed'
      ? ''
      : html`<form method="post" action="${base}/assign" class="stack" aria-label="${w('assign')}">${csrfField(ctx)}
    <label for="assignee">${w('assignee')}</label><select id="assignee" name="assignee" required>
      ${v.auditors.map((a) => html`<option value="${a.id}"${a.id === (v.state.assignee ?? ctx.user?.id) ? html` selected` : ''}>${a.name}</option>`)}</select>
    <label for="assign-note">${w('note')}</label><input id="assign-note" name="note" maxlength="2000">
    <button type="submit">${w('assign')}</button></form>`;
  const move =
    s === 'open'
      ? ''
      : html`<form method="post" action="${base}/status" class="stack" aria-label="${w('changeStatus')}">${csrfField(ctx)}
    <input type="hidden" name="action" value="${s === 'closed' ? 'reopen' : 'release'}">
    <label for="status-note">${w('note')}</label><input id="status-note" name="note" maxlength="2000">
    <button type="submit">${s === 'closed' ? w('reopen') : w('release')}</button></form>`;
  const outcome = html`<form method="post" action="${base}/outcome" class="stack" aria-label="${w('recordOutcome')}">${csrfField(ctx)}
    <fieldset><legend>${w('verdict')}</legend>
      ${(['confirmed', 'not_fraud', 'inconclusive'] as const).map((o) => html`<label class="choice"><input type="radio" name="verdict" value="${o}" required> ${w(o)}</label>`)}
    </fieldset>
    <label for="amount">${w('amountRecovered')}</label><input id="amount" name="amountRecovered" type="number" min="0" step="1" value="0" inputmode="numeric">
    <label for="outcome-note">${w('note')}</label><textarea id="outcome-note" name="note" rows="2" maxlength="2000"></textarea>
    <button type="submit">${w('recordOutcome')}</button></form>`;
  return html`<section aria-labelledby="h-workflow" class="workflow no-print"><h2 id="h-workflow">${w('workflow')}</h2>
  ${v.flash ? html`<p class="notice ok" role="status">${v.flash}</p>` : ''}
  <div class="forms">${assign}${move}${outcome}</div></section>`;
}

function claimsTable(ctx: PageContext, d: CaseDetail, shown: ReadonlySet<string>): Html {
  const { w } = ctx;
  const rows = d.claimList.slice(0, 100);
  return html`<section aria-labelledby="h-claims"><h2 id="h-claims">${w('claimList')}</h2>
  ${d.claimList.length > rows.length ? html`<p class="muted">${rows.length} ${w('of')} ${d.claimList.length} ${w('shown')}</p>` : ''}
  ${scrollTable(
    w('claimList'),
    html`<table class="compact"><caption>${w('claimList')}</caption><thead><tr><th scope="col">#</th><th scope="col">SEP</th><th scope="col">${w('submitMonth')}</th><th scope="col">${w('evidence')}</th>
    <th scope="col">${w('fraudType')}</th><th scope="col" class="num">${w('probability')}</th><th scope="col" class="num">${w('amountAtRisk')}</th><th scope="col" class="num">${w('expectedRecovery')}</th></tr></thead>
  <tbody>${rows.map(
    (
      c,
      i,
    ) => html`<tr><td class="num">${c.rankInCase ?? i + 1}</td><td>${shown.has(c.nomorSep) ? html`<a href="#sep-${c.nomorSep}">${c.nomorSep}</a>` : c.nomorSep}</td>
    <td>${month(c.submitMonth, ctx.lang)}</td><td>${c.evidenceStrength ? evidenceChip(ctx, c.evidenceStrength) : '–'}</td><td>${c.fraudTypes.join(', ')}</td>
    <td class="num">${percent(c.probability)}</td><td class="num">${rupiah(c.amountAtRisk)}</td><td class="num">${rupiah(c.expectedRecovery)}</td></tr>`,
  )}</tbody></table>`,
  )}</section>`;
}

function providerHistory(ctx: PageContext, v: CaseView): Html {
  const { w } = ctx;
  const others = v.providerCases.filter((c) => c.caseId !== v.detail.caseId);
  return html`<section aria-labelledby="h-provider"><h2 id="h-provider">${w('providerHistory')}</h2>
  <h3>${w('otherCases')}</h3>
  ${others.length === 0 ? html`<p class="muted">–</p>` : html`<ul>${others.map((c) => html`<li><a href="/workbench/cases/${encodeURIComponent(c.caseId)}">${fraudTypeName(ctx, c.fraudType)}</a> · ${evidenceChip(ctx, c.evidenceStrength)} · ${count(c.claims)} ${w('claims').toLowerCase()} · ${rupiah(c.expectedRecovery)}</li>`)}</ul>`}
  <h3>${w('pastOutcomes')}</h3>
  ${
    v.providerOutcomes.length === 0
      ? html`<p class="muted">${w('noHistory')}</p>`
      : scrollTable(
          w('pastOutcomes'),
          html`<table class="compact"><caption>${w('pastOutcomes')}</caption>
    <thead><tr><th scope="col">${w('when')}</th><th scope="col">${w('case')}</th><th scope="col">${w('verdict')}</th><th scope="col" class="num">${w('recovered')}</th><th scope="col">${w('note')}</th></tr></thead>
    <tbody>${v.providerOutcomes.map((o) => html`<tr><td>${moment(o.recordedAt, ctx.lang)}</td><td>${o.caseId}</td><td>${w(o.verdict)}</td><td class="num">${rupiah(o.amountRecovered)}</td><td>${o.note ?? ''}</td></tr>`)}</tbody></table>`,
        )
  }
  </section>`;
}

function logs(ctx: PageContext, v: CaseView): Html {
  const { w } = ctx;
  const name = (id: string): string => v.names.get(id) ?? id;
  return html`<section aria-labelledby="h-history"><h2 id="h-history">${w('history')}</h2>
  ${
    v.history.length === 0
      ? html`<p class="muted">${w('noActions')}</p>`
      : html`<ol class="history">${v.history.map(
          (
            a,
          ) => html`<li><time datetime="${a.at.toISOString()}">${moment(a.at, ctx.lang)}</time> · <strong>${name(a.actor)}</strong> ${w(ACTION_WORD[a.kind])}
    ${a.kind === 'assign' && a.assignee ? html` → ${name(a.assignee)}` : ''}${a.verdict ? html` (${w(a.verdict)})` : ''}${a.note ? html`: <q>${a.note}</q>` : ''}</li>`,
        )}</ol>`
  }
  </section>
  <section aria-labelledby="h-access"><h2 id="h-access">${w('accessLog')}</h2>
  ${scrollTable(
    w('accessLog'),
    html`<table class="compact"><caption>${w('accessLog')}</caption><thead><tr><th scope="col">${w('when')}</th><th scope="col">${w('who')}</th><th scope="col">${w('channel')}</th></tr></thead>
  <tbody>${v.views.map((x) => html`<tr><td>${moment(x.viewedAt, ctx.lang)}</td><td>${name(x.viewer)}</td><td>${x.channel}</td></tr>`)}</tbody></table>`,
  )}
  </section>`;
}

export function casePage(ctx: PageContext, v: CaseView): Html {
  const { w } = ctx;
  const d = v.detail;
  const detectorReasons = d.reasons.filter((r): r is DetectorReason => r.kind === 'detector');
  const modelReasons = d.reasons.filter((r): r is ModelReason => r.kind === 'model');
  const shown = new Set(v.evidence.map((e) => e.nomorSep));
  const inCase = new Set(d.claimList.map((c) => c.nomorSep));
  const relatedSeps = new Set(v.related.map((r) => r.nomorSep));
  const linked = [...new Set(detectorReasons.flatMap((r) => r.relatedSep))]
    .filter((s) => !inCase.has(s) && !relatedSeps.has(s))
    .slice(0, 30);
  const base = `/workbench/cases/${encodeURIComponent(d.caseId)}`;
  return page(ctx, {
    title: `${w('case')} ${d.caseId}`,
    scripts: v.network ? ['cytoscape.js', 'network.js'] : [],
    main: html`<p class="crumbs no-print"><a href="/workbench/cases">${w('worklist')}</a> › ${d.caseId}</p>
<h1>${w('case')} <span class="code">${d.caseId}</span> <span class="print-only">· ${w('caseSheet')} ${day(new Date(), ctx.lang)}</span></h1>
<p class="exports no-print">${w('export')}: <a href="${base}/export?format=csv" download>CSV</a> · <a href="${base}/export?format=parquet" download>Parquet</a> · <button type="button" class="link" data-print>${w('print')}</button></p>
${summary(ctx, v)}
${workflow(ctx, v)}
${reasonsSection(ctx, detectorReasons, shown)}
${claimsTable(ctx, d, shown)}
${evidenceSection(ctx, v.evidence, d.claimList.length)}
${relatedSection(ctx, v.related, linked, shown)}
${contributionsSection(ctx, modelReasons)}
${v.network ? networkSection(ctx, v.network) : ''}
${providerHistory(ctx, v)}
${logs(ctx, v)}`,
  });
}
