/**
 * The data contract, read from data/datapackage.json: every resource's fields, their types,
 * allowed values and what those values mean to the charts. datapackage.json is the one place
 * it is written; this module turns it into
 *
 * - src/lib/data/contract.generated.ts: the row types (types.ts re-exports them), FIELDS,
 *   ENUMS and VALUE_MEANINGS (fields.ts, the charts), EDITORIAL_FIELDS and CHART_RESOURCES
 *   (the data diff);
 * - the tables of docs/data-model.md between `<!-- contract:... -->` markers.
 *
 * `npm run gen:contract` writes both; `npm run check:data` fails while either is out of date.
 * The `x-` properties it reads (docs/data-model.md, "The contract's own properties"):
 * - per resource: `x-typeName` (the row type's name), `x-charts` (the charts that draw it);
 * - per field: `x-docNote` (an example or rule of use, for the docs table), `x-enumType`
 *   (a name for the union of its allowed values; fields sharing a name
 *   must allow the same values), `x-editorial` (our own words: changing it is not a correction),
 *   `x-values` (per allowed value, its meaning to the charts: `side`, `unit`, `claim`).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Issue } from "./errors.ts";
import {
  findName,
  readDescriptor,
  shapeOfField,
  type FieldSpec,
  type ResourceSpec,
} from "./schema.ts";

/** What one allowed value means to the charts (a totals measure: which side, which axis). */
export interface ValueMeaning {
  /** Whose prisoners the figure counts; null when it is about both or neither. */
  side: "ukraine" | "russia" | null;
  /** What is counted (`people`, `exchanges`): measures of one unit share an axis. */
  unit: string;
  /** A claim by one side or body: a line joins one claimant's figures, never two claimants'. */
  claim: boolean;
}

export interface ContractField {
  name: string;
  title: string;
  description: string;
  /** `text`, `number|missing`, `list?`... (see fields.ts). */
  shape: string;
  /** The TypeScript type of the value in a typed row. */
  tsType: string;
  enum: readonly string[] | null;
  enumType: string | null;
  values: Readonly<Record<string, ValueMeaning>> | null;
  editorial: boolean;
  /** The field's type and rules in words, for the docs table. */
  docType: string;
  /** `x-docNote`: an example or a rule of use, for the docs table only. */
  docNote: string;
  spec: FieldSpec;
}

export interface ContractResource {
  name: string;
  title: string;
  path: string;
  typeName: string;
  charts: readonly string[];
  fields: readonly ContractField[];
}

export interface Contract {
  resources: readonly ContractResource[];
}

type Json = Readonly<Record<string, unknown>>;
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const TYPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
const SIDES = new Set(["ukraine", "russia", null]);

export const CONTRACT_FILE = "src/lib/data/contract.generated.ts";
export const DOCS_FILE = "docs/data-model.md";
export const GENERATE_COMMAND = "npm run gen:contract";
/**
 * The test fixture's package (tests/fixtures/data/valid/), a small copy of the contract. Its
 * allowed values are generated too, so that a value added to datapackage.json alone (a new
 * mediator, a totals measure) reaches the fixture in the same command and no test holds an
 * old copy of the list.
 */
export const FIXTURE_DESCRIPTOR = "tests/fixtures/data/valid/datapackage.json";

