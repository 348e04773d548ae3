// tfjs.ts loads tfjs-core and tfjs-layers, not the whole union package, and the cpu backend
// only when asked for: what it gives must be what the union gives (the very same engine and
// functions), and the bundle manifest's runtime version must read as it did.
import { createRequire } from 'node:module';
import type * as Tfjs from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { useBackend } from './backend.js';
import { registerCpuBackend, tf } from './tfjs.js';

const require = createRequire(import.meta.url);

describe('tfjs core and layers without the union package', () => {
  it("shares the union's engine and functions", () => {
    const union = require('@tensorflow/tfjs') as typeof Tfjs;
    expect(tf.engine()).toBe(union.engine());
    expect(tf.sequential).toBe(union.sequential);
    expect(tf.io.withSaveHandler).toBe(union.io.withSaveHandler);
    expect(tf.initializers.glorotUniform).toBe(union.initializers.glorotUniform);
  });

  it("reports the union's release as the runtime version", () => {
    const { version } = require('@tensorflow/tfjs/package.json') as { version: string };
    expect(tf.version.tfjs).toBe(version);
  });

  it('registers the cpu backend when it is asked for', async () => {
    registerCpuBackend();
    expect(tf.findBackendFactory('cpu')).toBeDefined();
    expect(await useBackend('cpu')).toBe('cpu');
    expect(await useBackend('wasm')).toBe('wasm');
  });
});
