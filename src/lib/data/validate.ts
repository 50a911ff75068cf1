/**
 * Validate a whole data package directory: descriptor, changelog, every CSV, keys across
 * files. Never throws for bad data; returns every issue with its place.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
// Semantic Versioning 2.0 precedence, pre-releases included (1.3.0-rc.9 < 1.3.0-rc.10 < 1.3.0).
import { gt as semverGt } from "semver";
import { cellAt, parseCsv, type Cell, type CsvRecord } from "./csv.ts";
import { cellTyper, offsetOf, type CellValue } from "./cells.ts";
import { closest, sortIssues, show, type Issue } from "./errors.ts";
import {
  changelogEntries,
  isSemver,
  findName,
  readDescriptor,
  type FieldSpec,
  type ResourceSpec,
} from "./schema.ts";
import { isIsoDay } from "./values.ts";
import { breaksAll, ruleFields, type CrossFieldRule } from "./rules.ts";
import { shapeOfField } from "./fields.ts";
import { decodeUtf8, LineIndex } from "./text.ts";
import { checkDates, checkPackageDates, resolveToday, type DatedResource } from "./dates.ts";
import { diagnose, maybeSpreadsheetDate, type DiagnosedFile } from "./diagnose.ts";
import { sourceTitleIssues } from "./source-titles.ts";
import { correctionIssues, correctionTextIssues } from "./corrections.ts";
import { translationIssues } from "./translations.ts";

export type Row = Readonly<Record<string, CellValue>>;

export interface LoadedResource {
  name: string;
  path: string;
  title: string;
  description: string;
  /** The Table Schema fields as declared in datapackage.json. */
  fields: readonly Readonly<Record<string, unknown>>[];
  primaryKey: readonly string[];
  rowCount: number;
  rows: readonly Row[];
  /** The file's exact text (byte-order mark included, if it has one). */
  csvText: string;
}

export interface LoadedPackage {
  dir: string;
  /** datapackage.json as parsed. */
  descriptor: unknown;
  /** datapackage.json exactly as in the file (for byte-for-byte downloads). */
  descriptorText: string;
  /** data/CHANGELOG.md exactly as in the file. */
  changelogText: string;
  name: string;
  title: string;
  version: string;
  updated: string;
  resources: Readonly<Record<string, LoadedResource>>;
}

export interface ValidateOptions {
  /** How files are named in issues; default: the directory relative to the working directory. */
  label?: string;
  /**
   * Resources the package must declare, with the shape of each field (see fields.ts); the
   * reader passes `FIELDS` so the rows it hands out match src/lib/data/types.ts.
   */
  expected?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * Allowed values of fixed-choice fields, per resource (the reader passes `ENUMS`, the values
   * types.ts allows): each must equal the field's `enum` in datapackage.json.
   */
  expectedEnums?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** Today as YYYY-MM-DD for the future-date checks (default: $CAPTIVITY_TODAY, else the clock). */
  today?: string;
}

/** A file being checked: issues in it are placed by character offset. */
class FileReport {
  private index: LineIndex | null = null;
  readonly file: string;
  private readonly text: string;
  private readonly issues: Issue[];

  constructor(file: string, text: string, issues: Issue[]) {
    this.file = file;
    this.text = text;
    this.issues = issues;
  }

  position(offset: number): { line: number; column: number } {
    this.index ??= new LineIndex(this.text);
    return this.index.position(offset);
  }

  add(offset: number, code: string, message: string, field?: string): void {
    const { line, column } = this.position(offset);
    this.issues.push({
      file: this.file,
      line,
      column,
      ...(field === undefined ? {} : { field }),
      code,
      message,
    });
  }
}

interface CheckedRow {
  values: Record<string, CellValue>;
  record: CsvRecord;
  /** Fields whose cell has a problem (their value is null), so later checks skip them. */
  failed: Set<string> | null;
}

interface CheckedResource {
  spec: ResourceSpec;
  report: FileReport;
  /** Field name -> index of its column in the file. */
  columns: Map<string, number>;
  rows: CheckedRow[];
  /** The file's text without the byte-order mark (cell offsets point into it). */
  text: string;
  rawText: string;
}

