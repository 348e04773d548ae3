// The course of an infected diabetic foot (los-diabetic-foot-course.ts, red team RT-NM-DIABFOOT-121), read as
// a predicate over claim rows: a diabetic foot with its infection and its debridement, within four weeks, with
// more care than the code's stays elsewhere, is the foot's course; the same stay kept past the course, without
// the surgery, without the care, a cellulitis without diabetes, or a diabetes coded without complications, is not.
import { describe, expect, it } from 'vitest';
import { createOfflineDuckDB } from '../../../data-samples/sql/index.js';
import { DIABETIC_FOOT_COURSE, diabeticFootCourseSql } from './los-diabetic-foot-course.js';

/** label, diagnoses, procedures, length of stay, care excess (log) */
const STAYS: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['foot within the course', 'E11.5#L03.1#N18.9', '86.22#99.21#90.59', 22, 0.29],
  ['foot at the course end, amputated', 'E11.7#L97#R02', '84.12#99.21', DIABETIC_FOOT_COURSE.courseDays, 0.2],
  ['osteomyelitis resected', 'E10.6#M86.6', '77.68', 20, 0.15],
  ['foot kept past the course', 'E11.5#L03.1', '86.22#99.21', DIABETIC_FOOT_COURSE.courseDays + 3, 0.4],
  ['foot with no surgery', 'E11.5#L03.1', '99.21#90.59', 22, 0.3],
  ['foot with no care on the bill', 'E11.5#L03.1', '86.22', 22, 0.05],
  ['cellulitis without diabetes', 'L03.1', '86.22#99.21', 22, 0.3],
  ['diabetes without complications', 'E11.9#L02.4', '86.22#99.21', 22, 0.3],
];

describe('the course of an infected diabetic foot', () => {
  it('holds a debrided or amputated diabetic foot within four weeks with its care on the bill, and nothing else', async () => {
    const instance = await createOfflineDuckDB(':memory:');
    const c = await instance.connect();
    try {
      const values = STAYS.map(
        ([label, dx, px, los, care]) => `('${label}', string_split('${dx}', '#'), string_split('${px}', '#'), ${los}, ${care})`,
      ).join(', ');
      const reader = await c.runAndReadAll(
        `SELECT label, ${diabeticFootCourseSql('b', 'b.care_excess')} AS course FROM (VALUES ${values}) b(label, dx_list, px_list, los, care_excess) ORDER BY label`,
      );
      expect(Object.fromEntries(reader.getRowObjectsJS().map((r) => [r['label'], r['course']]))).toEqual({
        'foot within the course': true,
        'foot at the course end, amputated': true,
        'osteomyelitis resected': true,
        'foot kept past the course': false,
        'foot with no surgery': false,
        'foot with no care on the bill': false,
        'cellulitis without diabetes': false,
        'diabetes without complications': false,
      });
    } finally {
      c.closeSync();
      instance.closeSync();
    }
  });
});
