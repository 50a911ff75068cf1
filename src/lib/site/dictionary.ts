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
  missingValues?: readonly string[] | undefined;
}

export interface DictionaryRow {
  name: string;
  title: string | null;
  type: string;
  meaning: string;
  required: boolean;
  /** Allowed values (enum), or null when any value of the type is allowed. */
  allowed: string[] | null;
  /** Other rules in words: range, pattern, key. */
  rules: string[];
  /** Reasons that may stand instead of a value. */
  missing: string[];
}

/** What each missing-value reason means (docs/data-model.md). */
export const MISSING_MEANINGS: Readonly<Record<string, string>> = {
  "not disclosed": "the figure exists but the authorities withheld it",
  "not reported": "no source we found states it",
  "not applicable": "the field does not apply to this row",
  "not stated": "the source document does not say",
};

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

export function dictionaryRow(
  field: SchemaField,
  primaryKey: readonly string[] = [],
): DictionaryRow {
  const c = field.constraints ?? {};
  const rules: string[] = [];
  if (primaryKey.includes(field.name)) rules.push("unique identifier of the row");
  else if (c.unique) rules.push("unique in the file");
  if (c.minimum !== undefined && c.maximum !== undefined)
    rules.push(`from ${c.minimum} to ${c.maximum}`);
  else if (c.minimum !== undefined) rules.push(`${c.minimum} or more`);
  else if (c.maximum !== undefined) rules.push(`${c.maximum} or less`);
  if (c.pattern) rules.push(`pattern ${c.pattern}`);
  return {
    name: field.name,
    title: field.title ?? null,
    type: typeLabel(field),
    meaning: field.description ?? "",
    required: c.required === true,
    allowed: c.enum ? c.enum.map(String) : null,
    rules,
    missing: (field.missingValues ?? []).filter((v) => v !== ""),
  };
}

export function dataDictionary(
  fields: readonly SchemaField[],
  primaryKey: readonly string[] = [],
): DictionaryRow[] {
  return fields.map((field) => dictionaryRow(field, primaryKey));
}
