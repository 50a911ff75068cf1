/**
 * Record pages: one permanent page per data row (`/data/<resource>/<id>/`; a source's is
 * `/sources/<id>/`), and the paginated row lists on each dataset page. Pure and framework-free:
 * the pages hand in the loaded resource, the row and its raw cells, and get back what to print.
 */
import { isMissing, type Missing, type PartialDate } from "../data/types";
import { parsePartialDate } from "../data/cells.ts";
import { TRANSLATIONS } from "../data/translations.ts";
import type { CellValue, Row } from "../data";
import { SITE } from "../site";
import { citationParts, type CitationPart } from "./cite.ts";
import {
  dictionaryRow,
  type DictionaryRow,
  type SchemaField,
  type SchemaForeignKey,
} from "./dictionary";
import { formatIsoDay, formatNumber, formatPartialDate } from "../format";
import { LOCALE_CONFIG, hrefIn, translator, type Locale, type Translate } from "../i18n/index.ts";

/** Rows per page of a dataset's row list: the list never grows with the data. */
export const ROWS_PER_PAGE = 100;

/** The permanent address of one row. Sources keep their own pages. */
export function recordPath(resource: string, id: string): string {
  return resource === "sources"
    ? `/sources/${encodeURIComponent(id)}/`
    : `/data/${resource}/${encodeURIComponent(id)}/`;
}

/**
 * The page a row of `resource` links to in a list: its record page; for a row of
 * translations.csv, the page of the row it translates (translations have no page of their own).
 */
export function rowPath(
  resource: string,
  row: Readonly<Record<string, unknown>>,
  key = "id",
): string {
  return resource === TRANSLATIONS
    ? recordPath(String(row["resource"]), String(row["record_id"]))
    : recordPath(resource, String(row[key]));
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
  translations: ["resource", "record_id", "field", "language"],
};

/** The qualifier field that says how exact a number field is, if it has one. */
function qualifierField(name: string, present: ReadonlySet<string>): string | null {
  if (present.has(`${name}_qualifier`)) return `${name}_qualifier`;
  if (name === "figure" && present.has("qualifier")) return "qualifier";
  if (name === "figure" && present.has("figure_kind")) return "figure_kind";
  return null;
}

/** An allowed value of the data ("banned", "more than") in `locale`; English is the value. */
export function valueWords(value: string, locale: Locale): string {
  return LOCALE_CONFIG[locale].data?.values[value] ?? value;
}

/** A missing-value reason ("not disclosed") as it reads in `locale`. */
export function missingWords(reason: string, locale: Locale): string {
  return LOCALE_CONFIG[locale].data?.missing[reason]?.label ?? reason;
}

function dateText(value: PartialDate, t: Translate, locale: Locale): string {
  const date = formatPartialDate(value, { locale });
  if (value.precision === "month") return t("cell.dayUnknown", { date });
  if (value.precision === "year") return t("cell.yearOnly", { date });
  return date;
}

const isPartialDate = (v: unknown): v is PartialDate =>
  typeof v === "object" && v !== null && "precision" in v && "iso" in v;

/**
 * One typed cell in plain words, in the page's language. Numbers carry their qualifier ("more
 * than 1,000", "понад 1 000"); a missing value is its reason, never a zero; an empty optional
 * cell says so; allowed values and reasons are read from the language's data dictionary. Free
 * text (summaries, notes, names) is returned as written: see `isFreeText`.
 */
