/**
 * datapackage.json -> the specs the validator works from (Frictionless Data Package v2 with
 * an inline Table Schema per resource; see docs/data-model.md for the project's conventions).
 * Every problem with the descriptor itself becomes an issue located in datapackage.json.
 */
import type { Issue } from "./errors.ts";
import { isIsoDay } from "./values.ts";
import { effectiveRules, readRules, ruleFields, type CrossFieldRule } from "./rules.ts";

export type FieldType = "string" | "integer" | "number" | "list" | "date";

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** Type of each item of a list (only `string` is supported). */
  itemType: "string";
  /** Separator between list items. */
  delimiter: string;
  /** `"x-partialDate": true`: `2024`, `2024-05` or `2024-05-27`. */
  partialDate: boolean;
  /** Table Schema `format`, e.g. `uri`; null when absent or `default`. */
  format: string | null;
  required: boolean;
  /** Allowed values (for a list: allowed items). */
  enum: readonly string[] | null;
  minimum: number | null;
  maximum: number | null;
  pattern: RegExp | null;
  /** The pattern as declared, for messages. */
  patternText: string | null;
  /** Reasons a value may be absent (the field's `missingValues` other than the empty string). */
  reasons: readonly string[];
  /** The field as declared, for `LoadedPackage`. */
  descriptor: Readonly<Record<string, unknown>>;
}

export interface ForeignKeySpec {
  fields: string[];
  /** Target resource name (the resource itself when the descriptor leaves it empty). */
  resource: string;
  targetFields: string[];
}

export interface ResourceSpec {
  name: string;
  /** Path of the CSV relative to the package directory. */
  path: string;
  title: string;
  description: string;
  fields: FieldSpec[];
  primaryKey: string[];
  foreignKeys: ForeignKeySpec[];
}

export interface PackageSpec {
  name: string;
  /** Cross-field rules: the descriptor's `x-rules` plus the built-in ones (rules.ts). */
  rules: CrossFieldRule[];
  title: string;
  version: string;
  updated: string;
  resources: ResourceSpec[];
}

type Json = Readonly<Record<string, unknown>>;

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const RESOURCE_NAME = /^[a-z0-9._-]+$/;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
  return null;
}

export function isSemver(value: string): boolean {
  return SEMVER.test(value);
}

export interface DescriptorContext {
  /** File label for issues, e.g. `data/datapackage.json`. */
  file: string;
  /** The descriptor's text, to point issues at the line that declares a name. */
  text: string;
}

