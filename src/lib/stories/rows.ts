/**
 * Looking up a figure from a data row for <KeyFigure row="totals:<id>" />, so a number in a
 * story cannot drift from the data. Framework-free; reads rows only through the data reader.
 */
import { load } from "../data";
import { formatNumber, formatPercent } from "../format.ts";
import { translator, type Locale } from "../i18n/index.ts";
import { missingText, qualified } from "../charts/text.ts";
import { isMissing, type Maybe, type Missing, type Qualifier } from "../data/types";

/** Resources a KeyFigure may point at, with the numeric fields it may show and the default one. */
export const FIGURE_FIELDS = {
  totals: { fields: ["figure"], default: "figure" },
  abuses: { fields: ["figure", "denominator", "percent"], default: "figure" },
  exchange_claims: { fields: ["figure"], default: "figure" },
  exchanges: {
    fields: [
      "returned_to_ukraine",
      "ukraine_military",
      "ukraine_civilians",
      "returned_to_russia",
      "russia_military",
      "russia_civilians",
      "exchange_number",
    ],
    default: null,
  },
} as const satisfies Record<string, { fields: readonly string[]; default: string | null }>;

export type FigureResource = keyof typeof FIGURE_FIELDS;

export function isFigureResource(x: string): x is FigureResource {
  return Object.hasOwn(FIGURE_FIELDS, x);
}

export interface RowRef {
  resource: FigureResource;
  id: string;
}

/** `totals:returned-2024-12-30` -> { resource, id }, or a plain-language problem. */
export function parseRowRef(text: string): RowRef | { problem: string } {
  const at = text.indexOf(":");
  const resource = at < 0 ? "" : text.slice(0, at);
  const id = at < 0 ? "" : text.slice(at + 1);
  if (!isFigureResource(resource) || id === "") {
    return {
      problem: `row="${text}" is not a row reference. Write the file name and the row id with a colon, e.g. row="totals:<id>". Files: ${Object.keys(FIGURE_FIELDS).join(", ")}.`,
    };
  }
  return { resource, id };
}

/** What a KeyFigure shows: the number (or why it is missing), how exact it is, and its source. */
export interface Figure {
  value: Maybe<number>;
  qualifier: Qualifier | "share" | null;
  /** For shares: "of 174". */
  denominator: number | null;
  /**
   * For a share published only as a percentage (the count is `not stated`): the percentage,
   * shown as "86% of 142, count not published". Null otherwise.
   */
  percent?: number | null;
  sourceId: string;
}

interface AnyRow {
  id: string;
  source_id: string;
  [key: string]: unknown;
}

function rowsOf(resource: FigureResource): readonly AnyRow[] {
  return load(resource) as unknown as readonly AnyRow[];
}

export function findRow(ref: RowRef): AnyRow | undefined {
  return rowsOf(ref.resource).find((row) => row.id === ref.id);
}

function asMaybeNumber(value: unknown): Maybe<number> | undefined {
  if (typeof value === "number") return value;
  if (isMissing(value)) return value as Missing;
  return undefined;
}

/**
 * The figure in `field` of the row, or a plain-language problem (unknown row, unknown field,
 * field needed).
 */
export function lookupFigure(ref: RowRef, field: string | undefined): Figure | { problem: string } {
  const spec = FIGURE_FIELDS[ref.resource];
  const row = findRow(ref);
  if (!row) {
    return {
      problem: `There is no row "${ref.id}" in data/${ref.resource}.csv. Check the id column of data/${ref.resource}.csv and copy the id exactly.`,
    };
  }
  const chosen = field ?? spec.default;
  if (chosen === null) {
    return {
      problem: `A figure from data/${ref.resource}.csv needs field="...": one of ${spec.fields.join(", ")}.`,
    };
  }
  if (!(spec.fields as readonly string[]).includes(chosen)) {
    return {
      problem: `field="${chosen}" is not a number in data/${ref.resource}.csv. Use one of: ${spec.fields.join(", ")}.`,
    };
  }
  const value = asMaybeNumber(row[chosen]);
  if (value === undefined) {
    return { problem: `field="${chosen}" of row "${ref.id}" holds no number.` };
  }
  const abuseFigure = ref.resource === "abuses" && chosen === "figure";
  return {
    value,
    qualifier: qualifierFor(ref.resource, row, chosen),
    denominator: abuseFigure ? asNumber(row["denominator"]) : null,
    percent: abuseFigure ? asNumber(row["percent"]) : null,
    sourceId: row.source_id,
  };
}

function asNumber(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

function qualifierFor(resource: FigureResource, row: AnyRow, field: string): Figure["qualifier"] {
  if (resource === "totals" || resource === "exchange_claims") return row["qualifier"] as Qualifier;
  if (resource === "abuses")
    return field === "figure" ? (row["figure_kind"] as Figure["qualifier"]) : null;
  if (field === "returned_to_ukraine") return row["returned_to_ukraine_qualifier"] as Qualifier;
  if (field === "returned_to_russia") return row["returned_to_russia_qualifier"] as Qualifier;
  return null;
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: "",
  "at least": "at least ",
  "more than": "more than ",
  about: "about ",
  "up to": "up to ",
};

/**
 * "more than 1,000", "169 of 174", "86% of 142, count not published" (a share whose count was
 * never published: the count is not worked out from the percentage), or the reason the number
 * is missing ("not disclosed").
 */
export function formatFigure(
  figure: Pick<Figure, "value" | "qualifier" | "denominator" | "percent">,
  locale: Locale = "en",
): string {
  if (locale !== "en") return formatFigureIn(figure, locale);
  if (isMissing(figure.value)) {
    const { percent, denominator } = figure;
    return figure.qualifier === "share" &&
      percent !== null &&
      percent !== undefined &&
      denominator !== null
      ? `${formatNumber(percent)}% of ${formatNumber(denominator)}, count not published`
      : figure.value.missing;
  }
  const number = formatNumber(figure.value);
  if (figure.qualifier === "share") {
    return figure.denominator === null
      ? number
      : `${number} of ${formatNumber(figure.denominator)}`;
  }
  return `${figure.qualifier ? QUALIFIER_WORDS[figure.qualifier] : ""}${number}`;
}

/**
 * The same in another language: qualifier words, missing-value reasons and the share's wording
 * from that language's strings and data dictionary, numbers from the one formatter.
 */
function formatFigureIn(
  figure: Pick<Figure, "value" | "qualifier" | "denominator" | "percent">,
  locale: Locale,
): string {
  const t = translator(locale);
  const { percent, denominator } = figure;
  if (isMissing(figure.value)) {
    return figure.qualifier === "share" &&
      percent !== null &&
      percent !== undefined &&
      denominator !== null
      ? t("chart.abuses.percentOf", {
          percent: formatPercent(percent, locale),
          denominator: formatNumber(denominator, locale),
        })
      : missingText(figure.value.missing, locale);
  }
  if (figure.qualifier === "share") {
    const count = formatNumber(figure.value, locale);
    return denominator === null
      ? count
      : t("figures.shareOf", { figure: count, denominator: formatNumber(denominator, locale) });
  }
  return qualified(figure.value, figure.qualifier ?? "exact", locale);
}
