/**
 * Record pages: one permanent page per data row (`/data/<resource>/<id>/`; a source's is
 * `/sources/<id>/`), and the paginated row lists on each dataset page. Pure and framework-free:
 * the pages hand in the loaded resource, the row and its raw cells, and get back what to print.
 */
import { isMissing, type Missing, type PartialDate } from "../data/types";
import type { CellValue, Row } from "../data";
import { SITE } from "../site";
import {
  dictionaryRow,
  type DictionaryRow,
  type SchemaField,
  type SchemaForeignKey,
} from "./dictionary";
import { formatIsoDay, formatNumber, formatPartialDate } from "../format";

/** Rows per page of a dataset's row list: the list never grows with the data. */
export const ROWS_PER_PAGE = 100;

/** The permanent address of one row. Sources keep their own pages. */
export function recordPath(resource: string, id: string): string {
  return resource === "sources"
    ? `/sources/${encodeURIComponent(id)}/`
    : `/data/${resource}/${encodeURIComponent(id)}/`;
}

/** Page `page` (1-based) of a dataset's row list: page 1 is the dataset page itself. */
export function rowListPath(resource: string, page: number): string {
  return page <= 1 ? `/data/${resource}/` : `/data/${resource}/rows/${page}/`;
}

/** How many pages a list of `total` rows takes (at least one, so an empty list has a page). */
export function pageCount(total: number, perPage = ROWS_PER_PAGE): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** The rows shown on page `page` (1-based). */
export function rowPage<T>(rows: readonly T[], page: number, perPage = ROWS_PER_PAGE): T[] {
  return rows.slice((page - 1) * perPage, page * perPage);
}

export interface PageLink {
  page: number;
  href: string;
  current: boolean;
}

/** One link per page of the row list (a few pages even at 100,000 rows: 1,000 links at most). */
export function pageLinks(resource: string, total: number, current: number): PageLink[] {
  return Array.from({ length: pageCount(total) }, (_, i) => ({
    page: i + 1,
    href: rowListPath(resource, i + 1),
    current: i + 1 === current,
  }));
}

/** The columns a dataset's row list shows beside each row's id, per resource. */
export const LIST_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  sources: ["outlet", "published", "kind"],
  exchanges: ["date", "kind", "returned_to_ukraine", "returned_to_russia"],
  exchange_claims: ["exchange_id", "direction", "claimant", "figure"],
  totals: ["as_of", "measure", "figure", "stated_by"],
  communication: ["regime", "channel", "status"],
  abuses: ["report_date", "reporting_body", "measure", "figure"],
};

/** The qualifier field that says how exact a number field is, if it has one. */
function qualifierField(name: string, present: ReadonlySet<string>): string | null {
  if (present.has(`${name}_qualifier`)) return `${name}_qualifier`;
  if (name === "figure" && present.has("qualifier")) return "qualifier";
  if (name === "figure" && present.has("figure_kind")) return "figure_kind";
  return null;
}

const PRECISION: Readonly<Record<PartialDate["precision"], string>> = {
  day: "",
  month: " (the day is not known)",
  year: " (only the year is known)",
};

const isPartialDate = (v: unknown): v is PartialDate =>
  typeof v === "object" && v !== null && "precision" in v && "iso" in v;

/**
 * One typed cell in plain words. Numbers carry their qualifier ("more than 1,000"); a missing
 * value is its reason, never a zero; an empty optional cell says so.
 */
export function cellText(name: string, row: Row, fields: ReadonlySet<string>): string {
  const value: CellValue | undefined = row[name];
  if (value === null || value === undefined || value === "") return "none given";
  if (isMissing(value)) return (value as Missing).missing;
  if (typeof value === "number") {
    const q = qualifierField(name, fields);
    const qualifier = q ? row[q] : null;
    const number = formatNumber(value);
    if (name === "percent") return `${number}%`;
    if (qualifier === "share") {
      const denominator = row["denominator"];
      return typeof denominator === "number" ? `${number} of ${formatNumber(denominator)}` : number;
    }
    return typeof qualifier === "string" && qualifier !== "exact"
      ? `${qualifier} ${number}`
      : number;
  }
  if (isPartialDate(value)) return `${formatPartialDate(value)}${PRECISION[value.precision]}`;
  if (Array.isArray(value)) return value.join(", ");
  return String(value);
}

export interface FieldLink {
  text: string;
  href: string;
}

export interface RecordField {
  name: string;
  /** The dictionary's label for the column ("Returned to Ukraine"). */
  label: string;
  /** The value in plain words. */
  value: string;
  /** What a missing value's reason means, from the dictionary; null for a present value. */
  missingMeaning: string | null;
  /** Pages the value points to (its sources, the exchange a claim is about). */
  links: FieldLink[];
}

