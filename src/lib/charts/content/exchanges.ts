/** The exchanges figure: panels with text alternatives from the data, legend, table, sources. */
import type { ChartContent, PanelDefinition } from "../figure.ts";
import { formatMonth, formatNumber, formatQualified, plural } from "../../format.ts";
import type { ChartData, Column, LegendItem } from "../model.ts";
import type { ChartFilters } from "../registry.ts";
import {
  exchangesSpec,
  selectExchanges,
  totalsPanels,
  panelUnit,
  totalsSpec,
  type ExchangePoint,
  type ExchangeSelection,
  type Side,
  type TotalPoint,
} from "../specs/exchanges.ts";
import { CLS } from "../theme.ts";
import { recordHref } from "../sources.ts";

const SIDE_WORDS: Readonly<Record<Side, { to: string; by: string }>> = {
  ukraine: { to: "to Ukraine", by: "Ukraine" },
  russia: { to: "to Russia", by: "Russia's defence ministry" },
};

function sumOf(points: readonly ExchangePoint[]): { total: number; approximate: boolean } {
  let total = 0;
  let approximate = false;
  for (const p of points) {
    if (p.value === null) continue;
    total += p.value;
    if (p.qualifier !== "exact") approximate = true;
  }
  return { total, approximate };
}

/** Differing claims named one by one in the text alternative; more are counted. */
const MAX_LISTED_CLAIMS = 12;

/** The text alternative of the exchanges panel, every number computed from the rows. */
export function describeExchanges(sel: ExchangeSelection): string {
  const first = sel.exchanges[0];
  const last = sel.exchanges.at(-1);
  if (first === undefined || last === undefined) return "No exchanges in this period.";
  const span =
    formatMonth(first.date.start) === formatMonth(last.date.start)
      ? `In ${formatMonth(first.date.start)}`
      : `From ${formatMonth(first.date.start)} to ${formatMonth(last.date.start)}`;
  const stages = sel.exchanges.filter((e) => e.kind === "stage").length;
  const events =
    stages > 0
      ? `${plural(sel.exchanges.length - stages, "exchange")} and ${plural(stages, "stage")} of staged exchanges`
      : plural(sel.exchanges.length, "exchange");
  const sentences = [`${span}, the chart shows ${events}.`];
  for (const side of sel.sides) {
    const points = sel.points.filter((p) => p.side === side);
    const known = points.filter((p) => p.value !== null);
    const { total, approximate } = sumOf(known);
    const undisclosed = points.filter((p) => p.missing === "not disclosed").length;
    const unreported = points.length - known.length - undisclosed;
    const gaps = [
      undisclosed > 0 ? `not disclosed for ${formatNumber(undisclosed)}` : "",
      unreported > 0 ? `not reported for ${formatNumber(unreported)}` : "",
    ].filter((g) => g !== "");
    sentences.push(
      `${SIDE_WORDS[side].by} announced ${formatNumber(total)} people returned ${SIDE_WORDS[side].to} in ${formatNumber(known.length)} of them${approximate ? " (some figures are approximate)" : ""}${gaps.length > 0 ? `; the figure was ${gaps.join(" and ")}` : ""}.`,
    );
  }
  if (sel.claims.length > 0) {
    const exchanges = new Set(sel.claims.map((c) => c.exchangeId)).size;
    const listed = sel.claims
      .slice(0, MAX_LISTED_CLAIMS)
      .map(
        (c) =>
          `${c.dateLabel}, ${c.statedBy} said ${formatQualified(c.value ?? 0, c.qualifier)} ${SIDE_WORDS[c.side].to}`,
      );
    const more = sel.claims.length - listed.length;
    sentences.push(
      `For ${plural(exchanges, "exchange")}, another party announced a different figure: ${listed.join("; ")}${more > 0 ? `; and ${plural(more, "other claim")} (see the table)` : ""}.`,
    );
  }
  for (const note of sel.annotations) sentences.push(`${note.text}.`);
  return sentences.join(" ");
}

/** The text alternative of a totals panel. */
export function describeTotals(sel: ExchangeSelection, measures: readonly string[]): string {
  const lines = measures.map((measure) => {
    const series = sel.totals.filter((p) => p.measure === measure);
    const first = series[0];
    const last = series.at(-1);
    if (first === undefined || last === undefined) return "";
    if (first === last) {
      return `${measure}: ${formatQualified(first.value, first.qualifier)} ${first.when} (${first.statedBy})`;
    }
    return `${measure}: from ${formatQualified(first.value, first.qualifier)} ${first.when} to ${formatQualified(last.value, last.qualifier)} ${last.when}, ${plural(series.length, "statement")}`;
  });
  return `Official running totals, one line per measure, never combined. ${lines.filter((l) => l !== "").join(". ")}.`;
}