function defaultLabel(dir: string): string {
  const rel = relative(process.cwd(), dir);
  if (rel === "") return ".";
  if (rel.startsWith("..") || isAbsolute(rel)) return dir;
  return rel.split(sep).join("/");
}

export function validatePackage(
  dir: string,
  options: ValidateOptions = {},
): { issues: Issue[]; pkg: LoadedPackage | null } {
  const label = options.label ?? defaultLabel(dir);
  const issues: Issue[] = [];
  const fileIssue = (file: string, code: string, message: string, line = 1, column = 1): void => {
    issues.push({ file: `${label}/${file}`, line, column, code, message });
  };
  const done = () => ({ issues: sortIssues(issues), pkg: null });

  const descriptorPath = join(dir, "datapackage.json");
  if (!existsSync(descriptorPath)) {
    fileIssue(
      "datapackage.json",
      "missing-file",
      `There is no datapackage.json in ${label}/. It describes every CSV file and its columns; restore it from the last version.`,
    );
    return done();
  }
  const descriptorRaw = readFileSync(descriptorPath, "utf8");
  const descriptorText = descriptorRaw.replace(/^\ufeff/, "");
  let descriptor: unknown;
  try {
    descriptor = JSON.parse(descriptorText);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : 0;
    const { line, column } = new LineIndex(descriptorText).position(offset);
    fileIssue(
      "datapackage.json",
      "invalid-json",
      `datapackage.json is not valid JSON: ${message.replace(/ in JSON at position.*$/s, "")}. Look for a missing comma or quote, or a comma after the last item of a list, near this place.`,
      line,
      column,
    );
    return done();
  }
  const { spec, issues: descriptorIssues } = readDescriptor(descriptor, {
    file: `${label}/datapackage.json`,
    text: descriptorText,
  });
  issues.push(...descriptorIssues);
  if (!spec) return done();

  checkChangelog(dir, spec.version, fileIssue);
  const today = resolveToday(options.today);
  const changelogPath = join(dir, "CHANGELOG.md");
  issues.push(
    ...checkPackageDates({
      label,
      descriptorText,
      updated: spec.updated,
      version: spec.version,
      changelogText: existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : null,
      today,
    }),
  );

  if (options.expected) checkExpected(spec.resources, options.expected, descriptorText, fileIssue);
  if (options.expectedEnums) {
    checkEnums(spec.resources, options.expectedEnums, descriptorText, fileIssue);
  }

  const checked = new Map<string, CheckedResource>();
  for (const resource of spec.resources) {
    const result = checkResource(dir, label, resource, issues);
    if (result) checked.set(resource.name, result);
  }
  checkForeignKeys(checked);
  checkRules(spec.rules, checked);
  const dated = datedResources(checked);
  issues.push(...checkDates(dated, today));
  issues.push(...sourceTitleIssues(dated));
  issues.push(...correctionTextIssues(dated));
  issues.push(...translationIssues(dated, new Set(issues.map((i) => i.file))));
  if (existsSync(changelogPath)) {
    const entries = changelogEntries(readFileSync(changelogPath, "utf8"));
    const damaged = new Set(issues.map((i) => i.file));
    issues.push(
      ...correctionIssues(
        dated,
        entries,
        spec.version,
        spec.resources.map((r) => r.name),
        damaged,
      ),
    );
  }

  // Name spreadsheet round trips as the cause, and fold their knock-on problems.
  const diagnosed = diagnose(issues, diagnosedFiles(checked));
  if (diagnosed.length > 0) return { issues: sortIssues(diagnosed), pkg: null };
  const resources: Record<string, LoadedResource> = {};
  for (const resource of spec.resources) {
    const result = checked.get(resource.name);
    if (!result) continue;
    const rows = Object.freeze(result.rows.map((r) => Object.freeze(r.values)));
    resources[resource.name] = Object.freeze({
      name: resource.name,
      path: resource.path,
      title: resource.title,
      description: resource.description,
      fields: resource.fields.map((f) => f.descriptor),
      primaryKey: resource.primaryKey,
      rowCount: rows.length,
      rows,
      csvText: result.rawText,
    });
  }
  return {
    issues: [],
    pkg: {
      dir,
      descriptor,
      descriptorText: descriptorRaw,
      changelogText: readFileSync(join(dir, "CHANGELOG.md"), "utf8"),
      name: spec.name,
      title: spec.title,
      version: spec.version,
      updated: spec.updated,
      resources: Object.freeze(resources),
    },
  };
}

