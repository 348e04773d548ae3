// Deterministic randomness for training: one seeded generator per run, from which layer
// initialiser seeds and minibatch orders are drawn, so the same seed gives the same model.
import { tf } from './tfjs.js';

/** A uniform [0, 1) generator. */
export type Rng = () => number;

// mulberry32 (Tommy Ettinger): 32-bit state, passes PractRand to 2^32 draws, identical
// on every platform because it only uses 32-bit integer arithmetic.
const MULBERRY_INCREMENT = 0x6d2b79f5;
const UINT32_RANGE = 4294967296;

/** A seeded uniform generator (mulberry32). */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + MULBERRY_INCREMENT) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / UINT32_RANGE;
  };
}

/** A fresh integer seed from `rng`, for tfjs initialisers and derived generators. */
export function nextSeed(rng: Rng): number {
  return Math.floor(rng() * 2 ** 31);
}

/** A seeded permutation of 0..n-1 (Fisher-Yates). */
export function permutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  return order;
}

/** A tfjs layer initialiser (the class is not re-exported by @tensorflow/tfjs). */
export type SeededInitializer = ReturnType<typeof tf.initializers.glorotUniform>;

/** A Glorot-uniform kernel initialiser seeded from `rng` (tfjs draws from Math.random otherwise). */
export function seededGlorot(rng: Rng): SeededInitializer {
  return tf.initializers.glorotUniform({ seed: nextSeed(rng) });
}

/** A He-normal initialiser for ReLU layers, seeded from `rng`. */
export function seededHe(rng: Rng): SeededInitializer {
  return tf.initializers.heNormal({ seed: nextSeed(rng) });
}
