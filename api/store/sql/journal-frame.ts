// How a batch of access-log rows sits in a journal segment (access-journal.ts): one frame a
// batch, written at a reserved offset of a zero-filled segment. A frame is
//
//   magic (4 bytes) | payload length (u32 LE) | CRC32 of length and payload (u32 LE) | payload
//
// where the payload is the rows as a JSON array (UTF-8). Reading a segment finds every whole
// frame and skips everything else: the zeros of the unwritten tail, a frame torn by a crash
// (its CRC fails) and the hole of a write that failed or had not landed when the process
// died. Frames after such a hole are still read, because up to JOURNAL_WRITES_IN_FLIGHT
// writes run at once: a later one can be on disk (and its rows acknowledged) while an earlier
// one is not. The magic starts with 0xFF, a byte UTF-8 never contains, so the search for the
// next frame never lands inside a payload; a false start inside a header fails the CRC.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import type { SqlValue } from './driver.js';

export type JournalRow = readonly SqlValue[];

/** 0xFF 'J' 'F' 0x01: "journal frame, version 1". */
const FRAME_MAGIC = Buffer.from([0xff, 0x4a, 0x46, 0x01]);
/** Magic, length, CRC. */
export const FRAME_HEADER_BYTES = 12;

/** Length and payload under one CRC: a torn length cannot pass for a shorter whole frame. */
function frameChecksum(frame: Buffer, payloadEnd: number): number {
  return crc32(frame.subarray(FRAME_HEADER_BYTES, payloadEnd), crc32(frame.subarray(4, 8)));
}

/** One batch as a frame. */
export function journalFrame(rows: readonly JournalRow[]): Buffer {
  const json = JSON.stringify(rows);
  const length = Buffer.byteLength(json);
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + length);
  FRAME_MAGIC.copy(frame, 0);
  frame.writeUInt32LE(length, 4);
  frame.write(json, FRAME_HEADER_BYTES, 'utf8');
  frame.writeUInt32LE(frameChecksum(frame, frame.length), 8);
  return frame;
}

/** Where the whole frame starting at `at` ends, or -1 if none starts there. */
function frameEnd(bytes: Buffer, at: number): number {
  if (at + FRAME_HEADER_BYTES > bytes.length) return -1;
  const end = at + FRAME_HEADER_BYTES + bytes.readUInt32LE(at + 4);
  if (end === at + FRAME_HEADER_BYTES || end > bytes.length) return -1;
  return frameChecksum(bytes.subarray(at, end), end - at) === bytes.readUInt32LE(at + 8) ? end : -1;
}

/** The rows of every whole frame in a segment's bytes, in file order. */
export function decodeFrames(bytes: Buffer): JournalRow[] {
  const rows: JournalRow[] = [];
  let at = bytes.indexOf(FRAME_MAGIC);
  while (at >= 0) {
    const end = frameEnd(bytes, at);
    if (end >= 0) rows.push(...(JSON.parse(bytes.toString('utf8', at + FRAME_HEADER_BYTES, end)) as JournalRow[]));
    at = bytes.indexOf(FRAME_MAGIC, end >= 0 ? end : at + 1);
  }
  return rows;
}

/** Hex digits of the checksum before each line of the earlier, line-based segments. */
const LEGACY_CHECKSUM_HEX = 16;

/**
 * The rows of a segment written before frames (newline, 16 hex digits of SHA-256, space, JSON,
 * newline, appended): a crash before an upgrade can leave one, and its rows were answered.
 */
function decodeLegacyLines(text: string): JournalRow[] {
  const rows: JournalRow[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\0+/, '');
    const json = line.slice(LEGACY_CHECKSUM_HEX + 1);
    const sum = createHash('sha256').update(json).digest('hex').slice(0, LEGACY_CHECKSUM_HEX);
    if (line.length <= LEGACY_CHECKSUM_HEX + 1 || line.slice(0, LEGACY_CHECKSUM_HEX) !== sum) continue;
    rows.push(...(JSON.parse(json) as JournalRow[]));
  }
  return rows;
}

/** The rows of a segment file's bytes, framed or (left by an earlier version) line-based. */
export function decodeSegment(bytes: Buffer): JournalRow[] {
  // a line-based segment holds no 0xFF byte, so no frame; a framed one has no checksummed line
  const framed = decodeFrames(bytes);
  return framed.length > 0 ? framed : decodeLegacyLines(bytes.toString('utf8'));
}
