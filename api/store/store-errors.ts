// What can go wrong with the ops store, as types: callers decide by the type what to do
// (the API answers 503 with retry-after or 400 naming the field), never by the message.

/**
 * The store could not be reached or did not answer in time (PostgreSQL down, a network
 * that swallows packets, a server refusing connections). Transient: the same call may
 * succeed once the store is back; the pool reconnects by itself.
 */
export class StoreUnavailableError extends Error {
  constructor(
    /** Which store, for logs. */
    readonly store: 'postgres' | 'duckdb',
    /** 'unreachable': no connection; 'timeout': no answer in time; 'refused': the server turned the session away. */
    readonly reason: 'unreachable' | 'timeout' | 'refused',
    options?: { cause?: unknown },
  ) {
    super(`ops store (${store}) unavailable: ${reason}`, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * A value the store cannot hold or a request it does not serve (a NUL character in text,
 * an amount beyond its bounds, more rows than a list returns). Permanent: the caller's
 * input is wrong, retrying changes nothing.
 */
export class StoreValueError extends Error {
  constructor(
    /** The record field (as named in records.ts), e.g. `note`, `amountRecovered`, `limit`. */
    readonly field: string,
    /** What is wrong, safe to show the caller. */
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'StoreValueError';
  }
}
