// Parts of the case page: reasons, evidence per claim, related claims, the model's
// contributions as a chart against its baseline, and the provider network's data.
import type { ClaimEvidenceRow, ProviderNetwork, RelatedClaim } from '../../../models/fraud/case-view.js';
import type { DetectorReason, ModelReason } from '../../../models/fraud/service.js';
import { day, percent, rupiah } from '../format.js';
import { html, jsonScript, type Html } from '../html.js';
import type { Word } from '../i18n.js';
import { coded, evidenceChip, fraudTypeName, scrollTable } from './common.js';
import type { PageContext } from './layout.js';

/** A claim number linking to its evidence on this page when shown there. */
const sepLink = (sep: string, shown: ReadonlySet<string>): Html =>
  shown.has(sep) ? html`<a href="#sep-${sep}">${sep}</a>` : html`<span>${sep}</span>`;

export function reasonsSection(ctx: PageContext, reasons: readonly DetectorReason[], shown: ReadonlySet<string>): Html {
  const { w } = ctx;
  if (reasons.length === 0) return '' as unknown as Html;
  return html`<section aria-labelledby="h-reasons"><h2 id="h-reasons">${w('reasons')}</h2><ol class="reasons">
  ${reasons.map(
    (r) => html`<li>
    <p>${evidenceChip(ctx, r.strength ?? 'suspicious')} <strong>${fraudTypeName(ctx, r.fraudType)}</strong> · <span class="code">${r.signal}</span>
      ${r.precision === null || r.precision === undefined ? '' : html` · ${w('signalPrecision')} ${percent(r.precision)}`} · ${rupiah(r.amountAtRisk)}</p>
    <p>${ctx.lang === 'id' ? r.id : r.en}</p>
    <p class="claims">${w('reasonClaims')}: ${(r.claims ?? []).map((s, i) => html`${i > 0 ? ', ' : ''}${sepLink(s, shown)}`)}</p>
  </li>`,
  )}
  </ol></section>`;
}

function componentsTable(ctx: PageContext, e: ClaimEvidenceRow): Html {
  const { w } = ctx;
  if (e.components.length === 0) return html``;
  return scrollTable(
    `${w('tariffComponents')} ${e.nomorSep}`,
    html`<table class="components"><caption>${w('tariffComponents')}</caption>
    <thead><tr><th scope="col">${w('component')}</th><th scope="col" class="num">${w('claimValue')}</th><th scope="col" class="num">${w('peerMedian')}</th><th scope="col" class="num">${w('ratio')}</th></tr></thead>
    <tbody>${e.components.map((c) => {
      const ratio = c.peerMedian && c.peerMedian > 0 ? c.amount / c.peerMedian : null;
      return html`<tr${ratio !== null && (ratio >= 2 || ratio <= 0.25) ? html` class="outlier"` : ''}><td>${c.component.replaceAll('_', ' ')}</td><td class="num">${rupiah(c.amount)}</td>
        <td class="num">${rupiah(c.peerMedian)}</td><td class="num">${ratio === null ? '–' : `${ratio.toFixed(1).replace('.', ctx.lang === 'id' ? ',' : '.')}×`}</td></tr>`;
    })}</tbody></table>`,
  );
}

export function evidenceSection(ctx: PageContext, rows: readonly ClaimEvidenceRow[], total: number): Html {
  const { w } = ctx;
  const field = (label: Word, value: Html | string | null): Html => html`<div><dt>${w(label)}</dt><dd>${value ?? '–'}</dd></div>`;
  return html`<section aria-labelledby="h-evidence"><h2 id="h-evidence">${w('evidenceTables')}</h2>
  ${total > rows.length ? html`<p class="muted">${rows.length} ${w('of')} ${total} ${w('shown')}</p>` : ''}
  ${rows.map(
    (e) => html`<article class="claim" id="sep-${e.nomorSep}" aria-labelledby="h-sep-${e.nomorSep}">
    <h3 id="h-sep-${e.nomorSep}">SEP ${e.nomorSep}</h3>
    <dl class="fields">
      ${field('memberKey', html`<span class="code">${e.memberKey ?? '–'}</span>`)}
      ${field('admitted', day(e.admitted, ctx.lang))}
      ${field('discharged', day(e.discharged, ctx.lang))}
      ${field('facility', `${e.facilityId}${e.hospitalClass ? ` (${e.facilityType ?? ''} ${e.hospitalClass})` : ''}`)}
      ${field('doctor', e.doctor)}
      ${field('cbg', e.cbg ? html`<span class="code">${e.cbg}</span> · ${w('severity')} ${e.cbg.split('-').at(-1)}` : null)}
      ${field('diagnoses', html`${e.diagnoses.map((d, i) => html`${i > 0 ? html`<br>` : ''}${coded(d, 'diagnosis')}`)}`)}
      ${field('procedures', e.procedures.length ? html`${e.procedures.map((p, i) => html`${i > 0 ? html`<br>` : ''}${coded(p, 'procedure')}`)}` : null)}
      ${field('billed', rupiah(e.billed))}
      ${field('verified', rupiah(e.verified))}
      ${field('paid', rupiah(e.paid))}
    </dl>
    ${componentsTable(ctx, e)}
  </article>`,
  )}
  </section>`;
}

