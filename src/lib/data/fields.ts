/**
 * The shape of every field of every resource, as types.ts declares it. The compiler checks
 * this table against types.ts (every key, every shape); the reader checks it against
 * datapackage.json, so the typed rows it hands out are what the types promise.
 *
 * A shape is the value's kind (`text`, `number`, `date`, `list`), then `|missing` when the
 * field accepts reasons for an absent value, then `?` when the cell may be blank (null).
 */
import type { Missing, PartialDate, ResourceName, Rows } from "./types.ts";
import type { FieldSpec } from "./schema.ts";

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

export const FIELDS = {
  sources: {
    id: "text",
    title: "text",
    title_note: "text?",
    outlet: "text",
    original_outlet: "text|missing",
    author: "text|missing",
    published: "date|missing",
    published_note: "text?",
    url: "text|missing",
    language: "text",
    kind: "text",
    seed_file: "text?",
    summary: "text",
  },
  exchanges: {
    id: "text",
    date: "date",
    date_note: "text?",
    kind: "text",
    exchange_number: "number|missing",
    returned_to_ukraine: "number|missing",
    returned_to_ukraine_qualifier: "text",
    ukraine_military: "number|missing",
    ukraine_civilians: "number|missing",
    returned_to_russia: "number|missing",
    returned_to_russia_qualifier: "text",
    russia_military: "number|missing",
    russia_civilians: "number|missing",
    mediator: "list|missing",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  exchange_claims: {
    id: "text",
    exchange_id: "text",
    direction: "text",
    claimant: "text",
    figure: "number",
    qualifier: "text",
    source_id: "text",
    notes: "text?",
  },
  totals: {
    id: "text",
    as_of: "date",
    measure: "text",
    figure: "number",
    qualifier: "text",
    stated_by: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  communication: {
    id: "text",
    regime: "text",
    prisoners: "text",
    channel: "text",
    status: "text",
    limit: "text|missing",
    start: "date|missing",
    end: "date|missing",
    legal_basis: "text|missing",
    summary: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  abuses: {
    id: "text",
    report_date: "date|missing",
    period_start: "date|missing",
    period_end: "date|missing",
    reporting_body: "text",
    verification: "text",
    victims: "text",
    perpetrator: "text",
    measure: "text",
    figure: "number",
    figure_kind: "text",
    denominator: "number|missing",
    percent: "number|missing",
    summary: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
} as const satisfies FieldShapes;

/** Names of the resources the site reads, in the order of types.ts. */
export const RESOURCE_NAMES = Object.keys(FIELDS) as ResourceName[];

/** The shape a schema field produces when read (compare with `FIELDS`). */
export function shapeOfField(field: FieldSpec): string {
  const kind =
    field.type === "integer" || field.type === "number"
      ? "number"
      : field.type === "list"
        ? "list"
        : field.type === "date" || field.partialDate
          ? "date"
          : "text";
  return `${kind}${field.reasons.length > 0 ? "|missing" : ""}${field.required ? "" : "?"}`;
}
