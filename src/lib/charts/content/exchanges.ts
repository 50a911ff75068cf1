/** The exchanges figure: panels with text alternatives from the data, legend, table, sources. */
import type { ChartContent, PanelDefinition } from "../figure.ts";
import { formatMonth } from "../../format.ts";
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
  whoInText,
  whoText,
} from "../specs/exchanges.ts";
import { CLS } from "../theme.ts";
import { recordHref } from "../sources.ts";
import { proseIn } from "../../data/prose.ts";
import {
  chartT,
  missingText,
  qualified,
  spoken,
  valueText,
  type Locale,
  type Translate,
} from "../text.ts";
import type { MessageKey } from "../../i18n/index.ts";

/** Per side: the words of the table's "What" column and the text alternative's sentences. */
const SIDE_KEYS: Readonly<
  Record<Side, { returned: MessageKey; claim: MessageKey; announced: MessageKey; said: MessageKey }>
> = {
  ukraine: {
    returned: "chart.exchanges.returnedToUkraine",
    claim: "chart.exchanges.returnedToUkraineClaim",
    announced: "chart.exchanges.announcedUkraine",
    said: "chart.exchanges.claimToUkraine",
  },
  russia: {
    returned: "chart.exchanges.returnedToRussia",
    claim: "chart.exchanges.returnedToRussiaClaim",
    announced: "chart.exchanges.announcedRussia",
    said: "chart.exchanges.claimToRussia",
  },
};

/** The English words of the CSV's "what" column: the download is the same in every language. */
const CSV_WHAT: Readonly<Record<Side, string>> = {
  ukraine: "to Ukraine",
  russia: "to Russia",
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
  const { locale } = sel;
  const t = chartT(locale);
  const first = sel.exchanges[0];
  const last = sel.exchanges.at(-1);
  if (first === undefined || last === undefined) return t("chart.exchanges.noneInPeriod");
  const start = formatMonth(first.date.start, { locale });
  const end = formatMonth(last.date.start, { locale });
  const stages = sel.exchanges.filter((e) => e.kind === "stage").length;
  const exchanges = t("chart.exchanges.nExchanges", { count: sel.exchanges.length - stages });
  const events =
    stages > 0
      ? t("chart.exchanges.eventsWithStages", {
          exchanges,
          stages: t("chart.exchanges.nStages", { count: stages }),
        })
      : t("chart.exchanges.nExchanges", { count: sel.exchanges.length });
  const sentences = [
    start === end
      ? t("chart.exchanges.showsIn", { month: start, events })
      : t("chart.exchanges.showsFromTo", { start, end, events }),
  ];
  for (const side of sel.sides) {
    const points = sel.points.filter((p) => p.side === side);
    const known = points.filter((p) => p.value !== null);
    const { total, approximate } = sumOf(known);
    const undisclosed = points.filter((p) => p.missing === "not disclosed").length;
    const unreported = points.length - known.length - undisclosed;
    const gapParams = {
      undisclosed: spoken(undisclosed, locale),
      unreported: spoken(unreported, locale),
    };
    const gaps =
      undisclosed > 0 && unreported > 0
        ? t("chart.exchanges.gapsBoth", gapParams)
        : undisclosed > 0
          ? t("chart.exchanges.gapsUndisclosed", gapParams)
          : unreported > 0
            ? t("chart.exchanges.gapsUnreported", gapParams)
            : "";
    sentences.push(
      t(SIDE_KEYS[side].announced, {
        total: spoken(total, locale),
        known: spoken(known.length, locale),
        approximate: approximate ? t("chart.exchanges.approximate") : "",
        gaps,
      }),
    );
  }
  if (sel.claims.length > 0) {
    const exchanges = new Set(sel.claims.map((c) => c.exchangeId)).size;
    const listed = sel.claims.slice(0, MAX_LISTED_CLAIMS).map((c) =>
      t(SIDE_KEYS[c.side].said, {
        date: c.dateLabel,
        who: whoInText(c.statedBy, locale),
        figure: qualified(c.value ?? 0, c.qualifier, locale, { speak: true }),
      }),
    );
    const more = sel.claims.length - listed.length;
    sentences.push(
      t("chart.exchanges.claims", {
        count: exchanges,
        list: listed.join("; "),
        more: more > 0 ? t("chart.exchanges.moreClaims", { count: more }) : "",
      }),
    );
  }
  // The notes' numbers are written for the eye ("1 000"); a screen reader gets one number.
  for (const note of sel.annotations) {
    sentences.push(
      `${locale === "en" ? note.text : note.text.replace(/(\d)\u00a0(?=\d)/g, "$1")}.`,
    );
  }
  return sentences.join(" ");
}

/** The text alternative of a totals panel. */
export function describeTotals(sel: ExchangeSelection, measures: readonly string[]): string {
  const { locale } = sel;
  const t = chartT(locale);
  const figure = (p: { value: number; qualifier: TotalPoint["qualifier"] }): string =>
    qualified(p.value, p.qualifier, locale, { speak: true });
  const lines = measures.map((measure) => {
    const series = sel.totals.filter((p) => p.measure === measure);
    const first = series[0];
    const last = series.at(-1);
    if (first === undefined || last === undefined) return "";
    // Each line starts a sentence: capitalised where the measure is translated.
    const name = locale === "en" ? measure : capitalise(valueText(measure, locale));
    if (first === last) {
      return t("chart.exchanges.totalOnce", {
        measure: name,
        figure: figure(first),
        when: first.when,
        who: whoInText(first.statedBy, locale),
      });
    }
    return t("chart.exchanges.totalFromTo", {
      measure: name,
      first: figure(first),
      firstWhen: first.when,
      last: figure(last),
      lastWhen: last.when,
      statements: t("chart.exchanges.nStatements", { count: series.length }),
    });
  });
  return t("chart.exchanges.totalsDescription", {
    lines: lines.filter((l) => l !== "").join(". "),
  });
}

