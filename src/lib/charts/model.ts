/**
 * Shapes shared by the chart modules: the rows a chart may draw, and the framework-free model
 * of one rendered figure that Chart.astro turns into HTML.
 */
import type {
  AbuseRow,
  CommunicationRow,
  ExchangeClaimRow,
  ExchangeRow,
  SourceRow,
  TotalRow,
} from "../data/types.ts";
import type { ValueMeaning } from "../data/contract.ts";

/** Every resource a chart may draw, plus the dataset version for file names. */
export interface ChartData {
  version: string;
  sources: readonly SourceRow[];
  exchanges: readonly ExchangeRow[];
  exchange_claims: readonly ExchangeClaimRow[];
  totals: readonly TotalRow[];
  communication: readonly CommunicationRow[];
  abuses: readonly AbuseRow[];
  /**
   * What each totals measure means to the charts (`x-values` in datapackage.json). Absent: the
   * contract's (src/lib/data/contract.generated.ts); a test package may bring its own.
   */
  measures?: Readonly<Record<string, ValueMeaning>>;
}

/** One column of the data table and the CSV file. */
export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
}

/** The rows drawn, as a table: the same rows go into the CSV download. */
export interface TableModel {
  caption: string;
  /** Columns shown in the HTML table (readable values). */
  columns: readonly Column[];
  /** Keys written to the CSV file (machine-readable values: ISO dates, plain numbers). */
  csvColumns: readonly string[];
  /**
   * A cell's value under its column's key; `<key>_lang` ("en") marks a value shown in another
   * language than the page's (a name the data holds only in English).
   */
  rows: readonly Readonly<Record<string, string>>[];
}

/** A legend entry: a small shape drawn with the same CSS class as the marks it explains. */
export interface LegendItem {
  label: string;
  shape: "dot" | "ring" | "diamond" | "cross" | "bar" | "hatch" | "line";
  /** Class from src/styles/charts.css, shared with the marks. */
  className: string;
  /** For "hatch": the status slug whose pattern classes draw it ("banned", "none-in-practice"). */
  pattern?: string;
}

/** A link to a source page. */
export interface SourceLink {
  id: string;
  label: string;
  href: string;
}