export function cellText(
  name: string,
  row: Row,
  fields: ReadonlySet<string>,
  locale: Locale = "en",
): string {
  const t = translator(locale);
  const value: CellValue | undefined = row[name];
  if (value === null || value === undefined || value === "") return t("cell.noneGiven");
  if (isMissing(value)) return missingWords((value as Missing).missing, locale);
  if (typeof value === "number") {
    const q = qualifierField(name, fields);
    const qualifier = q ? row[q] : null;
    const number = formatNumber(value, locale);
    if (name === "percent") return `${number}%`;
    if (qualifier === "share") {
      const denominator = row["denominator"];
      return typeof denominator === "number"
        ? t("cell.shareOf", { figure: number, denominator: formatNumber(denominator, locale) })
        : number;
    }
    return typeof qualifier === "string" && qualifier !== "exact"
      ? `${valueWords(qualifier, locale)} ${number}`
      : number;
  }
  if (isPartialDate(value)) return dateText(value, t, locale);
  if (Array.isArray(value)) return value.map((v) => valueWords(v, locale)).join(", ");
  return valueWords(String(value), locale);
}

/**
 * Whether a column holds free text written in English (summaries, notes, names, limits): not
 * an allowed value, a date, a number, an address or a row id. On a page in another language
 * such a cell is marked lang="en".
 */
export function isFreeText(field: SchemaField, dict: Pick<DictionaryRow, "references">): boolean {
  if (field.type !== undefined && field.type !== "string") return false;
  if (field.constraints?.enum || field["x-partialDate"] || field.format === "uri") return false;
  return dict.references === null && field.name !== "id" && !field.name.endsWith("_id");
}

/** A cell as the history shows it: its words, and "en" when it is English free text. */
export interface CellWords {
  text: string;
  lang: "en" | null;
}

/**
 * One raw cell of a past version (as written in the CSV) in the page's language, for the
 * history's old -> new: a missing-value reason and an allowed value in that language, a number
 * and a date in its format, free text as written (marked English). `null` is a column that did
 * not exist then; "" an empty cell.
 */
export function rawCellWords(
  field: SchemaField | undefined,
  text: string | null,
  locale: Locale,
  dict?: Pick<DictionaryRow, "references" | "missing">,
): CellWords {
  const t = translator(locale);
  if (text === null) return { text: t("record.noColumn"), lang: null };
  if (text === "") return { text: t("record.empty"), lang: null };
  if (locale === "en" || field === undefined) return { text, lang: null };
  const reason = dict?.missing.find((m) => m.value === text);
  if (reason) return { text: reason.label, lang: null };
  if ((field.type === "integer" || field.type === "number") && /^-?\d+(\.\d+)?$/.test(text))
    return { text: formatNumber(Number(text), locale), lang: null };
  if (field["x-partialDate"] || field.type === "date") {
    const date = parsePartialDate(text);
    if (date) return { text: formatPartialDate(date, { locale }), lang: null };
  }
  if (field.type === "list")
    return {
      text: rawList(field, text)
        .map((v) => valueWords(v, locale))
        .join(", "),
      lang: null,
    };
  if (field.constraints?.enum) return { text: valueWords(text, locale), lang: null };
  const english = dict !== undefined && isFreeText(field, dict) && !/[\u0400-\u04ff]/.test(text);
  return { text, lang: english ? "en" : null };
}

/**
 * Columns that list column names of the dataset named in another column of the same row:
 * resource -> column -> the column naming the dataset.
 */
const COLUMN_LISTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  corrections: { fields: "resource" },
};

/** Names stay as written in every language; other free text gets an "(in English)" note. */
const NAME_FIELDS: ReadonlySet<string> = new Set([
  "outlet",
  "original_outlet",
  "author",
  "stated_by",
  "seed_file",
]);

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
  /**
   * On a page in another language, "en" when the value is English free text written by us or
   * a source (a summary, a note, a name), so the page marks it; else null.
   */
  lang: "en" | null;
  /** Whether the page adds "(in English)" after the value: prose, not a name. */
  inEnglish: boolean;
  /** Whether the value is our translation of the English cell (the page says so). */
  translated: boolean;
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
  /** The page's language (default English). */
  locale?: Locale;
  /**
   * Our translation of a cell of our prose in the page's language (src/lib/data/prose.ts), or
   * null where there is no current one. Default: none.
   */
  translate?: (field: string, english: string) => string | null;
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
  /** The citation in pieces, the package's English title marked (see citationParts). */
  citationParts: CitationPart[];
  /** Every source the row relies on, main one first. */
  sourceIds: string[];
}