/** The contract a descriptor declares, or the issues that stop it being read. */
export function readContract(
  json: unknown,
  context: { file: string; text: string },
): { contract: Contract | null; issues: Issue[] } {
  const { spec, issues } = readDescriptor(json, context);
  if (!spec) return { contract: null, issues };
  const at = (needle: string, code: string, message: string): void => {
    const offset = findName(context.text, needle);
    const before = offset < 0 ? "" : context.text.slice(0, offset);
    issues.push({
      file: context.file,
      line: offset < 0 ? 1 : before.split("\n").length,
      column: offset < 0 ? 1 : offset - before.lastIndexOf("\n"),
      code,
      message,
    });
  };
  const rawResources = isObject(json) && Array.isArray(json["resources"]) ? json["resources"] : [];
  const enumTypes = new Map<string, { values: readonly string[]; where: string }>();
  const resources: ContractResource[] = [];
  for (const resource of spec.resources) {
    const raw = (rawResources as unknown[]).find(
      (r): r is Json => isObject(r) && r["name"] === resource.name,
    );
    const typeName = raw?.["x-typeName"];
    if (typeof typeName !== "string" || !TYPE_NAME.test(typeName)) {
      at(
        resource.name,
        "contract-type-name",
        `Resource "${resource.name}" needs "x-typeName": the name of its row type in the code, in CamelCase with a capital first letter, e.g. "ExchangeRow".`,
      );
      continue;
    }
    const charts = raw?.["x-charts"] ?? [];
    if (!Array.isArray(charts) || !charts.every((c) => typeof c === "string")) {
      at(
        resource.name,
        "contract-charts",
        `Resource "${resource.name}": "x-charts" must be a list of chart names, e.g. ["exchanges"] (or [] when no chart draws it).`,
      );
      continue;
    }
    const fields = resource.fields.map((field) => contractField(resource, field, at, enumTypes));
    resources.push({
      name: resource.name,
      title: resource.title,
      path: resource.path,
      typeName,
      charts: charts as string[],
      fields,
    });
  }
  const names = resources.map((r) => r.typeName);
  for (const name of names.filter((n, i) => names.indexOf(n) !== i || enumTypes.has(n))) {
    at(
      name,
      "contract-type-name",
      `The type name "${name}" is used twice; give each resource's "x-typeName" and each "x-enumType" a name of its own.`,
    );
  }
  return { contract: issues.length === 0 ? { resources } : null, issues };
}

function contractField(
  resource: ResourceSpec,
  field: FieldSpec,
  at: (needle: string, code: string, message: string) => void,
  enumTypes: Map<string, { values: readonly string[]; where: string }>,
): ContractField {
  const raw = field.descriptor;
  const where = `Field "${field.name}" of "${resource.name}"`;
  let enumType: string | null = null;
  if (raw["x-enumType"] !== undefined) {
    const name = raw["x-enumType"];
    if (typeof name !== "string" || !TYPE_NAME.test(name) || field.enum === null) {
      at(
        field.name,
        "contract-enum-type",
        `${where}: "x-enumType" names the type of its allowed values, so the field needs "constraints.enum" and a CamelCase name, e.g. "Qualifier".`,
      );
    } else {
      enumType = name;
      const seen = enumTypes.get(name);
      if (seen && seen.values.join("\n") !== field.enum.join("\n")) {
        at(
          field.name,
          "contract-enum-type",
          `${where} and ${seen.where} share "x-enumType": "${name}" but allow different values. List the same values in the same order in both, or give one of them another name.`,
        );
      } else if (!seen) enumTypes.set(name, { values: field.enum, where });
    }
  }
  const values = readValues(field, where, at);
  const shape = shapeOfField(field);
  return {
    name: field.name,
    title: typeof raw["title"] === "string" ? raw["title"] : field.name,
    description: typeof raw["description"] === "string" ? raw["description"] : "",
    shape,
    tsType: tsTypeOf(field, enumType),
    enum: field.enum,
    enumType,
    values,
    editorial: raw["x-editorial"] === true,
    docType: docTypeOf(resource, field),
    docNote: typeof raw["x-docNote"] === "string" ? raw["x-docNote"] : "",
    spec: field,
  };
}

