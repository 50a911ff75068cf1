/**
 * The data dictionary in another language. English lives in data/datapackage.json itself (the
 * one source of the contract); each other language gives, for every resource, field, allowed
 * value and missing-value reason there, its title and description in that language. The cells
 * of free text (summaries, notes, titles of sources) stay in the language they were written in.
 * A field, value or reason added to datapackage.json without its translation yet is a gap,
 * not an error: pages show its English words until a translator adds them, and
 * `npm run check:data` lists every gap by language (dictionaryGaps). An entry for something
 * datapackage.json no longer has (renamed or misspelt) fails tests/unit/i18n/data.test.ts.
 */
export interface DataTranslation {
  /** Keyed by resource name: its title and one-sentence description. */
  resources: Readonly<Record<string, { title: string; description: string }>>;
  /** Keyed by "resource.field": the column's title and what it holds. */
  fields: Readonly<Record<string, { title: string; description: string }>>;
  /** Keyed by the allowed value as written in the CSV (the same word in every column). */
  values: Readonly<Record<string, string>>;
  /**
   * Keyed by the missing-value reason as written in the CSV ("not stated"): how it reads and what
   * it means. `fieldMeanings` overrides the meaning for one column, keyed "resource.field:reason"
   * ("abuses.figure:not stated").
   */
  missing: Readonly<Record<string, { label: string; meaning: string }>>;
  fieldMeanings: Readonly<Record<string, string>>;
}

/** The parts of data/datapackage.json a translation of the dictionary must cover. */
export interface PackageDescriptor {
  resources: readonly {
    name: string;
    schema: {
      fields: readonly {
        name: string;
        constraints?: { enum?: readonly unknown[] | undefined } | undefined;
        missingValues?:
          readonly (string | { value: string; label?: string | undefined })[] | undefined;
      }[];
    };
  }[];
}

/**
 * The English meaning of each missing-value reason that most fields share; a field that gives
 * its own meaning for a reason needs its own translation in `fieldMeanings`.
 */
function sharedMeanings(pkg: PackageDescriptor): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const resource of pkg.resources) {
    for (const field of resource.schema.fields) {
      for (const m of field.missingValues ?? []) {
        if (typeof m === "string" || m.label === undefined) continue;
        const byLabel = counts.get(m.value) ?? new Map<string, number>();
        byLabel.set(m.label, (byLabel.get(m.label) ?? 0) + 1);
        counts.set(m.value, byLabel);
      }
    }
  }
  const shared = new Map<string, string>();
  for (const [value, byLabel] of counts) {
    const [label] = [...byLabel].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (label !== undefined) shared.set(value, label);
  }
  return shared;
}

/**
 * What a language's dictionary lacks (`missing`: one line per resource, field, allowed value or
 * missing-value reason of data/datapackage.json it has no words for, with what to add) and what
 * it has in excess (`stale`: entries for fields datapackage.json does not have).
 */
export function dictionaryGaps(
  pkg: PackageDescriptor,
  translation: DataTranslation,
): { missing: string[]; stale: string[] } {
  const missing: string[] = [];
  const stale: string[] = [];
  const fieldKeys = new Set<string>();
  const shared = sharedMeanings(pkg);
  const need = (ok: boolean, problem: string) => {
    if (!ok) missing.push(problem);
  };
  for (const resource of pkg.resources) {
    need(
      Object.hasOwn(translation.resources, resource.name),
      `resources: add "${resource.name}" (its title and description)`,
    );
    for (const field of resource.schema.fields) {
      const key = `${resource.name}.${field.name}`;
      fieldKeys.add(key);
      need(
        Object.hasOwn(translation.fields, key),
        `fields: add "${key}" (its title and description)`,
      );
      for (const value of field.constraints?.enum ?? []) {
        need(
          Object.hasOwn(translation.values, String(value)),
          `values: add "${String(value)}" (an allowed value of ${key})`,
        );
      }
      for (const m of field.missingValues ?? []) {
        const value = typeof m === "string" ? m : m.value;
        need(
          Object.hasOwn(translation.missing, value),
          `missing: add "${value}" (a reason ${key} may give instead of a value)`,
        );
        if (typeof m !== "string" && m.label !== undefined && m.label !== shared.get(value)) {
          need(
            Object.hasOwn(translation.fieldMeanings, `${key}:${value}`),
            `fieldMeanings: add "${key}:${value}" (${key} explains "${value}" its own way: "${m.label}")`,
          );
        }
      }
    }
  }
  for (const key of Object.keys(translation.fields)) {
    if (!fieldKeys.has(key))
      stale.push(`fields: "${key}" is not a field of datapackage.json (renamed or misspelt?)`);
  }
  return { missing, stale };
}

/**
 * The allowed values of datapackage.json a language has no words for yet: its pages and charts
 * show them in English until a translator adds them (listed by `npm run check:data`).
 */
export function untranslatedValues(
  pkg: PackageDescriptor,
  translation: DataTranslation,
): Set<string> {
  const values = pkg.resources.flatMap((r) =>
    r.schema.fields.flatMap((f) => (f.constraints?.enum ?? []).map(String)),
  );
  return new Set(values.filter((v) => !Object.hasOwn(translation.values, v)));
}

/** Every gap and excess of a language's dictionary, missing entries first. */
export function dataProblems(pkg: PackageDescriptor, translation: DataTranslation): string[] {
  const { missing, stale } = dictionaryGaps(pkg, translation);
  return [...missing, ...stale];
}
