// Ordered Lorenz curve and its Gini, for pricing (Frees, Meyers and Cummings 2011): rows
// ordered by the model's relativity, cumulative share of premium (or exposure) against
// cumulative share of losses. A model that ranks risk well bows the curve below the diagonal.

export interface LorenzPoint {
  /** Cumulative share of premium (exposure) up to this point. */
  readonly premiumShare: number;
  /** Cumulative share of losses (claims) up to this point. */
  readonly lossShare: number;
}

/**
 * The curve from (0,0) to (1,1), rows sorted by ascending `relativity` (e.g. predicted
 * frequency). Tied relativities form one straight segment, so row order never matters.
 */
export function orderedLorenzCurve(losses: Float64Array, premium: Float64Array, relativity: Float64Array): LorenzPoint[] {
  const n = losses.length;
  if (premium.length !== n || relativity.length !== n) throw new Error('losses, premium and relativity differ in length');
  const order = ascendingOrder(relativity);
  let totalLoss = 0;
  let totalPremium = 0;
  for (let i = 0; i < n; i++) {
    totalLoss += losses[i]!;
    totalPremium += premium[i]!;
  }
  if (!(totalLoss > 0) || !(totalPremium > 0)) throw new Error('Lorenz curve needs positive total loss and premium');
  const points: LorenzPoint[] = [{ premiumShare: 0, lossShare: 0 }];
  let cumLoss = 0;
  let cumPremium = 0;
  let i = 0;
  while (i < n) {
    const r = relativity[order[i]!]!;
    while (i < n && relativity[order[i]!] === r) {
      cumLoss += losses[order[i]!]!;
      cumPremium += premium[order[i]!]!;
      i++;
    }
    points.push({ premiumShare: cumPremium / totalPremium, lossShare: cumLoss / totalLoss });
  }
  return points;
}

/** Gini of an ordered Lorenz curve: twice the area between the diagonal and the curve. */
export function lorenzGini(curve: readonly LorenzPoint[]): number {
  let area = 0;
  for (let i = 1; i < curve.length; i++) {
    const a = curve[i - 1]!;
    const b = curve[i]!;
    area += ((b.premiumShare - a.premiumShare) * (a.lossShare + b.lossShare)) / 2;
  }
  return 1 - 2 * area;
}

/** Whether this machine stores a double's high word second (x64, arm64: little-endian). */
const HIGH_WORD = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const SIGN_BIT = 0x80000000;
/** Bits per radix pass, and the passes over a 64-bit key. */
const RADIX_BITS = 8;
const RADIX = 1 << RADIX_BITS;
const KEY_PASSES = 64 / RADIX_BITS;

/**
 * Row indices in ascending order of `keys`, ties in index order: the order of
 * `sort((a, b) => keys[a] - keys[b] || a - b)`, by a stable radix sort of the keys' bits
 * (sign flipped, and every bit of a negative number, so the bits order as the numbers do;
 * -0 as 0). The comparator sort was 60 ms of every freMTPL2 training report (67,801 test
 * rows); this is a few. A NaN key compares equal to every number there, an order no radix
 * sort reproduces: such keys take the comparator sort.
 */
export function ascendingOrder(keys: Float64Array): Int32Array {
  const n = keys.length;
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < n; i++) if (Number.isNaN(keys[i]!)) return order.sort((a, b) => keys[a]! - keys[b]! || a - b);
  const words = [new Uint32Array(n), new Uint32Array(n)] as const; // low, high
  const one = new Float64Array(1);
  const halves = new Uint32Array(one.buffer);
  for (let i = 0; i < n; i++) {
    one[0] = keys[i] === 0 ? 0 : keys[i]!;
    let high = halves[HIGH_WORD]!;
    let low = halves[1 - HIGH_WORD]!;
    if (high & SIGN_BIT) {
      high = ~high >>> 0;
      low = ~low >>> 0;
    } else high = (high | SIGN_BIT) >>> 0;
    words[0][i] = low;
    words[1][i] = high;
  }
  let next = new Int32Array(n);
  const start = new Int32Array(RADIX);
  for (let pass = 0; pass < KEY_PASSES; pass++) {
    const word = words[pass < KEY_PASSES / 2 ? 0 : 1];
    const shift = (pass % (KEY_PASSES / 2)) * RADIX_BITS;
    start.fill(0);
    for (let i = 0; i < n; i++) {
      const digit = (word[i]! >>> shift) & (RADIX - 1);
      start[digit] = start[digit]! + 1;
    }
    // every key has the same digit here: the pass would leave the order as it is
    if (start[(word[0]! >>> shift) & (RADIX - 1)] === n) continue;
    let at = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = start[d]!;
      start[d] = at;
      at += c;
    }
    for (let i = 0; i < n; i++) {
      const row = order[i]!;
      const digit = (word[row]! >>> shift) & (RADIX - 1);
      next[start[digit]!] = row;
      start[digit] = start[digit]! + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}