function readValues(
  field: FieldSpec,
  where: string,
  at: (needle: string, code: string, message: string) => void,
): Record<string, ValueMeaning> | null {
  const raw = field.descriptor["x-values"];
  if (raw === undefined) return null;
  const example = `{ "side": "ukraine", "unit": "people" }`;
  if (!isObject(raw) || field.enum === null) {
    at(
      field.name,
      "contract-values",
      `${where}: "x-values" must be an object giving, for each allowed value in "constraints.enum", what it means, e.g. ${example}.`,
    );
    return null;
  }
  const out: Record<string, ValueMeaning> = {};
  for (const value of field.enum) {
    const meaning = raw[value];
    if (!isObject(meaning)) {
      at(
        field.name,
        "contract-values",
        `${where}: "${value}" is allowed but "x-values" does not say what it means. Add "${value}": ${example} to "x-values" ("side": "ukraine", "russia" or null; "unit": what is counted; "claim": true when different bodies' figures must never be joined).`,
      );
      continue;
    }
    const side = meaning["side"] ?? null;
    const unit = meaning["unit"];
    const claim = meaning["claim"] ?? false;
    if (!SIDES.has(side as string | null) || typeof unit !== "string" || unit === "") {
      at(
        value,
        "contract-values",
        `${where}: the meaning of "${value}" in "x-values" needs "side" ("ukraine", "russia" or null) and "unit" (what is counted, e.g. "people"), as in ${example}.`,
      );
      continue;
    }
    if (typeof claim !== "boolean") {
      at(value, "contract-values", `${where}: "claim" of "${value}" must be true or false.`);
      continue;
    }
    out[value] = { side: side as ValueMeaning["side"], unit, claim };
  }
  for (const value of Object.keys(raw).filter((v) => !field.enum?.includes(v))) {
    at(
      value,
      "contract-values",
      `${where}: "x-values" explains "${value}", which is not one of its allowed values. Add it to "constraints.enum" or remove it from "x-values" (check the spelling).`,
    );
  }
  return out;
}

const literal = (v: string): string => JSON.stringify(v);
const union = (values: readonly string[]): string => values.map(literal).join(" | ");

function tsTypeOf(field: FieldSpec, enumType: string | null): string {
  const shape = shapeOfField(field);
  const kind = shape.replace(/[|?].*$/, "");
  const item = enumType ?? (field.enum ? union(field.enum) : "string");
  const base =
    kind === "number"
      ? "number"
      : kind === "date"
        ? "PartialDate"
        : kind === "list"
          ? enumType || !field.enum
            ? `${item}[]`
            : `(${item})[]`
          : item;
  const maybe = field.reasons.length > 0 ? `Maybe<${base}>` : base;
  return field.required ? maybe : `${maybe} | null`;
}

function docTypeOf(resource: ResourceSpec, field: FieldSpec): string {
  const parts: string[] = [];
  const code = (v: string): string => `\`${v}\``;
  const kind =
    field.type === "list"
      ? `list of ${field.enum ? "values" : "texts"} separated by ${code(field.delimiter)}`
      : field.partialDate
        ? "partial date"
        : field.type === "string"
          ? "string"
          : field.type;
  let head = field.enum
    ? `${kind === "string" ? "enum" : kind}: ${field.enum.map(code).join(", ")}`
    : kind;
  if (field.patternText && !field.partialDate) head += ` ${code(field.patternText)}`;
  if (field.format) head += ` (format ${code(field.format)})`;
  if (field.minimum !== null && field.maximum !== null)
    head += ` ${field.minimum}-${field.maximum}`;
  else if (field.minimum !== null) head += ` >= ${field.minimum}`;
  else if (field.maximum !== null) head += ` <= ${field.maximum}`;
  parts.push(head);
  if (resource.primaryKey.length === 1 && resource.primaryKey[0] === field.name)
    parts.push("primary key");
  else parts.push(field.required ? "required" : "optional");
  let text = parts.join(", ");
  if (field.reasons.length > 0) text += `, or ${field.reasons.map(code).join(" / ")}`;
  const key = resource.foreignKeys.find((k) => k.fields.includes(field.name));
  if (key) text += `; ids from ${code(`${key.resource}.${key.targetFields.join(",")}`)}`;
  return text;
}

