// National holidays (hari libur nasional) and collective leave (cuti bersama) of Indonesia,
// as set each year by the joint decree of three ministers (SKB 3 Menteri: Religious Affairs,
// Manpower, Administrative Reform). Dates transcribed from the decrees for 2023-2026 (and
// their amendments where known); lunar-calendar holidays follow the decree, not observation.
// The 2026 list is the decree of 2025 and may be amended: verify before relying on it.

export type HolidayKind = 'LIBUR_NASIONAL' | 'CUTI_BERSAMA';

export interface Holiday {
  /** ISO date. */
  readonly date: string;
  readonly kind: HolidayKind;
  readonly name: string;
}

const h = (date: string, name: string, kind: HolidayKind = 'LIBUR_NASIONAL'): Holiday => Object.freeze({ date, kind, name });
const cb = (date: string, name: string): Holiday => h(date, name, 'CUTI_BERSAMA');

export const HOLIDAYS: readonly Holiday[] = Object.freeze([
  // 2023 (SKB 2022, amended 2023)
  h('2023-01-01', 'Tahun Baru Masehi'), h('2023-01-22', 'Tahun Baru Imlek'), cb('2023-01-23', 'Tahun Baru Imlek'),
  h('2023-02-18', 'Isra Mikraj'), h('2023-03-22', 'Nyepi'), cb('2023-03-23', 'Nyepi'), h('2023-04-07', 'Wafat Isa Almasih'),
  cb('2023-04-19', 'Idul Fitri'), cb('2023-04-20', 'Idul Fitri'), cb('2023-04-21', 'Idul Fitri'),
  h('2023-04-22', 'Idul Fitri'), h('2023-04-23', 'Idul Fitri'), cb('2023-04-24', 'Idul Fitri'), cb('2023-04-25', 'Idul Fitri'),
  h('2023-05-01', 'Hari Buruh'), h('2023-05-18', 'Kenaikan Isa Almasih'), h('2023-06-01', 'Hari Lahir Pancasila'),
  cb('2023-06-02', 'Waisak'), h('2023-06-04', 'Waisak'), cb('2023-06-28', 'Idul Adha'), h('2023-06-29', 'Idul Adha'), cb('2023-06-30', 'Idul Adha'),
  h('2023-07-19', 'Tahun Baru Islam'), h('2023-08-17', 'Hari Kemerdekaan'), h('2023-09-28', 'Maulid Nabi'),
  h('2023-12-25', 'Natal'), cb('2023-12-26', 'Natal'),
  // 2024 (SKB 2023)
  h('2024-01-01', 'Tahun Baru Masehi'), h('2024-02-08', 'Isra Mikraj'), cb('2024-02-09', 'Tahun Baru Imlek'), h('2024-02-10', 'Tahun Baru Imlek'),
  h('2024-03-11', 'Nyepi'), cb('2024-03-12', 'Nyepi'), h('2024-03-29', 'Wafat Isa Almasih'), h('2024-03-31', 'Paskah'),
  cb('2024-04-08', 'Idul Fitri'), cb('2024-04-09', 'Idul Fitri'), h('2024-04-10', 'Idul Fitri'), h('2024-04-11', 'Idul Fitri'),
  cb('2024-04-12', 'Idul Fitri'), cb('2024-04-15', 'Idul Fitri'), h('2024-05-01', 'Hari Buruh'), h('2024-05-09', 'Kenaikan Isa Almasih'),
  cb('2024-05-10', 'Kenaikan Isa Almasih'), h('2024-05-23', 'Waisak'), cb('2024-05-24', 'Waisak'), h('2024-06-01', 'Hari Lahir Pancasila'),
  h('2024-06-17', 'Idul Adha'), cb('2024-06-18', 'Idul Adha'), h('2024-07-07', 'Tahun Baru Islam'), h('2024-08-17', 'Hari Kemerdekaan'),
  h('2024-09-16', 'Maulid Nabi'), h('2024-12-25', 'Natal'), cb('2024-12-26', 'Natal'),
  // 2025 (SKB 2024, amended 2025)
  h('2025-01-01', 'Tahun Baru Masehi'), h('2025-01-27', 'Isra Mikraj'), cb('2025-01-28', 'Tahun Baru Imlek'), h('2025-01-29', 'Tahun Baru Imlek'),
  cb('2025-03-28', 'Nyepi'), h('2025-03-29', 'Nyepi'), h('2025-03-31', 'Idul Fitri'), h('2025-04-01', 'Idul Fitri'),
  cb('2025-04-02', 'Idul Fitri'), cb('2025-04-03', 'Idul Fitri'), cb('2025-04-04', 'Idul Fitri'), cb('2025-04-07', 'Idul Fitri'),
  h('2025-04-18', 'Wafat Isa Almasih'), h('2025-04-20', 'Paskah'), h('2025-05-01', 'Hari Buruh'), h('2025-05-12', 'Waisak'),
  cb('2025-05-13', 'Waisak'), h('2025-05-29', 'Kenaikan Isa Almasih'), cb('2025-05-30', 'Kenaikan Isa Almasih'), h('2025-06-01', 'Hari Lahir Pancasila'),
  h('2025-06-06', 'Idul Adha'), cb('2025-06-09', 'Idul Adha'), h('2025-06-27', 'Tahun Baru Islam'), h('2025-08-17', 'Hari Kemerdekaan'),
  cb('2025-08-18', 'Hari Kemerdekaan'), h('2025-09-05', 'Maulid Nabi'), h('2025-12-25', 'Natal'), cb('2025-12-26', 'Natal'),
  // 2026 (SKB 2025; verify against amendments)
  h('2026-01-01', 'Tahun Baru Masehi'), h('2026-01-16', 'Isra Mikraj'), cb('2026-02-16', 'Tahun Baru Imlek'), h('2026-02-17', 'Tahun Baru Imlek'),
  cb('2026-03-18', 'Nyepi'), h('2026-03-19', 'Nyepi'), h('2026-03-20', 'Idul Fitri'), h('2026-03-21', 'Idul Fitri'),
  cb('2026-03-23', 'Idul Fitri'), cb('2026-03-24', 'Idul Fitri'), h('2026-04-03', 'Wafat Isa Almasih'), h('2026-04-05', 'Paskah'),
  h('2026-05-01', 'Hari Buruh'), h('2026-05-14', 'Kenaikan Isa Almasih'), cb('2026-05-15', 'Kenaikan Isa Almasih'), h('2026-05-27', 'Idul Adha'),
  cb('2026-05-28', 'Idul Adha'), h('2026-05-31', 'Waisak'), h('2026-06-01', 'Hari Lahir Pancasila'), h('2026-06-16', 'Tahun Baru Islam'),
  h('2026-08-17', 'Hari Kemerdekaan'), h('2026-08-25', 'Maulid Nabi'), cb('2026-12-24', 'Natal'), h('2026-12-25', 'Natal'),
] satisfies Holiday[]);
