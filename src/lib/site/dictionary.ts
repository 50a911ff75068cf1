/**
 * A dataset's data dictionary, generated from its Table Schema fields in datapackage.json:
 * what each column holds, its type, allowed values and the reasons a value may be missing. In
 * another language the titles, descriptions and reasons come from that language's dictionary
 * (LOCALE_CONFIG[locale].data, src/lib/i18n/messages/<code>.ts) and the words around them from
 * its strings; English reads datapackage.json itself.
 */
import { LOCALE_CONFIG, translator, type Locale, type Translate } from "../i18n/index.ts";
import type { MessageKey } from "../i18n/messages/en.ts";
import { formatNumber } from "../format.ts";

/** The parts of a Table Schema field descriptor the dictionary reads. */
export interface SchemaField {
  name: string;
  title?: string | undefined;
  description?: string | undefined;
  type?: string | undefined;
  format?: string | undefined;
  delimiter?: string | undefined;
  "x-partialDate"?: boolean | undefined;
  /** What each allowed value means to the charts (see docs/data-model.md). */
  "x-values"?:
    | Readonly<Record<string, { side?: string | null; unit?: string; claim?: boolean } | undefined>>
    | undefined;
  constraints?:
    | {
        required?: boolean | undefined;
        unique?: boolean | undefined;
        enum?: readonly unknown[] | undefined;
        minimum?: number | undefined;
        maximum?: number | undefined;
        pattern?: string | undefined;
      }
    | undefined;
  /** Frictionless v2: plain strings, or `{ value, label }` objects with the reason explained. */
  missingValues?: readonly (string | { value: string; label?: string | undefined })[] | undefined;
}

export interface MissingReasonRow {
  /** The reason as written in the CSV ("not disclosed"). */
  value: string;
  /** How it reads in the page's language ("не розголошено"); the value itself in English. */
  label: string;
  /** What the reason means: the schema's label, else the house definition. */
  meaning: string;
}

export interface DictionaryRow {
  name: string;
  title: string | null;
  type: string;
  meaning: string;
  required: boolean;
  /** Allowed values (enum), or null when any value of the type is allowed. */
  allowed: string[] | null;
  /** What an allowed value means to the charts (from `x-values`), by value. */
  valueNotes: Readonly<Record<string, string>>;
  /** Other rules in words: range, pattern, key. */
  rules: string[];
  /** Reasons that may stand instead of a value. */
  missing: MissingReasonRow[];
  /** The dataset and column this field points to (a foreign key), if any. */
  references: { resource: string; field: string } | null;
}

/** A Table Schema foreign key, as declared in datapackage.json. */
export interface SchemaForeignKey {
  fields: string | readonly string[];
  reference: { resource: string; fields: string | readonly string[] };
}

function first(value: string | readonly string[]): string {
  return typeof value === "string" ? value : (value[0] ?? "");
}

/** The foreign keys of the resource `name` in a parsed datapackage.json (none if unreadable). */
export function foreignKeysOf(descriptor: unknown, name: string): SchemaForeignKey[] {
  if (typeof descriptor !== "object" || descriptor === null) return [];
  const resources = (descriptor as { resources?: unknown }).resources;
  if (!Array.isArray(resources)) return [];
  const resource = resources.find((r: { name?: unknown }) => r?.name === name) as
    { schema?: { foreignKeys?: unknown } } | undefined;
  const keys = resource?.schema?.foreignKeys;
  return Array.isArray(keys) ? (keys as SchemaForeignKey[]) : [];
}

/** What each missing-value reason means (docs/data-model.md). */
export const MISSING_MEANINGS: Readonly<Record<string, string>> = {
  "not disclosed": "the figure exists but the authorities withheld it",
  "not reported": "no source we found states it",
  "not applicable": "the field does not apply to this row",
  "not stated": "the source document does not say",
};

const SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function typeLabel(field: SchemaField, t: Translate): string {
  switch (field.type) {
    case "integer":
      return t("dictionary.type.integer");
    case "number":
      return t("dictionary.type.number");
    case "list":
      return t("dictionary.type.list", { delimiter: field.delimiter ?? ";" });
    case "date":
      return t("dictionary.type.date");
    case "string":
    case undefined:
      if (field["x-partialDate"]) return t("dictionary.type.partialDate");
      if (field.format === "uri") return t("dictionary.type.uri");
      return t("dictionary.type.text");
    default:
      return field.type;
  }
}

