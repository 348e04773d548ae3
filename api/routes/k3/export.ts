// K3 exports for underwriters who work in spreadsheets: the rated book (one row per
// employer) and the rate tables (statutory JKK groups with their risk-rate bands, the
// tariff's relativities) as CSV or Parquet, from the loaded book. Registered by k3Routes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { tableFileBytes, type TableFileFormat } from '../../../models/data/table-file.js';
import { k3ExportTable, type K3ExportTable } from '../../../models/k3/export.js';
import type { K3Book } from '../../../models/k3/index.js';
import { roles } from '../../auth/access.js';
import { apiError } from '../../errors/catalog.js';
import { ErrorResponse, protectedErrors } from '../../http/schemas.js';

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', parquet: 'application/vnd.apache.parquet' } as const;

const ExportParams = Type.Object({
  table: Type.Union([Type.Literal('book'), Type.Literal('rates'), Type.Literal('factors')] satisfies { const: K3ExportTable }[], {
    description:
      'book: one rating row per employer; rates: statutory JKK groups, rates and risk-rate bands of both rate tables; factors: the a-priori relativities.',
  }),
});
const ExportQuery = Type.Object({
  format: Type.Union([Type.Literal('csv'), Type.Literal('parquet')] satisfies { const: TableFileFormat }[], {
    description: 'csv (with a header row) or parquet.',
  }),
});

export const k3ExportRoutes =
  (options: { readonly book: () => K3Book | undefined }): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/k3/export/:table',
      {
        config: roles('underwriter'),
        schema: {
          tags: ['k3'],
          summary: 'The K3 book or its rate tables as CSV or Parquet',
          params: ExportParams,
          querystring: ExportQuery,
          response: { 200: Type.Unknown({ description: 'The file bytes.' }), ...protectedErrors(), 503: ErrorResponse },
        },
      },
      async (request, reply) => {
        const book = options.book();
        if (!book) throw apiError('K3_BOOK_UNAVAILABLE');
        const { table } = request.params;
        const { format } = request.query;
        const bytes = await tableFileBytes(k3ExportTable(book, table), format);
        return reply
          .header('content-type', CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="k3-${table}-${book.model.asOf}.${format}"`)
          .send(bytes);
      },
    );
  };
