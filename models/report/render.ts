// Renders a Vega-Lite chart to SVG and PNG without a browser: vega-lite compiles to vega,
// a headless vega View (renderer 'none') writes SVG, and resvg rasterises it with fonts
// loaded from the local system (never the network).
import { existsSync } from 'node:fs';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { CHART_FONT } from './charts.js';
import { vega, vegaLite } from './vega-bundles.js';

/** PNG pixels per SVG pixel: 2 keeps text legible when the image is zoomed or printed. */
export const PNG_SCALE = 2;

/** Where the chart font usually lives (Debian/Ubuntu, Fedora, Alpine). */
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/ttf-dejavu/DejaVuSans.ttf',
];
/** Fallback: scan these for any font when the chart font is not installed. */
const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts'];

export interface RenderedImage {
  readonly svg: string;
  readonly png: Uint8Array;
  /** PNG size in pixels. */
  readonly width: number;
  readonly height: number;
}

function fontOptions(): { loadSystemFonts: boolean; fontFiles?: string[]; fontDirs?: string[]; defaultFontFamily: string } {
  const files = FONT_FILES.filter((f) => existsSync(f));
  if (files.length > 0) return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: CHART_FONT };
  return { loadSystemFonts: false, fontDirs: FONT_DIRS.filter((d) => existsSync(d)), defaultFontFamily: CHART_FONT };
}

/** Vega-Lite spec -> SVG text. */
export async function chartToSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** PNG_SCALE, on a white background, with the chart font. */
function pngOptions(): ResvgRenderOptions {
  return { font: fontOptions(), background: 'white', fitTo: { mode: 'zoom', value: PNG_SCALE } };
}

/** SVG text -> PNG bytes at PNG_SCALE, on a white background. */
export function svgToPng(svg: string): { png: Uint8Array; width: number; height: number } {
  const resvg = new Resvg(svg, pngOptions());
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/**
 * svgToPng in resvg's own thread (the same rasteriser, the same bytes): the report draws
 * the next chart's SVG on the main thread meanwhile.
 */
export async function svgToPngAsync(svg: string): Promise<{ png: Uint8Array; width: number; height: number }> {
  const image = await renderAsync(svg, pngOptions());
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}

/** Vega-Lite spec -> SVG and PNG. */
export async function renderChart(spec: TopLevelSpec): Promise<RenderedImage> {
  const svg = await chartToSvg(spec);
  return { svg, ...svgToPng(svg) };
}