/** The checked files as the spreadsheet diagnosis (diagnose.ts) reads them. */
function diagnosedFiles(checked: ReadonlyMap<string, CheckedResource>): DiagnosedFile[] {
  return [...checked].map(([name, resource]) => {
    const key = resource.spec.primaryKey.length === 1 ? resource.spec.primaryKey[0] : undefined;
    const keyColumn = key === undefined ? null : (resource.columns.get(key) ?? null);
    return {
      file: resource.report.file,
      name,
      text: resource.text,
      hadBom: resource.rawText !== resource.text,
      foreignKeys: resource.spec.foreignKeys
        .filter((fk) => fk.fields.length === 1)
        .map((fk) => ({ field: fk.fields[0] ?? "", resource: fk.resource })),
      keyColumn,
      keyCells:
        keyColumn === null
          ? []
          : resource.rows.flatMap((row) => {
              const cell = cellAt(resource.text, row.record, keyColumn);
              // Only ids that may hold a rewritten date matter (placing every id costs time).
              return cell && maybeSpreadsheetDate(cell.value)
                ? [{ value: cell.value, ...resource.report.position(cell.offset) }]
                : [];
            }),
    };
  });
}

/** The checked resources as the date checks (dates.ts) read them. */
function datedResources(checked: ReadonlyMap<string, CheckedResource>): Map<string, DatedResource> {
  const out = new Map<string, DatedResource>();
  for (const [name, resource] of checked) {
    out.set(name, {
      name,
      file: resource.report.file,
      fields: resource.spec.fields,
      rows: resource.rows,
      place(index, field) {
        const row = resource.rows[index];
        const column = resource.columns.get(field);
        const cell = row && column !== undefined ? cellAt(resource.text, row.record, column) : null;
        return cell ? resource.report.position(cell.offset) : null;
      },
    });
  }
  return out;
}

function checkExpected(
  resources: readonly ResourceSpec[],
  expected: Readonly<Record<string, Readonly<Record<string, string>>>>,
  descriptorText: string,
  fileIssue: (file: string, code: string, message: string, line?: number, column?: number) => void,
): void {
  const index = new LineIndex(descriptorText);
  const at = (needle: string, from = 0): { line: number; column: number } =>
    index.position(Math.max(0, findName(descriptorText, needle, from)));
  const mismatch = (place: { line: number; column: number }, message: string): void =>
    fileIssue("datapackage.json", "schema-mismatch", message, place.line, place.column);
  for (const [name, shapes] of Object.entries(expected)) {
    const resource = resources.find((r) => r.name === name);
    if (!resource) {
      fileIssue(
        "datapackage.json",
        "missing-resource",
        `datapackage.json does not declare the resource "${name}", which the site needs. Restore its entry under "resources".`,
      );
      continue;
    }
    const start = Math.max(0, findName(descriptorText, name));
    for (const [field, shape] of Object.entries(shapes)) {
      const declared = resource.fields.find((f) => f.name === field);
      if (!declared) {
        mismatch(
          at(name),
          `Resource "${name}" lacks the field "${field}" that the site reads (src/lib/data/types.ts). Restore it, or change types.ts and fields.ts with it.`,
        );
      } else if (shapeOfField(declared) !== shape) {
        mismatch(
          at(field, start),
          `Field "${field}" of "${name}" reads as ${shapeOfField(declared)}, but the site expects ${shape} (src/lib/data/contract.generated.ts: kind, "|missing" if it takes reasons, "?" if it may be blank). If you changed datapackage.json, run \`npm run gen:contract\` to regenerate the code from it.`,
        );
      }
    }
    for (const field of resource.fields) {
      if (!(field.name in shapes)) {
        mismatch(
          at(field.name, start),
          `Field "${field.name}" of "${name}" is not in src/lib/data/types.ts. Add it there (and in fields.ts), or remove it from the schema.`,
        );
      }
    }
  }
}