/** The generated module's text (before formatting). */
export function renderModule(contract: Contract): string {
  const out: string[] = [
    "// Generated from data/datapackage.json by `npm run gen:contract`. Do not edit: change",
    "// datapackage.json and run the command (`npm run check:data` fails while this is stale).",
    'import type { Maybe, PartialDate } from "./values.ts";',
    "",
  ];
  const emitted = new Set<string>();
  for (const resource of contract.resources) {
    for (const field of resource.fields) {
      if (!field.enumType || !field.enum || emitted.has(field.enumType)) continue;
      emitted.add(field.enumType);
      out.push(`/** Allowed values of \`${resource.name}.${field.name}\`. */`);
      out.push(`export type ${field.enumType} = ${union(field.enum)};`, "");
    }
  }
  for (const resource of contract.resources) {
    out.push(`/** A row of data/${resource.path}: ${resource.title}. */`);
    out.push(`export interface ${resource.typeName} {`);
    for (const field of resource.fields) {
      if (field.description) out.push(`  /** ${field.description.replaceAll("*/", "* /")} */`);
      out.push(`  ${field.name}: ${field.tsType};`);
    }
    out.push("}", "");
  }
  out.push("/** Resource name -> row type. */", "export interface Rows {");
  for (const r of contract.resources) out.push(`  ${r.name}: ${r.typeName};`);
  out.push("}", "export type ResourceName = keyof Rows;", "");
  const table = (pick: (f: ContractField) => unknown): string =>
    `{${contract.resources
      .map(
        (r) =>
          `${r.name}: {${r.fields
            .filter((f) => pick(f) !== undefined)
            .map((f) => `${f.name}: ${JSON.stringify(pick(f))}`)
            .join(", ")}}`,
      )
      .join(", ")}}`;
  out.push(
    "/** The shape of every field (kind, `|missing` when it takes reasons, `?` when it may be blank). */",
    `export const FIELDS = ${table((f) => f.shape)} as const;`,
    "",
    "/** The allowed values of every fixed-choice field (for a list, of each item), in order. */",
    `export const ENUMS = ${table((f) => f.enum ?? undefined)} as const;`,
    "",
    "/** What allowed values mean to the charts (`x-values`), per resource and field. */",
    `export const VALUE_MEANINGS = ${table((f) => f.values ?? undefined)} as const;`,
    "",
    "/** Fields written in our own words (`x-editorial`): a change there is not a correction. */",
    `export const EDITORIAL_FIELDS: readonly string[] = ${JSON.stringify([
      ...new Set(
        contract.resources.flatMap((r) => r.fields.filter((f) => f.editorial).map((f) => f.name)),
      ),
    ])};`,
    "",
    "/** The charts that draw each resource (`x-charts`). */",
    `export const CHART_RESOURCES: Readonly<Record<ResourceName, readonly string[]>> = ${JSON.stringify(
      Object.fromEntries(contract.resources.map((r) => [r.name, r.charts])),
    )};`,
    "",
  );
  return out.join("\n");
}

