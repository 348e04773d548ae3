// Fingerprints for traceability: SHA-256 of files, of the training data (so a bundle says
// exactly which rows it learnt from) and the code version that trained it.
import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CategoricalColumn, DataTable } from '../data/table.js';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What the manifest records about the training data. */
export interface DataFingerprint {
  readonly rows: number;
  readonly columns: readonly string[];
  /** SHA-256 over column names, kinds and every value of the rows used, in row order. */
  readonly sha256: string;
}

/** Highest UTF-16 unit that UTF-8 writes as the same single byte. */
const ASCII_MAX = 0x7f;
/** The byte a missing text value hashes as (a level hashes as its UTF-8 and a NUL). */
const MISSING_BYTE = 1;
/** Numeric values hashed per update() call (512 KiB). */
const FINGERPRINT_BLOCK_VALUES = 1 << 16;
/** Bytes of categorical text hashed per update() call. */
const FINGERPRINT_BUFFER_BYTES = 1 << 20;

/** Fingerprint `rows` (default: all) of the `columns` (default: all, sorted by name) of a table. */
export function fingerprintTable(table: DataTable, rows?: ArrayLike<number>, columns?: readonly string[]): DataFingerprint {
  const names = [...(columns ?? [...table.columns.keys()])].sort();
  const which = rows ?? Int32Array.from({ length: table.nRows }, (_, i) => i);
  const hash = createHash('sha256');
  const gathered = new Float64Array(FINGERPRINT_BLOCK_VALUES);
  const gatheredBytes = new Uint8Array(gathered.buffer);
  const buffer = Buffer.allocUnsafe(FINGERPRINT_BUFFER_BYTES);
  for (const name of names) {
    const col = table.columns.get(name);
    if (!col) throw new Error(`fingerprint: column ${name} not in table`);
    hash.update(`${name}\u0000${col.kind}\u0000`);
    if (col.kind === 'numeric') {
      // The digest of the values in row order, gathered a block at a time into one buffer:
      // a copy of the whole column per column was 5 MB of fresh pages each for freMTPL2.
      for (let from = 0; from < which.length; from += FINGERPRINT_BLOCK_VALUES) {
        const to = Math.min(which.length, from + FINGERPRINT_BLOCK_VALUES);
        for (let i = from; i < to; i++) gathered[i - from] = col.values[which[i] as number] as number;
        hash.update(gatheredBytes.subarray(0, (to - from) * Float64Array.BYTES_PER_ELEMENT));
      }
    } else {
      // Hash levels by text, not code: the same data loaded in another order hashes alike per row.
      // The bytes are gathered into large buffers first: one update() per row cost about a
      // second on freMTPL2's 610,000 learning rows (the digest is the same either way). A
      // column with few levels copies each level's bytes, encoded once (hashFewLevels); an id
      // column (a level per row) writes its text and the NUL after it without building a
      // string per row.
      if (col.integerLevels) {
        hashIntegerLevels(hash, col.codes, col.integerLevels, which, buffer);
        continue;
      }
      if (col.levels.length * 4 <= which.length) {
        hashFewLevels(hash, col, which, buffer);
        continue;
      }
      let used = 0;
      for (let i = 0; i < which.length; i++) {
        const code = col.codes[which[i] as number] as number;
        const level = code < 0 ? null : (col.levels[code] as string);
        // a UTF-16 unit takes at most 3 bytes in UTF-8, and one more for the NUL
        const most = level === null ? 1 : 3 * level.length + 1;
        if (used + most > buffer.length) {
          hash.update(buffer.subarray(0, used));
          used = 0;
        }
        if (level === null) buffer[used++] = MISSING_BYTE;
        else if (most > buffer.length) hash.update(`${level}\u0000`);
        else {
          // ASCII text (ids, mostly) is copied unit by unit, the bytes UTF-8 gives it: a
          // native write() per row cost more than the copy. Other text goes through write().
          let ascii = true;
          for (let u = 0; u < level.length; u++) {
            const unit = level.charCodeAt(u);
            if (unit > ASCII_MAX) {
              ascii = false;
              break;
            }
            buffer[used + u] = unit;
          }
          used += ascii ? level.length : buffer.write(level, used);
          buffer[used++] = 0;
        }
      }
      hash.update(buffer.subarray(0, used));
    }
  }
  return { rows: which.length, columns: names, sha256: hash.digest('hex') };
}

/** Digits of a safe integer (Number.MAX_SAFE_INTEGER has 16). */
const INTEGER_DIGITS = 16;
/** Most bytes of any number's shortest text ("-1.7976931348623157e+308" is 24) and its NUL. */
const NUMBER_TEXT_BYTES = 26;
const DIGIT_ZERO = 0x30;
const MINUS_SIGN = 0x2d;

