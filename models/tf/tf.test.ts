// The tfjs runtime: backends can be chosen explicitly, kernels wasm lacks send a model to
// cpu, seeded generators and initialisers repeat exactly.
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { backendFor, backendHasKernel, useBackend, withBackend } from './backend.js';
import { createRng, permutation, seededGlorot } from './seed.js';

describe('tfjs runtime', () => {
  it('selects wasm by default and cpu for a kernel wasm lacks', async () => {
    expect(await useBackend('wasm')).toBe('wasm');
    expect(backendHasKernel('wasm', 'MatMul') || backendHasKernel('wasm', 'BatchMatMul')).toBe(true);
    // ARCHITECTURE.md: no UnsortedSegmentSum on wasm, so embeddings train on cpu.
    expect(backendHasKernel('wasm', 'UnsortedSegmentSum')).toBe(false);
    expect(backendFor(['UnsortedSegmentSum'])).toBe('cpu');
    expect(backendFor([])).toBe('wasm');
    expect(await withBackend('cpu', async () => tf.getBackend())).toBe('cpu');
    expect(tf.getBackend()).toBe('wasm');
  });

  it('repeats seeded draws, permutations and initialisers', () => {
    const a = createRng(42);
    const b = createRng(42);
    const drawsA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(drawsA);
    expect(drawsA.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, createRng(43))).not.toEqual(drawsA);
    const p = permutation(10, createRng(1));
    expect([...p].sort((x, y) => x - y)).toEqual([...Array(10).keys()]);
    expect(Array.from(permutation(10, createRng(1)))).toEqual(Array.from(p));
    const w1 = seededGlorot(createRng(5)).apply([3, 2]);
    const w2 = seededGlorot(createRng(5)).apply([3, 2]);
    expect(Array.from(w1.dataSync())).toEqual(Array.from(w2.dataSync()));
    tf.dispose([w1, w2]);
  });
});