const escapeCell = (s: string): string => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The docs table of one resource's fields. */
export function renderFieldTable(resource: ContractResource): string {
  const rows = resource.fields.map(
    (f) =>
      `| \`${f.name}\` | ${escapeCell(f.docType)} | ${escapeCell(f.description)} | ${escapeCell(f.docNote)} |`,
  );
  return ["| field | type | meaning | notes |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

/** The docs table of a field's value meanings (`x-values`). */
export function renderValuesTable(field: ContractField): string {
  const rows = Object.entries(field.values ?? {}).map(
    ([value, m]) =>
      `| \`${value}\` | ${m.side ?? "both or neither"} | ${m.unit} | ${m.claim ? "yes" : "no"} |`,
  );
  return ["| value | side | unit (axis) | claim |", "| --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

const MARKER = /<!-- contract:(fields|values) ([a-z0-9_.]+) -->\n[\s\S]*?<!-- \/contract -->/g;

/**
 * The docs page with every generated region replaced: between `<!-- contract:fields NAME -->`
 * and `<!-- /contract -->` the fields of resource NAME; `<!-- contract:values RES.FIELD -->`
 * the meanings of a field's values. Unknown names are reported, not skipped.
 */
export function spliceDocs(markdown: string, contract: Contract): string {
  return markdown.replace(MARKER, (_all, what: string, name: string) => {
    const [resourceName, fieldName] = name.split(".");
    const resource = contract.resources.find((r) => r.name === resourceName);
    const field = resource?.fields.find((f) => f.name === fieldName);
    let body: string;
    if (what === "fields" && resource) body = renderFieldTable(resource);
    else if (what === "values" && field?.values) body = renderValuesTable(field);
    else
      throw new Error(
        `${DOCS_FILE}: <!-- contract:${what} ${name} --> names no ${what === "fields" ? "resource" : "field with x-values"} of data/datapackage.json. Fix the marker's name.`,
      );
    return `<!-- contract:${what} ${name} -->\n\n${body}\n\n<!-- /contract -->`;
  });
}

export interface GeneratedFile {
  /** Path relative to the project root. */
  path: string;
  /** What the generator would write (formatted). */
  expected: string;
  /** What the file holds now ("" when absent). */
  actual: string;
}

/**
 * What `npm run gen:contract` would write for the package in `dataDir`, beside what the files
 * hold now. `format` formats a file's text the way the project's formatter does.
 */
export async function contractFiles(
  root: string,
  dataDir: string,
  format: (text: string, path: string) => Promise<string>,
): Promise<{ files: GeneratedFile[]; issues: Issue[] }> {
  const file = join(dataDir, "datapackage.json");
  const text = readFileSync(file, "utf8");
  const { contract, issues } = readContract(JSON.parse(text), {
    file: "data/datapackage.json",
    text,
  });
  if (!contract) return { files: [], issues };
  const read = (p: string): string =>
    existsSync(join(root, p)) ? readFileSync(join(root, p), "utf8") : "";
  const docs = read(DOCS_FILE);
  const fixture = read(FIXTURE_DESCRIPTOR);
  return {
    files: [
      {
        path: CONTRACT_FILE,
        expected: await format(renderModule(contract), CONTRACT_FILE),
        actual: read(CONTRACT_FILE),
      },
      {
        path: DOCS_FILE,
        expected: await format(spliceDocs(docs, contract), DOCS_FILE),
        actual: docs,
      },
      // A copy of the project without its tests (a data-only checkout) has no fixture to keep.
      ...(fixture === ""
        ? []
        : [
            {
              path: FIXTURE_DESCRIPTOR,
              expected: await format(syncFixtureEnums(fixture, contract), FIXTURE_DESCRIPTOR),
              actual: fixture,
            },
          ]),
    ],
    issues,
  };
}

/**
 * The fixture descriptor's text with each field's allowed values (`constraints.enum`) taken
 * from the contract, for every field the fixture shares with it; everything else unchanged.
 */
export function syncFixtureEnums(text: string, contract: Contract): string {
  const fixture = JSON.parse(text) as {
    resources?: {
      name?: string;
      schema?: { fields?: { name?: string; constraints?: Record<string, unknown> }[] };
    }[];
  };
  for (const resource of fixture.resources ?? []) {
    const real = contract.resources.find((r) => r.name === resource.name);
    for (const field of resource.schema?.fields ?? []) {
      const values = real?.fields.find((f) => f.name === field.name)?.enum;
      if (!values) continue;
      field.constraints = { ...field.constraints, enum: [...values] };
    }
  }
  return `${JSON.stringify(fixture, null, 2)}\n`;
}
