// Precision of the worklist from recorded outcomes, by month and fraud type, and each
// detector signal's learned precision: what an auditor's findings have taught the product.
import type { SignalPrecisionRow } from '../../../models/fraud/service.js';
import { count, month, percent, rupiah } from '../format.js';
import { html, type Html } from '../html.js';
import { evidenceChip, fraudTypeName, scrollTable } from './common.js';
import { page, type PageContext } from './layout.js';

export interface PrecisionRow {
  readonly period: string;
  readonly fraudType: string;
  readonly confirmed: number;
  readonly notFraud: number;
  readonly inconclusive: number;
  readonly precision: number | null;
  readonly amountRecovered: number;
}

export function precisionPage(ctx: PageContext, rows: readonly PrecisionRow[], signals: readonly SignalPrecisionRow[]): Html {
  const { w } = ctx;
  const outcomes =
    rows.length === 0
      ? html`<p class="notice">${w('noOutcomes')}</p>`
      : scrollTable(
          w('precisionTitle'),
          html`<table id="precision-table"><caption>${w('precisionTitle')}</caption>
    <thead><tr><th scope="col">${w('period')}</th><th scope="col">${w('fraudType')}</th><th scope="col" class="num">${w('confirmed')}</th><th scope="col" class="num">${w('not_fraud')}</th>
      <th scope="col" class="num">${w('inconclusive')}</th><th scope="col" class="num">${w('precisionCol')}</th><th scope="col" class="num">${w('recovered')}</th></tr></thead>
    <tbody>${rows.map(
      (
        r,
      ) => html`<tr><td>${month(r.period, ctx.lang)}</td><td>${fraudTypeName(ctx, r.fraudType)}</td><td class="num">${count(r.confirmed)}</td><td class="num">${count(r.notFraud)}</td>
      <td class="num">${count(r.inconclusive)}</td><td class="num">${percent(r.precision)}</td><td class="num">${rupiah(r.amountRecovered)}</td></tr>`,
    )}</tbody></table>`,
        );
  const sig =
    signals.length === 0
      ? ''
      : scrollTable(
          w('signals'),
          html`<table class="compact"><caption>${w('signals')}</caption>
    <thead><tr><th scope="col">${w('fraudType')}</th><th scope="col">${w('signal')}</th><th scope="col">${w('evidence')}</th><th scope="col" class="num">${w('audited')}</th>
      <th scope="col" class="num">${w('confirmed')}</th><th scope="col" class="num">${w('precisionCol')}</th></tr></thead>
    <tbody>${signals.map(
      (s) => html`<tr><td>${fraudTypeName(ctx, s.fraudType)}</td><td class="code">${s.signal}</td><td>${evidenceChip(ctx, s.strength)}</td>
      <td class="num">${count(s.audited)}</td><td class="num">${count(s.confirmed)}</td><td class="num">${percent(s.precision)}</td></tr>`,
    )}</tbody></table>`,
        );
  return page(ctx, { title: w('precision'), main: html`<h1>${w('precisionTitle')}</h1>${outcomes}<h2>${w('signals')}</h2>${sig}` });
}