/** Read a parsed descriptor into specs; issues for everything the validator cannot use. */
export function readDescriptor(
  json: unknown,
  context: DescriptorContext,
): { spec: PackageSpec | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const at = (needle: string | null, code: string, message: string): void => {
    issues.push({ file: context.file, ...locate(context.text, needle), code, message });
  };
  // A property of the package itself: its key (`"version":`), not a field that shares its name.
  const atKey = (key: string, code: string, message: string): void => {
    const offset = context.text.search(new RegExp(`"${key}"\\s*:`));
    if (offset === -1) return at(key, code, message);
    const before = context.text.slice(0, offset);
    const line = before.split("\n").length;
    issues.push({
      file: context.file,
      line,
      column: offset - before.lastIndexOf("\n"),
      code,
      message,
    });
  };
  if (!isObject(json)) {
    at(null, "invalid-descriptor", "datapackage.json must hold one JSON object ({ ... }).");
    return { spec: null, issues };
  }

  const text = (key: string, why: string): string => {
    const value = json[key];
    if (typeof value === "string" && value.trim() !== "") return value;
    const message = `datapackage.json needs "${key}" (${why}) as a non-empty text.`;
    if (value === undefined) at(null, "missing-property", message);
    else atKey(key, "missing-property", message);
    return "";
  };
  const name = text("name", "the package's short name");
  const title = text("title", "the package's title");
  const version = text("version", "its version number, e.g. 1.2.0");
  const updated = text("updated", "the date of the last change, YYYY-MM-DD");
  if (version !== "" && !isSemver(version)) {
    atKey(
      "version",
      "not-semver",
      `The version ${JSON.stringify(version)} is not a version number of the form MAJOR.MINOR.PATCH, e.g. 1.2.0.`,
    );
  }
  if (updated !== "" && !isIsoDay(updated)) {
    atKey(
      "updated",
      "invalid-date",
      `"updated" is ${JSON.stringify(updated)}; write the date of this change as YYYY-MM-DD, e.g. 2025-06-14 (a day that exists).`,
    );
  }

  const resources: ResourceSpec[] = [];
  if (!Array.isArray(json["resources"]) || json["resources"].length === 0) {
    at(
      json["resources"] === undefined ? null : "resources",
      "missing-property",
      `datapackage.json needs "resources": a list with one entry per CSV file.`,
    );
  } else {
    const seen = new Set<string>();
    json["resources"].forEach((raw: unknown, index: number) => {
      const resource = readResource(raw, index, at);
      if (!resource) return;
      if (seen.has(resource.name)) {
        at(
          resource.name,
          "invalid-schema",
          `Two resources are named "${resource.name}"; names must be unique.`,
        );
        return;
      }
      seen.add(resource.name);
      resources.push(resource);
    });
    for (const resource of resources) {
      for (const fk of resource.foreignKeys) {
        const target = resources.find((r) => r.name === fk.resource);
        if (!target) {
          at(
            resource.name,
            "invalid-schema",
            `Resource "${resource.name}" has a foreign key to "${fk.resource}", which is not a resource of this package.`,
          );
          continue;
        }
        for (const f of fk.targetFields) {
          if (!target.fields.some((t) => t.name === f)) {
            at(
              resource.name,
              "invalid-schema",
              `Resource "${resource.name}" has a foreign key to ${fk.resource}.${f}, which is not a field.`,
            );
          }
        }
      }
    }
  }
  const declared = readRules(json["x-rules"]);
  let rules: CrossFieldRule[] = [];
  if (typeof declared === "string") {
    at("x-rules", "invalid-schema", declared);
  } else {
    rules = effectiveRules(declared).filter((rule) => {
      const resource = resources.find((r) => r.name === rule.resource);
      if (!resource) return false;
      const unknown = ruleFields(rule).filter(
        (f) => !resource.fields.some((field) => field.name === f),
      );
      if (unknown.length > 0) {
        at(
          "x-rules",
          "invalid-schema",
          `A rule in "x-rules" names ${unknown.map((f) => `"${f}"`).join(", ")}, not a field of "${rule.resource}".`,
        );
        return false;
      }
      return true;
    });
  }
  // Resources that could be read are still checked, so one run reports everything it can.
  return { spec: { name, rules, title, version, updated, resources }, issues };
}

type At = (needle: string | null, code: string, message: string) => void;