const COLUMNS: readonly Column[] = [
  { key: "date_label", label: "Date" },
  { key: "what", label: "What" },
  { key: "figure_label", label: "Figure", numeric: true },
  { key: "stated_by", label: "Stated by" },
  { key: "source_label", label: "Source" },
];

const CSV_COLUMNS = [
  "resource",
  "id",
  "exchange_id",
  "date",
  "what",
  "figure",
  "qualifier",
  "missing",
  "stated_by",
  "source_id",
] as const;

function pointRow(p: ExchangePoint): Record<string, string> {
  return {
    resource: p.resource,
    id: p.id,
    // The record page of the one row drawn; a monthly sum has none.
    record_href: p.rows === 1 ? recordHref(p.resource, p.id) : "",
    exchange_id: p.exchangeId,
    date: p.dateIso,
    date_label: p.dateLabel,
    what: `returned ${SIDE_WORDS[p.side].to}${p.resource === "exchange_claims" ? " (differing claim)" : ""}`,
    figure: p.value === null ? "" : String(p.value),
    figure_label: p.value === null ? (p.missing ?? "") : formatQualified(p.value, p.qualifier),
    qualifier: p.qualifier,
    missing: p.missing ?? "",
    stated_by: p.statedBy,
    source_id: p.sourceId,
    source_label: p.sourceLabel,
  };
}

function totalRow(p: TotalPoint): Record<string, string> {
  return {
    resource: "totals",
    id: p.id,
    record_href: recordHref("totals", p.id),
    exchange_id: "",
    date: p.dateIso,
    date_label: p.dateLabel,
    what: `running total: ${p.measure}`,
    figure: String(p.value),
    figure_label: formatQualified(p.value, p.qualifier),
    qualifier: p.qualifier,
    missing: "",
    stated_by: p.statedBy,
    source_id: p.sourceId,
    source_label: p.sourceLabel,
  };
}

export const EXCHANGES_LEGEND: readonly LegendItem[] = [
  {
    label: "figure announced by the receiving side's government",
    shape: "dot",
    className: CLS.announced,
  },
  { label: "the other side's different figure", shape: "diamond", className: CLS.claim },
  {
    label: "not disclosed (drawn at the line; not zero)",
    shape: "ring",
    className: CLS.undisclosed,
  },
  { label: "not reported by any source found", shape: "cross", className: CLS.notReported },
];

export const TOTALS_LEGEND: readonly LegendItem[] = [
  {
    label: "running total as stated (exact figure)",
    shape: "dot",
    className: `${CLS.series(0)} ${CLS.verified}`,
  },
  {
    label: "running total given as “more than” or “about”",
    shape: "ring",
    className: `${CLS.series(0)} ${CLS.unverified}`,
  },
];

export function exchangesContent(data: ChartData, filters: ChartFilters): ChartContent {
  const sel = selectExchanges(data, filters);
  const panels: PanelDefinition[] = [];
  if (sel.points.length > 0) {
    panels.push({
      key: "each",
      heading: "People returned in each exchange",
      description: describeExchanges(sel),
      spec: (options) => exchangesSpec(sel, options),
      notes: sel.annotations.map((a) => a.text),
    });
  }
  totalsPanels(sel).forEach((measures, i) => {
    panels.push({
      key: `totals-${i + 1}`,
      heading:
        panelUnit(sel, measures) === "people"
          ? "Official running totals"
          : `${capitalise(measures.join(", "))}: official count`,
      description: describeTotals(sel, measures),
      spec: (options) => totalsSpec(sel, options, measures),
    });
  });
  const drawn = [...sel.drawn, ...sel.claims].sort(
    (a, b) =>
      a.date.getTime() - b.date.getTime() ||
      a.id.localeCompare(b.id) ||
      a.side.localeCompare(b.side),
  );
  return {
    panels,
    legend: [
      ...(sel.points.length > 0 ? EXCHANGES_LEGEND : []),
      ...(sel.totals.length > 0 ? TOTALS_LEGEND : []),
    ],
    table: {
      caption: `Figures drawn in the chart: ${plural(drawn.length, sel.aggregated ? "monthly figure" : "exchange figure")} and ${plural(sel.totals.length, "official total")}. ${sel.aggregated ? `With ${formatNumber(sel.points.length)} figures, the chart adds them up by month and side; undisclosed figures are counted apart, never added in. ` : ""}Aborted exchanges and returns of bodies are not included.`,
      columns: COLUMNS,
      csvColumns: CSV_COLUMNS,
      rows: [...drawn.map(pointRow), ...sel.totals.map(totalRow)],
    },
    sourceIds: [...drawn.map((p) => p.sourceId), ...sel.totals.map((p) => p.sourceId)],
    emptyMessage: "No exchanges or official totals fall within this chart's dates.",
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