function columns(t: Translate): readonly Column[] {
  return [
    { key: "date_label", label: t("chart.column.date") },
    { key: "what_label", label: t("chart.column.what") },
    { key: "figure_label", label: t("chart.column.figure"), numeric: true },
    { key: "stated_by_label", label: t("chart.column.statedBy") },
    { key: "source_label", label: t("chart.column.source") },
  ];
}

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

/**
 * Who stated a figure, for the table: translated (a known body, or our translation of a total's
 * `stated_by` cell), or as written and marked as English.
 */
function statedByCells(who: string, locale: Locale, total?: string): Record<string, string> {
  let label = whoText(who, locale);
  if (locale !== "en" && label === who && total !== undefined)
    label = proseIn("totals", total, "stated_by", who, locale).text;
  return locale !== "en" && label === who
    ? { stated_by_label: label, stated_by_label_lang: "en" }
    : { stated_by_label: label };
}

function pointRow(p: ExchangePoint, locale: Locale): Record<string, string> {
  const t = chartT(locale);
  return {
    resource: p.resource,
    id: p.id,
    // The record page of the one row drawn; a monthly sum has none.
    record_href: p.rows === 1 ? recordHref(p.resource, p.id, locale) : "",
    exchange_id: p.exchangeId,
    date: p.dateIso,
    date_label: p.dateLabel,
    what: `returned ${CSV_WHAT[p.side]}${p.resource === "exchange_claims" ? " (differing claim)" : ""}`,
    what_label: t(
      p.resource === "exchange_claims" ? SIDE_KEYS[p.side].claim : SIDE_KEYS[p.side].returned,
    ),
    figure: p.value === null ? "" : String(p.value),
    figure_label:
      p.value === null
        ? p.missing === null
          ? ""
          : missingText(p.missing, locale)
        : qualified(p.value, p.qualifier, locale),
    qualifier: p.qualifier,
    missing: p.missing ?? "",
    stated_by: p.statedBy,
    ...statedByCells(p.statedBy, locale),
    source_id: p.sourceId,
    source_label: p.sourceLabel,
  };
}

function totalRow(p: TotalPoint, locale: Locale): Record<string, string> {
  return {
    resource: "totals",
    id: p.id,
    record_href: recordHref("totals", p.id, locale),
    exchange_id: "",
    date: p.dateIso,
    date_label: p.dateLabel,
    what: `running total: ${p.measure}`,
    what_label: chartT(locale)("chart.exchanges.runningTotal", {
      measure: valueText(p.measure, locale),
    }),
    figure: String(p.value),
    figure_label: qualified(p.value, p.qualifier, locale),
    qualifier: p.qualifier,
    missing: "",
    stated_by: p.statedBy,
    ...statedByCells(p.statedBy, locale, p.id),
    source_id: p.sourceId,
    source_label: p.sourceLabel,
  };
}

export function exchangesLegend(t: Translate): readonly LegendItem[] {
  return [
    { label: t("chart.exchanges.legendAnnounced"), shape: "dot", className: CLS.announced },
    { label: t("chart.exchanges.legendClaim"), shape: "diamond", className: CLS.claim },
    { label: t("chart.exchanges.legendUndisclosed"), shape: "ring", className: CLS.undisclosed },
    { label: t("chart.exchanges.legendNotReported"), shape: "cross", className: CLS.notReported },
  ];
}

export function totalsLegend(t: Translate): readonly LegendItem[] {
  return [
    {
      label: t("chart.exchanges.legendTotalExact"),
      shape: "dot",
      className: `${CLS.series(0)} ${CLS.verified}`,
    },
    {
      label: t("chart.exchanges.legendTotalApprox"),
      shape: "ring",
      className: `${CLS.series(0)} ${CLS.unverified}`,
    },
  ];
}

export const EXCHANGES_LEGEND: readonly LegendItem[] = exchangesLegend(chartT("en"));
export const TOTALS_LEGEND: readonly LegendItem[] = totalsLegend(chartT("en"));

export function exchangesContent(
  data: ChartData,
  filters: ChartFilters,
  locale: Locale = "en",
): ChartContent {
  const t = chartT(locale);
  const sel = selectExchanges(data, filters, locale);
  const panels: PanelDefinition[] = [];
  if (sel.points.length > 0) {
    panels.push({
      key: "each",
      heading: t("chart.exchanges.headingEach"),
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
          ? t("chart.exchanges.headingTotals")
          : t("chart.exchanges.headingCount", {
              measures: capitalise(measures.map((m) => valueText(m, locale)).join(", ")),
            }),
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
      ...(sel.points.length > 0 ? exchangesLegend(t) : []),
      ...(sel.totals.length > 0 ? totalsLegend(t) : []),
    ],
    table: {
      caption: t("chart.exchanges.caption", {
        figures: t(
          sel.aggregated ? "chart.exchanges.nMonthlyFigures" : "chart.exchanges.nExchangeFigures",
          {
            count: drawn.length,
          },
        ),
        totals: t("chart.exchanges.nOfficialTotals", { count: sel.totals.length }),
        aggregated: sel.aggregated
          ? t("chart.exchanges.captionAggregated", { count: sel.points.length })
          : "",
      }),
      columns: columns(t),
      csvColumns: CSV_COLUMNS,
      rows: [
        ...drawn.map((p) => pointRow(p, locale)),
        ...sel.totals.map((p) => totalRow(p, locale)),
      ],
    },
    sourceIds: [...drawn.map((p) => p.sourceId), ...sel.totals.map((p) => p.sourceId)],
    emptyMessage: t("chart.exchanges.empty"),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
