// Parsers for numeric command-line options, for commander's `option(flags, description,
// parser, default)`: a value that makes no sense (0 members, a share above 1, "many") is
// refused before any work starts, with commander's message naming the option and value.
import { InvalidArgumentError } from 'commander';

type Parser = (value: string) => number;

function numberOf(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : undefined;
}

const parser =
  (accepts: (n: number) => boolean, expected: string): Parser =>
  (value) => {
    const n = numberOf(value);
    if (n === undefined || !accepts(n)) throw new InvalidArgumentError(`Expected ${expected}.`);
    return n;
  };

/** A whole number of at least 1 (members, months, threads, concurrency). */
export const positiveInteger: Parser = parser((n) => Number.isSafeInteger(n) && n >= 1, 'a whole number of at least 1');
/** A whole number of at least 0 (a seed). */
export const nonNegativeInteger: Parser = parser((n) => Number.isSafeInteger(n) && n >= 0, 'a whole number of at least 0');
/** A number above 0 (a rate per member-year). */
export const positiveNumber: Parser = parser((n) => n > 0, 'a number above 0');
/** A share from 0 to 1 inclusive (a defect or fraud rate). */
export const share: Parser = parser((n) => n >= 0 && n <= 1, 'a share from 0 to 1');
