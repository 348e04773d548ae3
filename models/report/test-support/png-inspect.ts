// A minimal PNG reader (8-bit RGB/RGBA, non-interlaced: what resvg writes) so a report's
// charts can be checked for size and content without a browser or an image library.
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  readonly channels: number;
  /** Row-major pixels, `channels` bytes each. */
  readonly pixels: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS_BY_COLOR_TYPE: Readonly<Record<number, number>> = { 2: 3, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decode a PNG file's bytes. */
export function decodePng(bytes: Uint8Array): DecodedPng {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) throw new Error('not a PNG file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Uint8Array[] = [];
  while (offset < bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(offset + 8);
      height = view.getUint32(offset + 12);
      const bitDepth = data[8];
      const colorType = data[9] as number;
      const interlace = data[12];
      channels = CHANNELS_BY_COLOR_TYPE[colorType] ?? 0;
      if (bitDepth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`PNG: only 8-bit RGB/RGBA non-interlaced images are read (depth ${bitDepth}, colour type ${colorType})`);
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    const src = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (pixels[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] as number) : 0;
      const v = raw[src + x] as number;
      const predictor =
        filter === 0 ? 0 : filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : paeth(left, up, upLeft);
      pixels[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

/** Variance of pixel luminance (0 for a blank image) and the share of pixels that are not background white. */
export function pixelStats(png: DecodedPng): { luminanceVariance: number; inkShare: number } {
  const n = png.width * png.height;
  let sum = 0;
  let sumSq = 0;
  let ink = 0;
  for (let i = 0; i < n; i++) {
    const o = i * png.channels;
    const lum = 0.2126 * (png.pixels[o] as number) + 0.7152 * (png.pixels[o + 1] as number) + 0.0722 * (png.pixels[o + 2] as number);
    sum += lum;
    sumSq += lum * lum;
    if (lum < 250) ink++;
  }
  const mean = sum / n;
  return { luminanceVariance: sumSq / n - mean * mean, inkShare: ink / n };
}