const RELATION_WORD: Readonly<Record<RelatedClaim['relation'], Word>> = {
  same_episode: 'sameEpisode',
  same_card: 'sameCard',
  clone: 'clone',
  readmission: 'readmission',
};

export function relatedSection(
  ctx: PageContext,
  related: readonly RelatedClaim[],
  linked: readonly string[],
  shown: ReadonlySet<string>,
): Html {
  const { w } = ctx;
  const body =
    related.length === 0 && linked.length === 0
      ? html`<p class="muted">${w('noRelated')}</p>`
      : scrollTable(
          w('relatedClaims'),
          html`<table>
    <caption>${w('relatedClaims')}</caption>
    <thead><tr><th scope="col">${w('relation')}</th><th scope="col">${w('caseSep')}</th><th scope="col">SEP</th><th scope="col">${w('facility')}</th><th scope="col">${w('admitted')}</th>
      <th scope="col">${w('discharged')}</th><th scope="col">${w('cbg')}</th><th scope="col">${w('doctor')}</th><th scope="col" class="num">${w('paid')}</th></tr></thead>
    <tbody>${related.map(
      (
        r,
      ) => html`<tr${r.signals.length > 0 ? html` class="flagged"` : ''}><td>${w(RELATION_WORD[r.relation])}</td><td>${sepLink(r.of, shown)}</td><td>${r.nomorSep}</td><td>${r.facilityId}</td>
      <td>${day(r.admitted, ctx.lang)}</td><td>${day(r.discharged, ctx.lang)}</td><td class="code">${r.cbg ?? '–'}</td><td>${r.doctor ?? '–'}</td><td class="num">${rupiah(r.paid)}</td></tr>`,
    )}
      ${linked.map((sep) => html`<tr><td>${w('linkedByDetector')}</td><td>–</td><td>${sep}</td><td colspan="6"></td></tr>`)}</tbody></table>`,
        );
  return html`<section aria-labelledby="h-related"><h2 id="h-related">${w('relatedClaims')}</h2>${body}</section>`;
}

const fmtValue = (v: unknown): string =>
  typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : v === null || v === undefined ? '–' : String(v);