/**
 * The bytes of a column of whole-number levels (ids), row by row: each level's text as
 * String() prints it and a NUL, written digit by digit from the number (the same bytes as
 * the printed levels, without printing 610,000 strings first; table.ts integerLevels).
 */
function hashIntegerLevels(hash: Hash, codes: Int32Array, numbers: Float64Array, which: ArrayLike<number>, buffer: Buffer): void {
  const digits = new Uint8Array(INTEGER_DIGITS);
  let used = 0;
  for (let i = 0; i < which.length; i++) {
    if (used + NUMBER_TEXT_BYTES > buffer.length) {
      hash.update(buffer.subarray(0, used));
      used = 0;
    }
    const code = codes[which[i] as number] as number;
    if (code < 0) {
      buffer[used++] = MISSING_BYTE;
      continue;
    }
    const v = numbers[code] as number;
    // JS prints a safe integer as its exact digits; anything else (beyond 2^53 it prints
    // the shortest text that reads back, not every digit) as String() prints it.
    if (!Number.isSafeInteger(v)) {
      used += buffer.write(String(v), used);
      buffer[used++] = 0;
      continue;
    }
    // -0 prints as "0", as String() prints it
    let rest = Math.abs(v);
    if (v < 0) buffer[used++] = MINUS_SIGN;
    let n = 0;
    do {
      const next = Math.floor(rest / 10);
      digits[n++] = DIGIT_ZERO + (rest - next * 10);
      rest = next;
    } while (rest > 0);
    while (n > 0) buffer[used++] = digits[--n] as number;
    buffer[used++] = 0;
  }
  hash.update(buffer.subarray(0, used));
}

/**
 * The bytes of a column with few levels, row by row: each level's UTF-8 and NUL (a missing
 * value: the byte 1), encoded once into one pool and copied from it. A Buffer per level
 * read through an array of them cost a third of the fingerprint on freMTPL2.
 */
function hashFewLevels(hash: Hash, col: CategoricalColumn, which: ArrayLike<number>, buffer: Buffer): void {
  // slot 0 is the missing code, slot c + 1 level c
  const pieces = [Buffer.from([MISSING_BYTE]), ...col.levels.map((l) => Buffer.from(`${l}\u0000`))];
  const pool = Buffer.concat(pieces);
  const start = new Int32Array(pieces.length + 1);
  pieces.forEach((piece, slot) => (start[slot + 1] = (start[slot] as number) + piece.length));
  let used = 0;
  for (let i = 0; i < which.length; i++) {
    const slot = (col.codes[which[i] as number] as number) + 1;
    const from = start[slot] as number;
    const to = start[slot + 1] as number;
    if (used + (to - from) > buffer.length) {
      hash.update(buffer.subarray(0, used));
      used = 0;
      if (to - from > buffer.length) {
        hash.update(pool.subarray(from, to));
        continue;
      }
    }
    for (let k = from; k < to; k++) buffer[used++] = pool[k] as number;
  }
  hash.update(buffer.subarray(0, used));
}

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      readFileSync(join(dir, 'package.json'));
      return dir;
    } catch {
      const up = dirname(dir);
      if (up === dir) throw new Error('code version: no package.json above the bundle module');
      dir = up;
    }
  }
}

/** Git can hang on a locked index; a code version is not worth waiting for. */
const GIT_TIMEOUT_MS = 5000;

const GIT_DESCRIBE = ['describe', '--always', '--dirty', '--tags'];

function packageVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string };
  return `${pkg.name ?? 'telisik'}@${pkg.version ?? '0.0.0'}`;
}

/** Set once git has answered (prefetchCodeVersion), so codeVersion need not wait for it. */
let prefetched: string | undefined;

/**
 * Asks git in the background: `git describe --dirty` scans the work tree (~0.1 s), which a
 * training run can spend on other work. codeVersion() gives the same answer either way.
 */
export function prefetchCodeVersion(): void {
  if (prefetched !== undefined) return;
  const root = packageRoot();
  execFile('git', GIT_DESCRIBE, { cwd: root, timeout: GIT_TIMEOUT_MS }, (err, stdout) => {
    try {
      prefetched = err ? packageVersion(root) : stdout.toString().trim();
    } catch {
      // unreadable package.json: codeVersion() will say so when it is asked
    }
  });
}

/** `git describe --always --dirty` of the checkout, else `name@version` from package.json. */
export function codeVersion(): string {
  if (prefetched !== undefined) return prefetched;
  const root = packageRoot();
  try {
    return execFileSync('git', GIT_DESCRIBE, {
      cwd: root,
      timeout: GIT_TIMEOUT_MS,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return packageVersion(root);
  }
}