const SIDE_KEYS = {
  ukraine: "dictionary.side.ukraine",
  russia: "dictionary.side.russia",
} as const satisfies Readonly<Record<string, MessageKey>>;
const UNIT_KEYS = {
  people: "dictionary.unit.people",
  exchanges: "dictionary.unit.exchanges",
} as const satisfies Readonly<Record<string, MessageKey>>;

const keyOf = <K extends string>(keys: Readonly<Record<K, MessageKey>>, value: string) =>
  Object.hasOwn(keys, value) ? keys[value as K] : undefined;

/** "Ukraine's side; counts people; a claim, never joined with another body's figures". */
function valueNotes(field: SchemaField, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [value, m] of Object.entries(field["x-values"] ?? {})) {
    if (!m) continue;
    const sideKey = m.side ? keyOf(SIDE_KEYS, m.side) : undefined;
    const side = t(sideKey ?? "dictionary.side.none");
    const unitKey = keyOf(UNIT_KEYS, m.unit ?? "people");
    const parts = [side, t("dictionary.counts", { unit: unitKey ? t(unitKey) : (m.unit ?? "") })];
    if (m.claim) parts.push(t("dictionary.claim"));
    out[value] = parts.join("; ");
  }
  return out;
}

/** Which language a dictionary is written in, and the resource its fields belong to. */
export interface DictionaryOptions {
  /** The page's language (default English, which datapackage.json itself holds). */
  locale?: Locale;
  /** The resource's name, to find its fields' translations ("exchanges.kind"). */
  resource?: string;
}

/** A number in a rule, in the page's language. */
const num = (value: number, locale: Locale): string => formatNumber(value, locale);

export function dictionaryRow(
  field: SchemaField,
  primaryKey: readonly string[] = [],
  foreignKeys: readonly SchemaForeignKey[] = [],
  { locale = "en", resource }: DictionaryOptions = {},
): DictionaryRow {
  const t = translator(locale);
  const data = LOCALE_CONFIG[locale].data;
  const key = `${resource ?? ""}.${field.name}`;
  const words = data && resource !== undefined ? data.fields[key] : undefined;
  const c = field.constraints ?? {};
  const reference = foreignKeys.find((k) => first(k.fields) === field.name);
  const rules: string[] = [];
  if (primaryKey.includes(field.name)) rules.push(t("dictionary.rule.key"));
  else if (c.unique) rules.push(t("dictionary.rule.unique"));
  if (c.minimum !== undefined && c.maximum !== undefined)
    rules.push(
      t("dictionary.rule.range", { min: num(c.minimum, locale), max: num(c.maximum, locale) }),
    );
  else if (c.minimum !== undefined)
    rules.push(t("dictionary.rule.min", { min: num(c.minimum, locale) }));
  else if (c.maximum !== undefined)
    rules.push(t("dictionary.rule.max", { max: num(c.maximum, locale) }));
  if (c.pattern && !field["x-partialDate"])
    rules.push(
      c.pattern === SLUG
        ? t("dictionary.rule.slug")
        : t("dictionary.rule.pattern", { pattern: c.pattern }),
    );
  const meaningOf = (v: { value: string; label?: string | undefined }): string => {
    if (data) {
      return (
        data.fieldMeanings[`${key}:${v.value}`] ??
        data.missing[v.value]?.meaning ??
        t("dictionary.seeMethodology")
      );
    }
    return v.label?.trim() || sentence(MISSING_MEANINGS[v.value] ?? "see the methodology");
  };
  return {
    name: field.name,
    title: words?.title ?? field.title ?? null,
    type: typeLabel(field, t),
    meaning: words?.description ?? field.description ?? "",
    required: c.required === true,
    allowed: c.enum ? c.enum.map(String) : null,
    valueNotes: valueNotes(field, t),
    rules,
    missing: (field.missingValues ?? [])
      .map((v) => (typeof v === "string" ? { value: v } : v))
      .filter((v) => v.value !== "")
      .map((v) => ({
        value: v.value,
        label: data?.missing[v.value]?.label ?? v.value,
        meaning: meaningOf(v),
      })),
    references: reference
      ? { resource: reference.reference.resource, field: first(reference.reference.fields) }
      : null,
  };
}

export function dataDictionary(
  fields: readonly SchemaField[],
  primaryKey: readonly string[] = [],
  foreignKeys: readonly SchemaForeignKey[] = [],
  options: DictionaryOptions = {},
): DictionaryRow[] {
  return fields.map((field) => dictionaryRow(field, primaryKey, foreignKeys, options));
}
