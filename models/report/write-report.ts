// Writes one model's report: report.html (metrics table and every chart as inline SVG,
// with its Vega-Lite spec embedded), charts/<id>.png for each chart, and metrics.json.
// The HTML needs no network: the charts are already rendered, the specs are for reuse.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportChart } from './charts.js';
import { chartToSvg, svgToPngAsync } from './render.js';

export type HeadlineValue = number | string | boolean | null;

export interface ModelReport {
  readonly title: string;
  readonly family: string;
  readonly specName: string;
  readonly modelVersion?: string;
  /** Headline metrics, shown as a table. */
  readonly metrics: Readonly<Record<string, HeadlineValue>>;
  /** Everything else worth keeping (tables, training history): goes to metrics.json only. */
  readonly details?: unknown;
  readonly charts: readonly ReportChart[];
  readonly notes?: readonly string[];
  /** Tables shown in the HTML after the metrics (binning, bands, stability, reasons). */
  readonly tables?: readonly ReportTable[];
}

/** A titled table for the HTML report (numbers shown to DISPLAY_DIGITS). */
export interface ReportTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

export interface WrittenChart {
  readonly id: string;
  readonly title: string;
  readonly pngPath: string;
  readonly width: number;
  readonly height: number;
}

export interface WrittenReport {
  readonly htmlPath: string;
  readonly metricsPath: string;
  readonly charts: readonly WrittenChart[];
}

export const REPORT_FILE = 'report.html';
export const METRICS_FILE = 'metrics.json';
export const CHARTS_DIR = 'charts';

/** Significant digits shown for metric values in the HTML (metrics.json keeps full precision). */
const DISPLAY_DIGITS = 5;

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function display(v: HeadlineValue): string {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toPrecision(DISPLAY_DIGITS);
  return v === null ? '-' : String(v);
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

function html(report: ModelReport, charts: readonly { chart: ReportChart; svg: string; png: string }[]): string {
  const rows = Object.entries(report.metrics)
    .map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(display(v))}</td></tr>`)
    .join('\n');
  const figures = charts
    .map(
      ({ chart, svg, png }) => `<figure id="${escapeHtml(chart.id)}">
<figcaption>${escapeHtml(chart.title)} (<a href="${escapeHtml(png)}">PNG</a>)</figcaption>
${svg}
<script type="application/vnd.vegalite+json">${scriptJson(chart.spec)}</script>
</figure>`,
    )
    .join('\n');
  const notes = (report.notes ?? []).map((n) => `<li>${escapeHtml(n)}</li>`).join('\n');
  const cell = (v: string | number | null): string => escapeHtml(v === null ? '' : typeof v === 'number' ? display(v) : v);
  const tables = (report.tables ?? [])
    .map(
      (t) =>
        `<h2>${escapeHtml(t.title)}</h2>\n<table>\n<tr>${t.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr>\n${t.rows.map((r) => `<tr>${r.map((v) => `<td>${cell(v)}</td>`).join('')}</tr>`).join('\n')}\n</table>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(report.title)}</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin-bottom: 2em; }
th, td { border: 1px solid #ccc; padding: 4px 10px; text-align: left; }
figure { display: inline-block; margin: 0 2em 2em 0; vertical-align: top; }
</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p>Family <b>${escapeHtml(report.family)}</b>, feature spec <b>${escapeHtml(report.specName)}</b>${report.modelVersion ? `, model <b>${escapeHtml(report.modelVersion)}</b>` : ''}.</p>
<h2>Metrics</h2>
<table>
${rows}
</table>
${notes ? `<h2>Notes</h2>\n<ul>\n${notes}\n</ul>` : ''}
${tables}
<h2>Charts</h2>
${figures}
</body>
</html>
`;
}

/** Render every chart and write the report into `dir`. */
export async function writeReport(dir: string, report: ModelReport): Promise<WrittenReport> {
  await mkdir(join(dir, CHARTS_DIR), { recursive: true });
  // Each chart's PNG is rasterised and written in the background while the next chart's
  // SVG is drawn (vega runs on the main thread, resvg in its own).
  const pending: Promise<WrittenChart>[] = [];
  const rendered: { chart: ReportChart; svg: string; png: string }[] = [];
  try {
    for (const chart of report.charts) {
      const svg = await chartToSvg(chart.spec);
      const relative = `${CHARTS_DIR}/${chart.id}.png`;
      const pngPath = join(dir, relative);
      const png = svgToPngAsync(svg).then(async (image) => {
        await writeFile(pngPath, image.png);
        return { id: chart.id, title: chart.title, pngPath, width: image.width, height: image.height };
      });
      // awaited below; a chart that fails to draw meanwhile must not leave it unhandled
      png.catch(() => undefined);
      pending.push(png);
      rendered.push({ chart, svg, png: relative });
    }
  } finally {
    await Promise.allSettled(pending);
  }
  const written = await Promise.all(pending);
  const htmlPath = join(dir, REPORT_FILE);
  await writeFile(htmlPath, html(report, rendered));
  const metricsPath = join(dir, METRICS_FILE);
  const metricsJson = {
    title: report.title,
    family: report.family,
    specName: report.specName,
    modelVersion: report.modelVersion ?? null,
    metrics: report.metrics,
    details: report.details ?? null,
    tables: report.tables ?? [],
  };
  await writeFile(
    metricsPath,
    JSON.stringify(metricsJson, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2),
  );
  return { htmlPath, metricsPath, charts: written };
}
