// Model reports: Vega-Lite charts rendered to SVG/PNG without a browser, one HTML page
// and a metrics.json per trained model.
export {
  CHART_FONT,
  CHART_HEIGHT,
  CHART_WIDTH,
  HISTOGRAM_BINS,
  calibrationChart,
  contributionsChart,
  gainsChart,
  lorenzChart,
  rocChart,
  scoreHistogram,
  segmentChart,
} from './charts.js';
export type { ReportChart } from './charts.js';
export { CURVE_POINTS, gainsCurve, histogram, rocCurve, thin } from './curves.js';
export type { GainsPoint, HistogramBin, RocPoint } from './curves.js';
export { PNG_SCALE, chartToSvg, renderChart, svgToPng } from './render.js';
export type { RenderedImage } from './render.js';
export { WORKLIST_SHARE, anomalySection, binarySection, explanationSection, frequencySection, mergeSections } from './sections.js';
export type { ReportSection } from './sections.js';
export { CHARTS_DIR, METRICS_FILE, REPORT_FILE, writeReport } from './write-report.js';
export type { HeadlineValue, ModelReport, WrittenChart, WrittenReport } from './write-report.js';
export * from './development/index.js';