function checkEnums(
  resources: readonly ResourceSpec[],
  expected: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>,
  descriptorText: string,
  fileIssue: (file: string, code: string, message: string, line?: number, column?: number) => void,
): void {
  const index = new LineIndex(descriptorText);
  for (const [name, fields] of Object.entries(expected)) {
    const resource = resources.find((r) => r.name === name);
    if (!resource) continue; // reported by checkExpected
    const start = Math.max(0, findName(descriptorText, name));
    for (const [fieldName, values] of Object.entries(fields)) {
      const field = resource.fields.find((f) => f.name === fieldName);
      if (!field) continue; // reported by checkExpected
      const declared = field.enum ?? [];
      const unknown = declared.filter((v) => !values.includes(v));
      const absent = values.filter((v) => !declared.includes(v));
      if (unknown.length === 0 && absent.length === 0) continue;
      const place = index.position(Math.max(0, findName(descriptorText, fieldName, start)));
      const list = (vs: readonly string[]) => vs.map((v) => `"${v}"`).join(", ");
      fileIssue(
        "datapackage.json",
        "schema-mismatch",
        `The allowed values of "${fieldName}" in "${name}" differ from the code's copy of the contract (src/lib/data/contract.generated.ts):${
          unknown.length ? ` the schema allows ${list(unknown)}, which the code does not;` : ""
        }${absent.length ? ` the code allows ${list(absent)}, which the schema does not;` : ""} if you changed datapackage.json, run \`npm run gen:contract\` to regenerate the code from it, and commit both.`,
        place.line,
        place.column,
      );
    }
  }
}

function checkChangelog(
  dir: string,
  version: string,
  fileIssue: (file: string, code: string, message: string, line?: number, column?: number) => void,
): void {
  const path = join(dir, "CHANGELOG.md");
  if (!existsSync(path)) {
    fileIssue(
      "CHANGELOG.md",
      "missing-file",
      "There is no CHANGELOG.md next to datapackage.json. It lists what changed in each version; restore it from the last version.",
    );
    return;
  }
  if (!isSemver(version)) return;
  const entries = changelogEntries(readFileSync(path, "utf8"));
  const newer = [...entries].filter(([v]) => isSemver(v) && semverGt(v, version));
  for (const [v, entry] of newer) {
    fileIssue(
      "CHANGELOG.md",
      "version-not-bumped",
      `CHANGELOG.md has an entry for version ${v}, newer than the version in datapackage.json (${version}). Set "version": "${v}" and "updated" in datapackage.json, or correct this heading.`,
      entry.line,
      1,
    );
  }
  const entry = entries.get(version);
  if (!entry) {
    fileIssue(
      "CHANGELOG.md",
      "no-changelog-entry",
      `CHANGELOG.md has no entry for version ${version} (the version in datapackage.json). Add a heading "## ${version} - YYYY-MM-DD" (the date of the change) at the top, with a line on what changed and why.`,
    );
  } else if (!isIsoDay(entry.date)) {
    fileIssue(
      "CHANGELOG.md",
      "invalid-date",
      `The heading for version ${version} has the date ${show(entry.date)}. Write it as YYYY-MM-DD, e.g. "## ${version} - 2025-06-14".`,
      entry.line,
      1,
    );
  }
}