/** Model contributions as a diverging bar chart around the baseline (SVG, no script), with the same numbers as a table. */
export function contributionsSection(ctx: PageContext, reasons: readonly ModelReason[]): Html {
  const { w } = ctx;
  const head = html`<h2 id="h-model">${w('contributions')}</h2>`;
  if (reasons.length === 0 || reasons.every((r) => r.contribution === 0))
    return html`<section aria-labelledby="h-model">${head}<p class="muted">${w('noContributions')}</p></section>`;
  const max = Math.max(...reasons.map((r) => Math.abs(r.contribution)), 1e-9);
  const rowH = 44;
  const mid = 180;
  const half = 130;
  const height = reasons.length * rowH + 8;
  const bars = reasons.map((r, i) => {
    const y = i * rowH;
    const len = (Math.abs(r.contribution) / max) * half;
    const x = r.contribution >= 0 ? mid : mid - len;
    return html`<g><text x="4" y="${y + 14}" class="label">${r.feature}: ${fmtValue(r.value)} (${w('baseline').toLowerCase()} ${fmtValue(r.baselineValue ?? r.peerValue)})</text>
      <rect x="${x.toFixed(1)}" y="${y + 20}" width="${Math.max(1, len).toFixed(1)}" height="14" class="${r.contribution >= 0 ? 'raise' : 'lower'}"></rect>
      <text x="${r.contribution >= 0 ? (x + len + 4).toFixed(1) : (x - 4).toFixed(1)}" y="${y + 32}" class="val" text-anchor="${r.contribution >= 0 ? 'start' : 'end'}">${r.contribution >= 0 ? '+' : ''}${r.contribution.toFixed(2)}</text></g>`;
  });
  return html`<section aria-labelledby="h-model">${head}<p class="muted">${w('contributionsHelp')}</p>
  <svg class="chart" viewBox="0 0 360 ${height}" role="img" aria-labelledby="h-model"><line x1="${mid}" x2="${mid}" y1="0" y2="${height}" class="axis"></line>${bars}</svg>
  ${scrollTable(
    w('contributions'),
    html`<table class="compact"><caption>${w('contributions')}</caption><thead><tr><th scope="col">${w('feature')}</th><th scope="col">${w('value')}</th><th scope="col">${w('baseline')}</th><th scope="col" class="num">${w('contribution')}</th></tr></thead>
  <tbody>${reasons.map((r) => html`<tr><td>${ctx.lang === 'id' ? r.id : r.en}</td><td>${fmtValue(r.value)}</td><td>${fmtValue(r.baselineValue ?? r.peerValue)}</td><td class="num">${r.contribution >= 0 ? '+' : ''}${r.contribution.toFixed(3)}</td></tr>`)}</tbody></table>`,
  )}
  </section>`;
}

const WHY_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  overlapping_stays: ['rawat bersamaan di dua fasilitas', 'overlapping stays at two providers'],
  doctor_same_day_elsewhere: ['dokter menagih di RS lain pada hari yang sama', 'doctor billing at another hospital the same day'],
};

/** Suspicious links listed under the picture, most claims first. */
const SUSPICIOUS_LINKS_SHOWN = 25;

export function networkSection(ctx: PageContext, net: ProviderNetwork): Html {
  const { w } = ctx;
  const label = new Map(net.nodes.map((n) => [n.id, n.label]));
  const suspicious = net.edges.filter((e) => e.suspicious).sort((a, b) => b.claims - a.claims);
  const why = (codes: readonly string[]): string => codes.map((c) => WHY_WORDS[c]?.[ctx.lang === 'id' ? 0 : 1] ?? c).join('; ');
  const listed = suspicious.slice(0, SUSPICIOUS_LINKS_SHOWN);
  return html`<section aria-labelledby="h-network" class="network-section"><div class="network-figure"><h2 id="h-network">${w('network')}</h2>
  <p class="muted">${w('networkHelp')}</p>
  <template id="__________cytoscape_stylesheet"></template>
  <div id="network" class="network" role="img" aria-label="${w('network')}: ${net.nodes.length} / ${suspicious.length}"></div>
  <ul class="legend"><li><span class="dot provider"></span>${w('caseProvider')}</li><li><span class="dot doctor"></span>${w('doctor')}</li><li><span class="dot member"></span>${w('sharedMember')}</li><li><span class="dot other"></span>${w('otherProvider')}</li><li><span class="line bad"></span>${w('networkTable')}</li></ul></div>
  ${jsonScript('network-data', net)}
  ${
    suspicious.length === 0
      ? ''
      : scrollTable(
          w('networkTable'),
          html`<table class="compact"><caption>${w('networkTable')}${suspicious.length > listed.length ? html` (${listed.length} ${w('of')} ${suspicious.length} ${w('shown')})` : ''}</caption><thead><tr><th scope="col">${w('from')}</th><th scope="col">${w('to')}</th><th scope="col" class="num">${w('claims')}</th><th scope="col">${w('why')}</th></tr></thead>
    <tbody>${listed.map((e) => html`<tr><td class="code">${label.get(e.source) ?? e.source}</td><td class="code">${label.get(e.target) ?? e.target}</td><td class="num">${e.claims}</td><td>${why(e.why)}</td></tr>`)}</tbody></table>`,
        )
  }
  </section>`;
}
