// One streamed pass over a source file: its content SHA-256 (the idempotency key), its size
// and, for CSV, the count of non-blank lines and where blank lines are, so that every line
// can be accounted for after DuckDB has parsed the file (DuckDB skips blank lines silently).
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { CorruptSourceError } from './ingest-errors.js';
import type { SourceFormat } from './sources.js';

export interface FileScan {
  readonly sha256: string;
  readonly bytes: number;
  /** CSV only: lines holding something, header included. */
  readonly nonBlankLines?: number;
  /** CSV only: 1-based numbers of blank lines before the last non-blank line. */
  readonly blankLines?: readonly number[];
}

/** Counts CSV lines across chunk boundaries; a line of only `\r` counts as blank. */
class LineCounter {
  private line = 1;
  private lineHasContent = false;
  private pendingBlank: number[] = [];
  readonly blank: number[] = [];
  nonBlank = 0;

  push(chunk: Buffer): void {
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl === -1 ? chunk.length : nl;
      if (!this.lineHasContent && end > start) {
        this.lineHasContent = end - start > 1 || chunk[start] !== 13;
      }
      if (nl === -1) return;
      this.endLine();
      start = nl + 1;
    }
  }

  private endLine(): void {
    if (this.lineHasContent) {
      this.nonBlank++;
      // Blank lines only matter when a record follows them; trailing ones are not data.
      this.blank.push(...this.pendingBlank);
      this.pendingBlank = [];
    } else {
      this.pendingBlank.push(this.line);
    }
    this.line++;
    this.lineHasContent = false;
  }

  finish(): void {
    if (this.lineHasContent) this.endLine();
  }
}

/**
 * Hashes the file as stored and, for CSV, counts its lines. A .csv.gz whose gzip stream is
 * truncated or garbled fails as a CorruptSourceError naming the file; the hash of its bytes
 * is still taken, so the failure can be recorded against the file. A gunzip error never
 * escapes as an unhandled rejection, and a stream that errors is never waited on for a
 * `drain` it will not emit.
 */
export async function scanFile(path: string, format: SourceFormat, onBytes?: (bytesDone: number) => void): Promise<FileScan> {
  const hash = createHash('sha256');
  const counter = format === 'csv' || format === 'csv.gz' ? new LineCounter() : undefined;
  const gunzip = format === 'csv.gz' ? createGunzip() : undefined;
  let gunzipError: Error | undefined;
  const unzipped = gunzip
    ? new Promise<void>((resolve) => {
        gunzip.on('data', (chunk: Buffer) => counter?.push(chunk));
        gunzip.on('end', resolve);
        gunzip.on('error', (err) => {
          gunzipError ??= err;
          resolve();
        });
      })
    : Promise.resolve();
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (gunzip && !gunzipError) {
      if (!gunzip.write(chunk)) await Promise.race([once(gunzip, 'drain').catch(() => undefined), unzipped]);
    } else if (!gunzip) {
      counter?.push(chunk);
    }
    onBytes?.(bytes);
  }
  if (gunzip && !gunzipError) gunzip.end();
  await unzipped;
  const sha256 = hash.digest('hex');
  if (gunzipError) throw new CorruptSourceError(path, sha256, bytes, gunzipError.message, { cause: gunzipError });
  counter?.finish();
  return {
    sha256,
    bytes,
    ...(counter ? { nonBlankLines: counter.nonBlank, blankLines: counter.blank } : {}),
  };
}
