// Dates are checked against the calendar, not only their shape: 2099-02-30 or 2024-13 is
// refused where a date, date-time or month is accepted, instead of rolling over to March.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { buildApi } from '../app.js';
import { generateApiKey, hashApiKey } from '../auth/api-key.js';
import { creditRoutes } from '../routes/credit/index.js';
import { openOpsStore } from '../store/open-store.js';
import type { OpsStore } from '../store/ops-store.js';
import { isCalendarDate, isDateTime, isYearMonth } from './dates.js';
import { typeboxValidatorCompiler } from './validator.js';

describe('calendar validation', () => {
  it('accepts real dates and refuses impossible ones', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2099-12-31', '1970-01-01']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of [
      '2099-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '2024-01-00',
      '2024-1-01',
      '0000-01-01',
      '2024-01-01x',
      ' 2024-01-01',
    ])
      expect(isCalendarDate(bad), bad).toBe(false);
  });

  it('checks the date and the time of a date-time', () => {
    for (const ok of ['2099-02-28T00:00:00Z', '2024-02-29T23:59:59.999+07:00', '2026-07-15T10:00:00-03:30'])
      expect(isDateTime(ok), ok).toBe(true);
    for (const bad of [
      '2099-02-30T00:00:00Z',
      '2024-06-31T00:00:00Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:60:00Z',
      '2024-01-01T10:00:00+25:00',
      '2024-01-01T10:00:00',
      '2024-01-01',
    ])
      expect(isDateTime(bad), bad).toBe(false);
  });

  it('checks a year-month', () => {
    for (const ok of ['2024-01', '2024-12']) expect(isYearMonth(ok), ok).toBe(true);
    for (const bad of ['2024-13', '2024-00', '9999-99', '2024-1', '0000-05']) expect(isYearMonth(bad), bad).toBe(false);
  });

  it('the request validator applies them to the date, date-time and year-month formats', () => {
    const check = (format: string, value: string) => {
      const validate = typeboxValidatorCompiler({
        schema: Type.Object({ v: Type.String({ format }) }),
        httpPart: 'body',
        method: 'POST',
        url: '/',
      }) as (v: unknown) => { error?: unknown };
      return validate({ v: value }).error === undefined;
    };
    expect(check('date', '2024-02-29')).toBe(true);
    expect(check('date', '2099-02-30')).toBe(false);
    expect(check('date-time', '2099-02-30T00:00:00Z')).toBe(false);
    expect(check('year-month', '2024-13')).toBe(false);
    expect(check('year-month', '2024-12')).toBe(true);
  });
});

describe('consent expiry', () => {
  let app: FastifyInstance;
  let store: OpsStore;
  const admin = generateApiKey();
  let bankId: string;
  beforeAll(async () => {
    store = await openOpsStore('duckdb::memory:');
    await store.createClient({ name: 'member channel', role: 'admin', keyHash: hashApiKey(admin) });
    bankId = (await store.createClient({ name: 'Bank A', role: 'bank', keyHash: hashApiKey(generateApiKey()) })).id;
    app = await buildApi({ store, log: { level: 'warn' }, routes: [creditRoutes({ store, scorer: null })] });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const grant = (expiresAt: string) =>
    app.inject({
      method: 'POST',
      url: '/credit/consents',
      headers: { 'x-api-key': admin },
      payload: { memberKey: 'a'.repeat(64), bankClientId: bankId, purpose: 'credit_scoring', scope: ['score'], expiresAt },
    });

  it('refuses 2099-02-30 instead of storing 2 March', async () => {
    const res = await grant('2099-02-30T00:00:00Z');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ in: 'body', field: 'expiresAt' })] });
    expect(await store.listConsents({ memberKey: 'a'.repeat(64) })).toEqual([]);
  });

  it('accepts a real date', async () => {
    const res = await grant('2099-02-28T00:00:00Z');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ expiresAt: '2099-02-28T00:00:00.000Z' });
  });
});
