/**
 * The shape and allowed values of every field of every resource. Both tables are generated
 * from data/datapackage.json (contract.generated.ts, `npm run gen:contract`); the compiler
 * checks them here against the generated row types (every key, every shape, every value), and
 * the reader checks them against the datapackage.json it reads, so the typed rows it hands out
 * are what the types promise.
 *
 * A shape is the value's kind (`text`, `number`, `date`, `list`), then `|missing` when the
 * field accepts reasons for an absent value, then `?` when the cell may be blank (null).
 */
import type { Missing, PartialDate, ResourceName, Rows } from "./types.ts";
import {
  ENUMS as GENERATED_ENUMS,
  FIELDS as GENERATED_FIELDS,
  VALUE_MEANINGS,
} from "./contract.generated.ts";

export { shapeOfField } from "./schema.ts";
export { CHART_RESOURCES, EDITORIAL_FIELDS, VALUE_MEANINGS } from "./contract.generated.ts";

type Core<T> = Exclude<T, null | Missing>;
type Kind<T> = [T] extends [number]
  ? "number"
  : [T] extends [PartialDate]
    ? "date"
    : [T] extends [readonly string[]]
      ? "list"
      : [T] extends [string]
        ? "text"
        : never;
export type Shape<T> =
  `${Kind<Core<T>>}${Missing extends T ? "|missing" : ""}${null extends T ? "?" : ""}`;

export type FieldShapes = {
  readonly [R in ResourceName]: { readonly [K in keyof Rows[R]]-?: Shape<Rows[R][K]> };
};

export const FIELDS = GENERATED_FIELDS satisfies FieldShapes;

type Item<T> = Core<T> extends readonly (infer I)[] ? I : Core<T>;
/** Fields whose values types.ts restricts to fixed texts (a union of string literals). */
type EnumKeys<R extends ResourceName> = {
  [K in keyof Rows[R]]-?: Item<Rows[R][K]> extends string
    ? string extends Item<Rows[R][K]>
      ? never
      : K
    : never;
}[keyof Rows[R]];
export type EnumTable = {
  readonly [R in ResourceName]: { readonly [K in EnumKeys<R>]: readonly Item<Rows[R][K]>[] };
};
type Listed<T, R extends ResourceName, K> = K extends keyof T[R & keyof T]
  ? T[R & keyof T][K] extends readonly (infer V)[]
    ? V
    : never
  : never;
type Unlisted<T> = {
  [R in ResourceName]: {
    [K in EnumKeys<R>]: Exclude<Item<Rows[R][K]>, Listed<T, R, K>>;
  }[EnumKeys<R>];
}[ResourceName];

/**
 * The allowed values of every fixed-choice field (for a list, of each item). `satisfies` checks
 * every field and value against the row types; `EnumsComplete` below fails to compile when a
 * value the types allow is missing here; the reader checks this table against each field's
 * `enum` in the datapackage.json it reads.
 */
export const ENUMS = GENERATED_ENUMS satisfies EnumTable;

type Assert<T extends true> = T;
/** Compiles only when ENUMS lists every value types.ts allows (else: a value is unlisted). */
export type EnumsComplete = Assert<[Unlisted<typeof ENUMS>] extends [never] ? true : false>;

/** Names of the resources the site reads, in the order of types.ts. */
export const RESOURCE_NAMES = Object.keys(FIELDS) as ResourceName[];

/** What the values of the totals' `measure` mean to the charts (`x-values`). */
export const MEASURE_MEANINGS = VALUE_MEANINGS.totals.measure;
