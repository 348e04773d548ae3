// Schemas shared by many routes: the error body of the catalog and the response sets
// each kind of route documents.
import { Type, type TSchema } from '@sinclair/typebox';

export const ErrorResponse = Type.Object(
  {
    code: Type.String({ description: 'Stable code from the error catalog, e.g. VALIDATION_FAILED.' }),
    message: Type.String(),
    requestId: Type.String({ description: 'Quote it when reporting a problem.' }),
    details: Type.Optional(
      Type.Union([
        Type.Array(Type.Object({ in: Type.String(), field: Type.String(), problem: Type.String() })),
        Type.Record(Type.String(), Type.String()),
      ]),
    ),
  },
  { title: 'Error' },
);

/** Error responses every authenticated route can give, for the OpenAPI document. */
export function protectedErrors(): Record<number, TSchema> {
  return { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 429: ErrorResponse, 500: ErrorResponse };
}