function linksFor(
  dict: DictionaryRow,
  value: CellValue | string | undefined,
  exists: (resource: string, id: string) => boolean,
  locale: Locale,
): FieldLink[] {
  const target = dict.references?.resource;
  if (!target || value === null || value === undefined || isMissing(value)) return [];
  const ids = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
  // All or nothing: a list whose items cannot all be linked is printed as text.
  if (!ids.every((id) => exists(target, id))) return [];
  return ids.map((id) => ({ text: id, href: hrefIn(locale, recordPath(target, id)) }));
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
  const { resource, row, raw, locale = "en" } = input;
  const t = translator(locale);
  const present = new Set(resource.fields.map((f) => f.name));
  const rawOf = (name: string): string => raw.cells[raw.header.indexOf(name)] ?? "";
  const fields = resource.fields.map((field): RecordField => {
    const dict = dictionaryRow(field, resource.primaryKey, input.foreignKeys, {
      locale,
      resource: resource.name,
    });
    const text = rawOf(field.name);
    const reason = dict.missing.find((m) => m.value === text);
    const typed = row ? row[field.name] : undefined;
    const listed = field.type === "list" && !reason ? rawList(field, text) : text;
    // A list of another dataset's column names (a correction's `fields`): each column by its
    // title in the page's language, as the dictionary writes it.
    const columnsOf = COLUMN_LISTS[resource.name]?.[field.name];
    const columns =
      columnsOf && locale !== "en" && text !== "" && !reason
        ? text
            .split(";")
            .map((name) => name.trim())
            .map(
              (name) =>
                LOCALE_CONFIG[locale].data?.fields[`${rawOf(columnsOf)}.${name}`]?.title ?? name,
            )
            .join(", ")
        : null;
    // A removed row has only its raw cells: reasons and allowed values are still translated.
    const value = columns
      ? columns
      : row
        ? cellText(field.name, row, present, locale)
        : text === ""
          ? t("cell.noneGiven")
          : reason
            ? reason.label
            : valueWords(text, locale);
    const english =
      locale !== "en" &&
      !reason &&
      columns === null &&
      text !== "" &&
      isFreeText(field, dict) &&
      !/[\u0400-\u04ff]/.test(text);
    // A current row's prose in our translation, where there is one (a removed row keeps its
    // last English words).
    const translation = english && row ? (input.translate?.(field.name, text) ?? null) : null;
    const shownInEnglish = english && translation === null;
    return {
      name: field.name,
      label: dict.title ?? humanize(field.name),
      value: translation ?? value,
      missingMeaning: reason ? reason.meaning : null,
      links: linksFor(dict, row ? typed : listed, input.exists ?? (() => true), locale),
      lang: shownInEnglish ? "en" : null,
      inEnglish: shownInEnglish && !NAME_FIELDS.has(field.name),
      translated: translation !== null,
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
    citationParts: recordCitationParts(input),
    sourceIds,
  };
}

type CiteRecordInput = Pick<
  RecordInput,
  "resource" | "id" | "packageTitle" | "version" | "updated" | "url" | "locale"
>;

/** How to cite one record, in pieces: the package's title is kept in English and marked so. */
export function recordCitationParts(input: CiteRecordInput): CitationPart[] {
  const locale = input.locale ?? "en";
  return citationParts(locale, "data.citeRecord", input.packageTitle, {
    site: SITE.name,
    title: input.resource.title,
    id: input.id,
    version: input.version,
    date: formatIsoDay(input.updated, { locale }),
    url: input.url,
  });
}

/** How to cite one record: the dataset, the row id, the data version and its date, the address. */
export function recordCitation(input: CiteRecordInput): string {
  return recordCitationParts(input)
    .map((p) => p.text)
    .join("");
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