export interface RawCells {
  header: readonly string[];
  headerLine: string;
  cells: readonly string[];
  line: string;
}

export interface RecordInput {
  resource: {
    name: string;
    title: string;
    fields: readonly SchemaField[];
    primaryKey: readonly string[];
  };
  foreignKeys: readonly SchemaForeignKey[];
  id: string;
  /** The typed row; null for a row removed from the data (its raw cells are then its last version). */
  row: Row | null;
  raw: RawCells;
  packageTitle: string;
  version: string;
  /** The data version's date (YYYY-MM-DD). */
  updated: string;
  /** The record page's absolute URL. */
  url: string;
  /**
   * Whether a referenced row has a page. A removed row's last version may name a source or an
   * exchange that is gone too: such a value is printed as text, not linked. Default: all exist.
   */
  exists?: (resource: string, id: string) => boolean;
}

export interface RecordModel {
  resource: string;
  id: string;
  title: string;
  fields: RecordField[];
  /** The row as it stands in the CSV file: the header line and the row's own line. */
  csv: string;
  /** The raw cells as a JSON object, column -> text exactly as in the file. */
  json: string;
  citation: string;
  /** Every source the row relies on, main one first. */
  sourceIds: string[];
}

function linksFor(
  dict: DictionaryRow,
  value: CellValue | string | undefined,
  exists: (resource: string, id: string) => boolean,
): FieldLink[] {
  const target = dict.references?.resource;
  if (!target || value === null || value === undefined || isMissing(value)) return [];
  const ids = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  // All or nothing: a list whose items cannot all be linked is printed as text.
  if (!ids.every((id) => exists(target, id))) return [];
  return ids.map((id) => ({ text: id, href: recordPath(target, id) }));
}

/** A column name as words, for a schema that gives the column no title: "as_of" -> "As of". */
function humanize(name: string): string {
  const words = name.replace(/_/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** Splits a raw list cell ("a;b") as the schema's delimiter says. */
function rawList(field: SchemaField, text: string): string[] {
  return text === "" ? [] : text.split(field.delimiter ?? ";").map((s) => s.trim());
}

/** Everything a record page prints about one row. */
export function recordModel(input: RecordInput): RecordModel {
  const { resource, row, raw } = input;
  const present = new Set(resource.fields.map((f) => f.name));
  const rawOf = (name: string): string => raw.cells[raw.header.indexOf(name)] ?? "";
  const fields = resource.fields.map((field): RecordField => {
    const dict = dictionaryRow(field, resource.primaryKey, input.foreignKeys);
    const text = rawOf(field.name);
    const reason = dict.missing.find((m) => m.value === text);
    const typed = row ? row[field.name] : undefined;
    const listed = field.type === "list" && !reason ? rawList(field, text) : text;
    return {
      name: field.name,
      label: dict.title ?? humanize(field.name),
      value: row ? cellText(field.name, row, present) : text === "" ? "none given" : text,
      missingMeaning: reason ? reason.meaning : null,
      links: linksFor(dict, row ? typed : listed, input.exists ?? (() => true)),
    };
  });
  // From the cells, not the links: a removed row's source may have no page any more.
  const sourceIds = [
    ...new Set(
      resource.fields
        .filter((f) => f.name === "source_id" || f.name === "other_source_ids")
        .flatMap((f) => {
          const text = rawOf(f.name);
          return f.type === "list" ? rawList(f, text) : text ? [text] : [];
        }),
    ),
  ];
  const json = JSON.stringify(
    Object.fromEntries(raw.header.map((name, i) => [name, raw.cells[i] ?? ""])),
    null,
    2,
  );
  return {
    resource: resource.name,
    id: input.id,
    title: resource.title,
    fields,
    csv: `${raw.headerLine}\n${raw.line}`,
    json,
    citation: recordCitation(input),
    sourceIds,
  };
}

/** How to cite one record: the dataset, the row id, the data version and its date, the address. */
export function recordCitation(
  input: Pick<RecordInput, "resource" | "id" | "packageTitle" | "version" | "updated" | "url">,
): string {
  return `${SITE.name}. "${input.resource.title}", record ${input.id}, in ${input.packageTitle}, version ${input.version} (${formatIsoDay(input.updated)}). ${input.url}`;
}

/** `row="totals:<id>"` props in a story's MDX (KeyFigure), as `resource/id`, in order. */
export function rowsCitedInBody(body: string): string[] {
  const refs: string[] = [];
  for (const m of body.matchAll(/\brow="([a-z_]+):([^"\s]+)"/g)) {
    const ref = `${m[1]}/${m[2]}`;
    if (!refs.includes(ref)) refs.push(ref);
  }
  return refs;
}