function readResource(raw: unknown, index: number, at: At): ResourceSpec | null {
  if (!isObject(raw)) {
    at("resources", "invalid-schema", `Resource number ${index + 1} is not an object ({ ... }).`);
    return null;
  }
  const name = raw["name"];
  if (typeof name !== "string" || !RESOURCE_NAME.test(name)) {
    at(
      "resources",
      "invalid-schema",
      `Resource number ${index + 1} needs a "name" of lowercase letters, digits, "_", "-" or ".".`,
    );
    return null;
  }
  const path = raw["path"];
  if (
    typeof path !== "string" ||
    !/^[a-zA-Z0-9_-][a-zA-Z0-9._/-]*\.csv$/.test(path) ||
    path.split("/").includes("..")
  ) {
    at(
      name,
      "invalid-schema",
      `Resource "${name}" needs a "path": a CSV file inside the data folder, e.g. "${name}.csv".`,
    );
    return null;
  }
  const schema = raw["schema"];
  if (!isObject(schema) || !Array.isArray(schema["fields"]) || schema["fields"].length === 0) {
    at(
      name,
      "invalid-schema",
      `Resource "${name}" needs an inline "schema" with a list of "fields".`,
    );
    return null;
  }
  const schemaMissing = schema["missingValues"];
  const fields: FieldSpec[] = [];
  let bad = false;
  for (const rawField of schema["fields"] as unknown[]) {
    const field = readField(rawField, name, schemaMissing, at);
    if (!field) {
      bad = true;
      continue;
    }
    if (fields.some((f) => f.name === field.name)) {
      at(
        field.name,
        "invalid-schema",
        `Resource "${name}" declares the field "${field.name}" twice.`,
      );
      bad = true;
      continue;
    }
    fields.push(field);
  }
  const primaryKey = schema["primaryKey"] === undefined ? [] : stringList(schema["primaryKey"]);
  if (!primaryKey || primaryKey.some((k) => !fields.some((f) => f.name === k))) {
    at(
      name,
      "invalid-schema",
      `Resource "${name}": "primaryKey" must name fields of the resource.`,
    );
    bad = true;
  }
  const foreignKeys: ForeignKeySpec[] = [];
  const rawKeys = schema["foreignKeys"] ?? [];
  if (!Array.isArray(rawKeys)) {
    at(name, "invalid-schema", `Resource "${name}": "foreignKeys" must be a list.`);
    bad = true;
  } else {
    for (const rawKey of rawKeys as unknown[]) {
      const reference = isObject(rawKey) ? rawKey["reference"] : undefined;
      const keyFields = isObject(rawKey) ? stringList(rawKey["fields"]) : null;
      const targetFields = isObject(reference) ? stringList(reference["fields"]) : null;
      const target = isObject(reference) ? (reference["resource"] ?? "") : null;
      if (
        !keyFields ||
        !targetFields ||
        typeof target !== "string" ||
        keyFields.length !== targetFields.length ||
        keyFields.some((k) => !fields.some((f) => f.name === k))
      ) {
        at(
          name,
          "invalid-schema",
          `Resource "${name}" has a foreign key that is not of the form {"fields": [...], "reference": {"resource": "...", "fields": [...]}} naming its own fields.`,
        );
        bad = true;
        continue;
      }
      foreignKeys.push({
        fields: keyFields,
        resource: target === "" ? name : target,
        targetFields,
      });
    }
  }
  if (bad) return null;
  return {
    name,
    path,
    title: typeof raw["title"] === "string" ? raw["title"] : name,
    description: typeof raw["description"] === "string" ? raw["description"] : "",
    fields,
    primaryKey: primaryKey ?? [],
    foreignKeys,
  };
}

/**
 * The shape a schema field produces when read: the value's kind (`text`, `number`, `date`,
 * `list`), then `|missing` when it accepts reasons for an absent value, then `?` when the cell
 * may be blank (null). FIELDS in fields.ts holds the shapes the code expects.
 */
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

const TYPES: readonly FieldType[] = ["string", "integer", "number", "list", "date"];

function readMissingValues(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item === "string") out.push(item);
    else if (isObject(item) && typeof item["value"] === "string") out.push(item["value"]);
    else return null;
  }
  return out;
}

