// Underwriter routes for K3 employer risk: an employer's rating and JKK group
// recommendation from the published book, its experience-rating worksheet, a quote for a
// prospective employer from its attributes alone (no history, so credibility zero; inputs
// checked against the BPS province list, the size band of its workforce and a wage range),
// and the portfolio summary with actual vs expected by segment.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SECTORS } from '../../../data-samples/reference/index.js';
import { rateEmployer, ratingInputOf, sizeBandOf } from '../../../models/k3/index.js';
import type { EmployerRating, K3Book } from '../../../models/k3/index.js';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';
import { EmployerParams, EmployerRatingResponse, PortfolioResponse, QuoteBody, Worksheet } from './schemas.js';
import { k3ExportRoutes } from './export.js';

export { QUOTE_MAX_WORKERS, QUOTE_WAGE_CEILING, QUOTE_WAGE_FLOOR } from './schemas.js';

/** A prospective employer with no payment history is rated as compliant (on-time share 1): there is nothing to hold against it. */
export const QUOTE_ON_TIME_SHARE = 1;
const MONTHS = 12;

export interface K3RouteOptions {
  /** The loaded book; undefined answers K3_BOOK_UNAVAILABLE (e.g. before the first k3 run). */
  readonly book: () => K3Book | undefined;
}

const worksheetBody = (r: EmployerRating) => ({
  ...r.worksheet,
  years: [...r.worksheet.years],
  claims: [...r.worksheet.claims],
});

const response = (book: K3Book, r: EmployerRating) => ({
  ...r,
  asOf: book.model.asOf,
  factors: [...r.factors],
  premiumFactors: [...r.premiumFactors],
  recommendations: [...r.recommendations],
  history: [...r.history],
  worksheet: worksheetBody(r),
});

export const k3Routes =
  (options: K3RouteOptions): FastifyPluginAsyncTypebox =>
  async (app) => {
    const loaded = (): K3Book => {
      const book = options.book();
      if (!book) throw apiError('K3_BOOK_UNAVAILABLE');
      return book;
    };
    await app.register(k3ExportRoutes(options));

    app.get(
      '/k3/employers/:employerId',
      {
        config: roles('underwriter'),
        schema: {
          tags: ['k3'],
          summary: "An employer's K3 risk, experience mod and JKK group recommendation",
          params: EmployerParams,
          response: { 200: EmployerRatingResponse, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
        },
      },
      async (request) => {
        const book = loaded();
        const history = book.history(request.params.employerId);
        if (!history || history.length === 0) throw apiError('EMPLOYER_NOT_FOUND');
        return response(book, rateEmployer(book.model, ratingInputOf(history, book.claims(request.params.employerId))));
      },
    );

    app.get(
      '/k3/employers/:employerId/worksheet',
      {
        config: roles('underwriter'),
        schema: {
          tags: ['k3'],
          summary: "An employer's experience-rating worksheet: years, claims (pseudonymous), primary/excess, ballast, mod",
          params: EmployerParams,
          response: { 200: Worksheet, ...protectedErrors(), 404: ErrorResponse, 503: ErrorResponse },
        },
      },
      async (request) => {
        const book = loaded();
        const history = book.history(request.params.employerId);
        if (!history || history.length === 0) throw apiError('EMPLOYER_NOT_FOUND');
        return worksheetBody(rateEmployer(book.model, ratingInputOf(history, book.claims(request.params.employerId))));
      },
    );

    app.post(
      '/k3/quotes',
      {
        config: roles('underwriter'),
        schema: {
          tags: ['k3'],
          summary: 'A quote for a prospective employer from its attributes alone (credibility zero)',
          body: QuoteBody,
          response: { 200: EmployerRatingResponse, ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async (request) => {
        const book = loaded();
        const q = request.body;
        const sector = SECTORS.find((s) => s.code === q.sectorCode);
        if (!sector) throw apiError('UNKNOWN_SECTOR');
        // The size band follows from the workforce; a band sent with it must agree, or the quote would price a different employer.
        const sizeBand = sizeBandOf(q.workers);
        if (q.sizeBand !== undefined && q.sizeBand !== sizeBand) {
          throw apiError('VALIDATION_FAILED', [
            { in: 'body', field: 'sizeBand', problem: `${q.workers} workers is size band ${sizeBand}, not ${q.sizeBand}` },
          ]);
        }
        const rating = rateEmployer(book.model, {
          attributes: {
            sectorCode: sector.code,
            statutoryGroup: sector.jkkRiskGroup,
            provinceCode: q.provinceCode,
            sizeBand,
            jkkOnTimeShare: QUOTE_ON_TIME_SHARE,
          },
          workerYears: q.workers,
          wageBill: q.workers * q.averageMonthlyWage * MONTHS,
          history: [],
        });
        return response(book, rating);
      },
    );

    app.get(
      '/k3/portfolio',
      {
        config: roles('underwriter'),
        schema: {
          tags: ['k3'],
          summary: 'The rated K3 portfolio: exposure, expected cases, group shifts, validation',
          response: { 200: PortfolioResponse, ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async () => {
        const s = loaded().summary;
        const { validation, ...rest } = s;
        return {
          ...rest,
          groupShifts: s.groupShifts.map((g) => ({ ...g, reasons: { ...g.reasons } })),
          credibility: { ...s.credibility, betweenVarianceInterval: [...s.credibility.betweenVarianceInterval] },
          actualExpected: { sector: [...s.actualExpected.sector], size: [...s.actualExpected.size], region: [...s.actualExpected.region] },
          ...(validation ? { validation: validation.map((v) => ({ ...v })) } : {}),
        };
      },
    );
  };
