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
    figure: "number|missing",
    figure_kind: "text",
    denominator: "number|missing",
    percent: "number|missing",
    summary: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
} as const satisfies FieldShapes;

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

const QUALIFIERS = ["exact", "at least", "more than", "about", "up to"] as const;

/**
 * The allowed values of every fixed-choice field, exactly as types.ts spells them (for a list,
 * of each item). `satisfies` checks every field and value against types.ts; `EnumsComplete`
 * below fails to compile when a value of types.ts is missing here; the reader checks this
 * table against each field's `enum` in datapackage.json.
 */
export const ENUMS = {
  sources: {
    language: ["en", "uk", "ru", "pl", "de", "fr", "tr", "ja"],
    kind: [
      "news report",
      "official statement",
      "UN report",
      "NGO report",
      "treaty text",
      "prosecutor or court",
      "aggregator or mirror",
      "state media",
      "podcast or broadcast",
    ],
  },
  exchanges: {
    kind: ["exchange", "stage", "aborted", "bodies"],
    returned_to_ukraine_qualifier: QUALIFIERS,
    returned_to_russia_qualifier: QUALIFIERS,
    mediator: ["UAE", "Türkiye", "Saudi Arabia", "US", "Vatican", "Qatar"],
  },
  exchange_claims: {
    direction: ["to ukraine", "to russia"],
    claimant: ["Ukraine", "Russia", "Türkiye", "UAE", "media"],
    qualifier: QUALIFIERS,
  },
  totals: {
    measure: [
      "returned to Ukraine, military only",
      "returned to Ukraine, military and civilians",
      "returned to Ukraine, including releases outside exchanges",
      "returned to Ukraine in the year",
      "returned to Ukraine in the stages of one exchange",
      "exchanges held",
      "exchanged through UAE mediation",
      "Ukrainians held by Russia",
      "Ukrainian military held by Russia",
      "Ukrainian civilians held by Russia",
      "Russians held by Ukraine",
    ],
    qualifier: QUALIFIERS,
  },
  communication: {
    regime: ["Geneva Convention III", "Ukraine (detaining)", "Russia (detaining)"],
    prisoners: ["any POW", "Russian POWs held by Ukraine", "Ukrainian POWs held by Russia"],
    channel: ["phone call", "letter", "capture card", "parcel", "ICRC visit", "repatriation"],
    status: ["required", "allowed", "restricted", "banned", "none in practice", "not reported"],
  },
  abuses: {
    reporting_body: [
      "OHCHR",
      "Prosecutor General of Ukraine",
      "Ukrainian Parliament Commissioner for Human Rights",
      "Coordination Headquarters",
      "Human Rights Watch",
      "Security Service of Ukraine",
      "media",
    ],
    verification: [
      "UN verified",
      "UN recorded allegation",
      "official national count",
      "NGO investigation",
      "media report",
      "testimony",
    ],
    victims: [
      "Ukrainian POWs",
      "Russian POWs",
      "Ukrainian POWs' relatives",
      "Russian POWs returned in exchanges",
      "surrendering soldiers",
    ],
    perpetrator: ["Russia", "Ukraine"],
    measure: [
      "executions",
      "torture or ill-treatment reported",
      "deaths in captivity",
      "pressure on relatives",
      "prosecution for surrender",
      "return to the front",
      "interviews",
    ],
    figure_kind: [...QUALIFIERS, "share"],
  },
} as const satisfies EnumTable;

type Assert<T extends true> = T;
/** Compiles only when ENUMS lists every value types.ts allows (else: a value is unlisted). */
export type EnumsComplete = Assert<[Unlisted<typeof ENUMS>] extends [never] ? true : false>;

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