function readField(
  raw: unknown,
  resource: string,
  schemaMissing: unknown,
  at: At,
): FieldSpec | null {
  if (!isObject(raw) || typeof raw["name"] !== "string" || raw["name"] === "") {
    at(resource, "invalid-schema", `Resource "${resource}" has a field without a "name".`);
    return null;
  }
  const name = raw["name"];
  const where = `Field "${name}" of "${resource}"`;
  const type = raw["type"] ?? "string";
  if (typeof type !== "string" || !(TYPES as readonly string[]).includes(type)) {
    at(
      name,
      "invalid-schema",
      `${where} has type ${JSON.stringify(type)}; the validator knows ${TYPES.join(", ")}.`,
    );
    return null;
  }
  const itemType = raw["itemType"] ?? "string";
  if (type === "list" && itemType !== "string") {
    at(
      name,
      "invalid-schema",
      `${where}: only lists of text ("itemType": "string") are supported.`,
    );
    return null;
  }
  const constraints = raw["constraints"] ?? {};
  if (!isObject(constraints)) {
    at(name, "invalid-schema", `${where}: "constraints" must be an object.`);
    return null;
  }
  const enumValues = constraints["enum"];
  if (
    enumValues !== undefined &&
    !(Array.isArray(enumValues) && enumValues.every((v) => typeof v === "string"))
  ) {
    at(name, "invalid-schema", `${where}: "enum" must be a list of texts.`);
    return null;
  }
  const bound = (key: string): number | null | undefined => {
    const v = constraints[key];
    if (v === undefined) return null;
    return typeof v === "number" && Number.isFinite(v) ? v : undefined;
  };
  const minimum = bound("minimum");
  const maximum = bound("maximum");
  if (minimum === undefined || maximum === undefined) {
    at(name, "invalid-schema", `${where}: "minimum" and "maximum" must be numbers.`);
    return null;
  }
  let pattern: RegExp | null = null;
  if (constraints["pattern"] !== undefined) {
    try {
      pattern = new RegExp(`^(?:${String(constraints["pattern"])})$`, "u");
    } catch {
      at(name, "invalid-schema", `${where}: "pattern" is not a valid regular expression.`);
      return null;
    }
  }
  const missing = readMissingValues(raw["missingValues"] ?? schemaMissing ?? [""]);
  if (!missing) {
    at(name, "invalid-schema", `${where}: "missingValues" must be a list of texts.`);
    return null;
  }
  const delimiter = raw["delimiter"] ?? ",";
  if (typeof delimiter !== "string" || delimiter.length !== 1) {
    at(name, "invalid-schema", `${where}: "delimiter" must be one character.`);
    return null;
  }
  const format =
    typeof raw["format"] === "string" && raw["format"] !== "default" ? raw["format"] : null;
  return {
    name,
    type: type as FieldType,
    itemType: "string",
    delimiter,
    partialDate: raw["x-partialDate"] === true,
    format,
    required: constraints["required"] === true,
    enum: (enumValues as string[] | undefined) ?? null,
    minimum,
    maximum,
    pattern,
    patternText: pattern ? String(constraints["pattern"]) : null,
    reasons: missing.filter((m) => m !== ""),
    descriptor: raw,
  };
}

/**
 * Offset of `"name": "<needle>"` in the descriptor from `from` on (where a resource or field
 * is declared), else of the first `"<needle>"`, else -1.
 */
export function findName(text: string, needle: string, from = 0): number {
  const quoted = JSON.stringify(needle);
  const pattern = new RegExp(
    `"name"\\s*:\\s*${quoted.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
    "g",
  );
  pattern.lastIndex = from;
  const declared = pattern.exec(text);
  return declared ? declared.index : text.indexOf(quoted, from);
}

/** Line and column where `needle` is declared or first named in the descriptor, else 1:1. */
function locate(text: string, needle: string | null): { line: number; column: number } {
  if (needle === null) return { line: 1, column: 1 };
  const offset = findName(text, needle);
  if (offset === -1) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/** `## 1.2.0 - 2025-06-14` headings in data/CHANGELOG.md: version -> date as written. */
export function changelogEntries(text: string): Map<string, { date: string; line: number }> {
  const entries = new Map<string, { date: string; line: number }>();
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^##\s+v?(\S+)\s+[-\u2013\u2014]\s+(\S+)\s*$/.exec(line);
    if (m?.[1] !== undefined && m[2] !== undefined && !entries.has(m[1])) {
      entries.set(m[1], { date: m[2], line: i + 1 });
    }
  });
  return entries;
}
