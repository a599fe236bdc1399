import type { z } from 'zod';

type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Identical types (not merely assignable): same fields, same optionality, same value types. */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * Ties a schema to the core record it describes, at compile time: `describes<AnswerReport>()(schema)`
 * compiles only when the schema's output is exactly the record, readonly modifiers aside (zod's
 * output is mutable, the core's records are readonly). A field added, removed, made optional or
 * retyped on either side fails `tsc`, so no drift test is needed. The first check names the field
 * when the schema gives something the record does not take; the second catches the rest.
 */
export const describes =
  <Record>() =>
  <S extends z.ZodType<Record>>(
    schema: S,
    ..._sameAsRecord: Same<DeepReadonly<z.output<S>>, DeepReadonly<Record>> extends true
      ? []
      : [error: 'the schema and the core record differ (a field or value missing on one side)']
  ): S =>
    schema;
