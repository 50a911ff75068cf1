/**
 * A dataset's data dictionary, generated from its Table Schema fields in datapackage.json:
 * what each column holds, its type, allowed values and the reasons a value may be missing.
 */

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
  value: string;
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

function patternWords(pattern: string): string {
  return pattern === SLUG
    ? "lowercase letters and digits, joined by hyphens (e.g. ap-2024-05-27)"
    : `must match the pattern ${pattern}`;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function typeLabel(field: SchemaField): string {
  const delimiter = field.delimiter ?? ";";
  switch (field.type) {
    case "integer":
      return "whole number";
    case "number":
      return "number";
    case "list":
      return `list (items separated by "${delimiter}")`;
    case "date":
      return "date (YYYY-MM-DD)";
    case "string":
    case undefined:
      if (field["x-partialDate"]) return "date (year, year-month or full date)";
      if (field.format === "uri") return "web address";
      return "text";
    default:
      return field.type;
  }
}

const SIDE_WORDS: Readonly<Record<string, string>> = {
  ukraine: "Ukraine's side",
  russia: "Russia's side",
};

/** "Ukraine's side; counts people; a claim, never joined with another body's figures". */
function valueNotes(field: SchemaField): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [value, m] of Object.entries(field["x-values"] ?? {})) {
    if (!m) continue;
    const side = (m.side && SIDE_WORDS[m.side]) ?? "both sides or neither";
    const parts = [side, `counts ${m.unit ?? "people"}`];
    if (m.claim) parts.push("a claim, never joined with another body's figures");
    out[value] = parts.join("; ");
  }
  return out;
}

export function dictionaryRow(
  field: SchemaField,
  primaryKey: readonly string[] = [],
  foreignKeys: readonly SchemaForeignKey[] = [],
): DictionaryRow {
  const c = field.constraints ?? {};
  const reference = foreignKeys.find((k) => first(k.fields) === field.name);
  const rules: string[] = [];
  if (primaryKey.includes(field.name)) rules.push("unique identifier of the row");
  else if (c.unique) rules.push("unique in the file");
  if (c.minimum !== undefined && c.maximum !== undefined)
    rules.push(`from ${c.minimum} to ${c.maximum}`);
  else if (c.minimum !== undefined) rules.push(`${c.minimum} or more`);
  else if (c.maximum !== undefined) rules.push(`${c.maximum} or less`);
  if (c.pattern && !field["x-partialDate"]) rules.push(patternWords(c.pattern));
  return {
    name: field.name,
    title: field.title ?? null,
    type: typeLabel(field),
    meaning: field.description ?? "",
    required: c.required === true,
    allowed: c.enum ? c.enum.map(String) : null,
    valueNotes: valueNotes(field),
    rules,
    missing: (field.missingValues ?? [])
      .map((v) => (typeof v === "string" ? { value: v } : v))
      .filter((v) => v.value !== "")
      .map((v) => ({
        value: v.value,
        meaning: v.label?.trim() || sentence(MISSING_MEANINGS[v.value] ?? "see the methodology"),
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
): DictionaryRow[] {
  return fields.map((field) => dictionaryRow(field, primaryKey, foreignKeys));
}