function checkResource(
  dir: string,
  label: string,
  resource: ResourceSpec,
  issues: Issue[],
): CheckedResource | null {
  const file = `${label}/${resource.path}`;
  const path = join(dir, resource.path);
  if (!existsSync(path)) {
    issues.push({
      file,
      line: 1,
      column: 1,
      code: "missing-file",
      message: `The file ${resource.path} is missing: datapackage.json lists it as the resource "${resource.name}". Add the file, or restore it from the last version.`,
    });
    return null;
  }
  const decoded = decodeUtf8(readFileSync(path));
  if (!decoded.ok) {
    for (const bad of decoded.badLines.slice(0, 20)) {
      issues.push({
        file,
        line: bad.line,
        column: bad.column,
        code: "not-utf8",
        message: `This line has a character that is not UTF-8 (byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, "0")}), often a letter like é or ü saved in an old encoding. Export the file again as "CSV UTF-8".`,
      });
    }
    return null;
  }
  const { text } = decoded;
  const rawText = decoded.hadBom ? `\ufeff${text}` : text;
  const report = new FileReport(file, text, issues);
  const csv = parseCsv(text);
  for (const problem of csv.problems) report.add(problem.offset, problem.code, problem.message);
  if (!csv.header) return null;

  const header = csv.header;
  const headerCells = header.values
    .map((_, c) => cellAt(text, header, c))
    .filter((c) => c !== undefined);
  const columns = checkHeader(resource, headerCells, header.offset, report);
  const width = headerCells.length;
  const byColumn: (FieldSpec | undefined)[] = headerCells.map(() => undefined);
  const typers: (ReturnType<typeof cellTyper> | undefined)[] = headerCells.map(() => undefined);
  for (const field of resource.fields) {
    const index = columns.get(field.name);
    if (index !== undefined) {
      byColumn[index] = field;
      typers[index] = cellTyper(field);
    }
  }
  const fieldNames = resource.fields.map((f) => f.name);

  const rows: CheckedRow[] = [];
  const keys = new Map<string, number>();
  const keyColumns = resource.primaryKey.map((k) => columns.get(k));
  for (const record of csv.records) {
    const count = record.values.length;
    if (count !== width) {
      const extra = cellAt(text, record, width);
      report.add(
        count > width && extra ? extra.offset : record.offset,
        "wrong-cell-count",
        `This row has ${count} cells but the header has ${width} columns, so its values do not line up. ${
          count > width
            ? "Look for an extra comma, or a text with a comma that is not in quotes."
            : "Look for a missing comma or an empty column that was deleted."
        } This row's values were not checked.`,
      );
      continue;
    }
    const values: Record<string, CellValue> = {};
    let failed: Set<string> | null = null;
    for (const name of fieldNames) values[name] = null;
    for (let c = 0; c < width; c++) {
      const field = byColumn[c];
      const typer = typers[c];
      const value = record.values[c];
      const offset = record.offsets[c];
      if (!field || !typer || value === undefined || offset === undefined) continue;
      const typed = typer(text, value, offset);
      if (typed.ok) values[field.name] = typed.value;
      else {
        (failed ??= new Set()).add(field.name);
        for (const p of typed.problems) report.add(p.offset, p.code, p.message, field.name);
      }
    }
    if (keyColumns.length > 0 && keyColumns.every((k) => k !== undefined)) {
      const keyCells = keyColumns.map((k) => cellAt(text, record, k ?? 0));
      const key = keyCells.map((c) => c?.value ?? "").join("\u0000");
      if (!keyCells.some((c) => c === undefined || c.value === "")) {
        const first = keys.get(key);
        const at = keyCells[0];
        if (first !== undefined && at) {
          report.add(
            at.offset,
            "duplicate-key",
            `${show(keyCells.map((c) => c?.value).join(", "))} is already used as ${resource.primaryKey.join(" + ")} on line ${report.position(first).line}. Each row needs its own; give this row another, or delete the duplicate row.`,
            resource.primaryKey[0],
          );
        } else if (first === undefined && at) {
          keys.set(key, at.offset);
        }
      }
    }
    rows.push({ values, record, failed });
  }
  return { spec: resource, report, columns, rows, text, rawText };
}

function checkHeader(
  resource: ResourceSpec,
  cells: readonly Cell[],
  headerOffset: number,
  report: FileReport,
): Map<string, number> {
  const columns = new Map<string, number>();
  const known = resource.fields.map((f) => f.name);
  cells.forEach((cell, index) => {
    const name = cell.value.trim();
    if (name === "") {
      report.add(
        cell.offset,
        "empty-header",
        `Column ${index + 1} has no name in the header row. Name it (one of: ${known.join(", ")}) or delete the empty column.`,
      );
      return;
    }
    if (name !== cell.value) {
      report.add(
        cell.offset,
        "padded-header",
        `The column name ${show(cell.value)} has spaces around it. Write it as "${name}".`,
      );
    }
    if (!known.includes(name)) {
      const near = closest(name.replace(/[\s-]+/g, "_"), known);
      report.add(
        cell.offset,
        "unknown-header",
        `The column ${show(cell.value)} is not part of ${resource.path}.${near ? ` Did you mean "${near}"?` : ""} Its columns are: ${known.join(", ")}. Rename the column, or ask the data editor to add a new column to datapackage.json first.`,
      );
      return;
    }
    const first = columns.get(name);
    if (first !== undefined) {
      report.add(
        cell.offset,
        "duplicate-header",
        `The column "${name}" appears twice in the header (also column ${first + 1}). Delete or rename one of them.`,
      );
      return;
    }
    columns.set(name, index);
  });
  const missing = known.filter((k) => !columns.has(k) && !cells.some((c) => c.value.trim() === k));
  if (missing.length > 0) {
    report.add(
      headerOffset,
      "missing-header",
      `The header row lacks the column${missing.length === 1 ? "" : "s"} ${missing.map((m) => `"${m}"`).join(", ")}. Add ${missing.length === 1 ? "it" : "them"} (the name${missing.length === 1 ? "" : "s"} exactly as written here) with a value for every row.`,
    );
  }
  return columns;
}

