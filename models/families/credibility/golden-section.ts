// Golden-section search for the maximum of a unimodal function on an interval: the one search
// the credibility estimators (negative-binomial and log-normal mixing) run on their likelihoods.

/** The maximum of f on [lo, hi] after `steps` golden-section reductions (interval shrinks by 0.618 per step). */
export function goldenSectionMax(f: (x: number) => number, lo: number, hi: number, steps: number): { x: number; f: number } {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = lo;
  let b = hi;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let i = 0; i < steps; i++) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = f(d);
    }
  }
  return fc > fd ? { x: c, f: fc } : { x: d, f: fd };
}
