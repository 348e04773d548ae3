// The SQL HMAC must equal node:crypto's HMAC-SHA256 byte for byte, for short, block-sized
// and long keys; a missing key is a clear error unless the caller asks for the demo key.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal } from '../warehouse/sql.js';
import {
  DEMO_PSEUDONYM_KEY,
  keyFingerprint,
  MissingPseudonymKeyError,
  pseudonymise,
  pseudonymSql,
  PSEUDONYM_KEY_ENV,
  resolvePseudonymKey,
} from './pseudonym.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false', autoload_known_extensions: 'false' });
  connection = await instance.connect();
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

const VALUES = ['3171011505850001', '0001234567890', '', 'x', 'Nik dengan spasi & ünïcödé ✓', '9'.repeat(200)];
const KEYS = [
  Buffer.from('sixteen-byte-key'),
  Buffer.alloc(64, 0xab), // exactly one SHA-256 block
  Buffer.from('k'.repeat(100)), // longer than a block: hashed first
  Buffer.from([0, 1, 2, 255, 254, 0, 0, 0, 10, 13, 39, 34, 92, 0, 7, 8]), // bytes that would break naive quoting
];

describe('pseudonymSql', () => {
  it.each(KEYS.map((key, i) => [i, key] as const))('equals node:crypto createHmac (key %i)', async (_i, key) => {
    const sql = `SELECT v, ${pseudonymSql('v', key)} AS h FROM unnest([${VALUES.map(literal).join(', ')}]) AS t(v)`;
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS() as Array<{ v: string; h: string }>;
    expect(rows).toHaveLength(VALUES.length);
    for (const { v, h } of rows) {
      expect(h).toBe(createHmac('sha256', key).update(v, 'utf8').digest('hex'));
      expect(h).toBe(pseudonymise(v, key));
    }
  });

  it('keeps NULL as NULL', async () => {
    const rows = (await connection.runAndReadAll(`SELECT ${pseudonymSql('CAST(NULL AS VARCHAR)', KEYS[0]!)} AS h`)).getRowObjectsJS();
    expect(rows[0]!['h']).toBeNull();
  });
});

describe('resolvePseudonymKey', () => {
  it('reads the key from the environment as UTF-8 bytes', () => {
    const key = resolvePseudonymKey({ env: { [PSEUDONYM_KEY_ENV]: 'a-long-enough-secret-key' } });
    expect(key).toEqual({ key: Buffer.from('a-long-enough-secret-key'), demo: false });
  });

  it('fails clearly when the key is missing and demo mode is off', () => {
    expect(() => resolvePseudonymKey({ env: {} })).toThrow(MissingPseudonymKeyError);
    expect(() => resolvePseudonymKey({ env: { [PSEUDONYM_KEY_ENV]: '' } })).toThrow(/TELISIK_PSEUDONYM_KEY is not set.*--demo-key/s);
  });

  it('refuses a key too short to resist brute force over the NIK space', () => {
    expect(() => resolvePseudonymKey({ env: { [PSEUDONYM_KEY_ENV]: 'short' } })).toThrow(/too short: 5 bytes/);
  });

  it('uses the public demo key only when asked, with a warning', () => {
    const warnings: string[] = [];
    const key = resolvePseudonymKey({ env: {}, demoKey: true, warn: (m) => warnings.push(m) });
    expect(key).toEqual({ key: Buffer.from(DEMO_PSEUDONYM_KEY), demo: true });
    expect(warnings[0]).toMatch(/demo key/);
    // A real key wins over demo mode.
    expect(resolvePseudonymKey({ env: { [PSEUDONYM_KEY_ENV]: 'a-long-enough-secret-key' }, demoKey: true }).demo).toBe(false);
  });

  it('fingerprints keys without revealing them', () => {
    const a = keyFingerprint(Buffer.from('a-long-enough-secret-key'));
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(a).not.toBe(keyFingerprint(Buffer.from('another-long-enough-key')));
  });
});