function checkForeignKeys(checked: ReadonlyMap<string, CheckedResource>): void {
  for (const source of checked.values()) {
    for (const fk of source.spec.foreignKeys) {
      const target = checked.get(fk.resource);
      if (!target) continue;
      const targetColumns = fk.targetFields.map((f) => target.columns.get(f));
      const sourceColumns = fk.fields.map((f) => source.columns.get(f));
      if (targetColumns.some((c) => c === undefined) || sourceColumns.some((c) => c === undefined))
        continue;
      const existing = new Set(
        target.rows.map((row) =>
          targetColumns.length === 1
            ? (row.record.values[targetColumns[0] ?? 0] ?? "")
            : targetColumns.map((c) => row.record.values[c ?? 0] ?? "").join("\u0000"),
        ),
      );
      const fields = fk.fields.map((name) => source.spec.fields.find((f) => f.name === name));
      const targetLabel = `${fk.resource}.csv (column ${fk.targetFields.join(" + ")})`;
      for (const row of source.rows) {
        if (fk.fields.length === 1) {
          // One field: check the typed value, or each item of a list; blanks, missing reasons
          // and cells that already failed have no key to check.
          const field = fields[0];
          const value = row.values[fk.fields[0] ?? ""];
          if (!field || value === null || value === undefined) continue;
          if (typeof value === "string" ? existing.has(value) : !Array.isArray(value)) continue;
          if (Array.isArray(value) && value.every((item) => existing.has(item))) continue;
          const cell = cellAt(source.text, row.record, sourceColumns[0] ?? 0);
          if (!cell) continue;
          let index = 0;
          const raw = field.type === "list" ? cell.value.split(field.delimiter) : [cell.value];
          for (const item of raw) {
            if (item !== "" && !existing.has(item)) {
              source.report.add(
                offsetOf(cell, index),
                "unknown-foreign-key",
                `${show(item)} is not an id in ${targetLabel}. Check the spelling, or add that row to ${fk.resource}.csv first.`,
                field.name,
              );
            }
            index += item.length + field.delimiter.length;
          }
        } else {
          const cells = sourceColumns.map((c) => cellAt(source.text, row.record, c ?? 0));
          if (cells.some((c) => c === undefined || c.value === "")) continue;
          const key = cells.map((c) => c?.value ?? "").join("\u0000");
          const first = cells[0];
          if (!existing.has(key) && first) {
            source.report.add(
              first.offset,
              "unknown-foreign-key",
              `${show(cells.map((c) => c?.value).join(", "))} is not a row of ${targetLabel}. Check the spelling, or add that row first.`,
              fk.fields[0],
            );
          }
        }
      }
    }
  }
}

function checkRules(
  rules: readonly CrossFieldRule[],
  checked: ReadonlyMap<string, CheckedResource>,
): void {
  // One issue per cell: a cell already reported by an earlier rule is not reported again.
  const reported = new Set<string>();
  for (const rule of rules) {
    const resource = checked.get(rule.resource);
    if (!resource) continue;
    const fields = ruleFields(rule);
    if (!fields.every((f) => resource.columns.has(f))) continue;
    for (const row of resource.rows) {
      if (row.failed && fields.some((f) => row.failed?.has(f))) continue;
      for (const problem of breaksAll(rule, row.values)) {
        const key = `${rule.resource}|${row.record.offset}|${problem.field}`;
        if (reported.has(key)) continue;
        reported.add(key);
        const cell = cellAt(resource.text, row.record, resource.columns.get(problem.field) ?? 0);
        if (cell)
          resource.report.add(
            cell.offset,
            rule.code ?? "rule-broken",
            problem.message,
            problem.field,
          );
      }
    }
  }
}
