/** The abuses figure: one panel per measure (counts, shares), text alternatives from the rows. */
import type { ChartContent, PanelDefinition } from "../figure.ts";
import { plural } from "../../format.ts";
import type { ChartData, Column, LegendItem } from "../model.ts";
import type { ChartFilters } from "../registry.ts";
import {
  abuseCountSpec,
  abuseShareSpec,
  selectAbuses,
  type AbusePanelData,
  type AbusePoint,
} from "../specs/abuses.ts";
import { CLS } from "../theme.ts";
import { recordHref } from "../sources.ts";
import { isMissing } from "../../data/types.ts";
import { chartT, valueText, type Locale, type Translate } from "../text.ts";
import { seriesText } from "../specs/abuses.ts";

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The text alternative of one panel: every figure, grouped by perpetrator and counter. */
export function describeAbusePanel(panel: AbusePanelData): string {
  if (panel.locale !== "en") return describeLocal(panel, panel.locale);
  const head =
    panel.kind === "share"
      ? `${capital(panel.measure)}, as shares of the prisoners interviewed.`
      : `${capital(panel.measure)}: each figure as reported, with the period it covers; figures from different counters are not added up.`;
  const perpetrators = [...new Set(panel.points.map((p) => p.perpetrator))].sort();
  const parts = perpetrators.map((perpetrator) => {
    const mine = panel.points.filter((p) => p.perpetrator === perpetrator);
    const series = [...new Set(mine.map((p) => p.series))];
    const lines = series.map((s) => {
      const items = mine.filter((p) => p.series === s);
      const shown = items.slice(-6);
      const earlier = items.length - shown.length;
      return `${s}: ${shown
        .map(
          (p) =>
            `${p.figureLabel} (${p.row.victims}, reported ${p.dateLabel}, period ${p.periodLabel})`,
        )
        .join("; ")}${earlier > 0 ? `; and ${plural(earlier, "earlier figure")}` : ""}`;
    });
    return `Perpetrator ${perpetrator}. ${lines.join(". ")}.`;
  });
  return `${head} ${parts.join(" ")}`;
}

/** A number a screen reader reads as one: no space between thousands. */
const oneNumber = (text: string): string => text.replace(/(\d)\u00a0(?=\d)/g, "$1");

/** The text alternative in a language other than English, from whole templates. */
function describeLocal(panel: AbusePanelData, locale: Locale): string {
  const t = chartT(locale);
  const measure = capital(valueText(panel.measure, locale));
  const head =
    panel.kind === "share"
      ? t("chart.abuses.describeShare", { measure })
      : t("chart.abuses.describeCount", { measure });
  const perpetrators = [...new Set(panel.points.map((p) => p.perpetrator))].sort();
  const parts = perpetrators.map((perpetrator) => {
    const mine = panel.points.filter((p) => p.perpetrator === perpetrator);
    const series = [...new Set(mine.map((p) => p.series))];
    const lines = series.map((s) => {
      const items = mine.filter((p) => p.series === s);
      const shown = items.slice(-6);
      const earlier = items.length - shown.length;
      const first = items[0];
      return t("chart.abuses.describeSeries", {
        series: first === undefined ? s : seriesText(first.row, locale),
        items: shown
          .map((p) =>
            t("chart.abuses.describeItem", {
              figure: oneNumber(p.figureLabel),
              victims: valueText(p.row.victims, locale),
              date: p.dateLabel,
              period: p.periodLabel,
            }),
          )
          .join("; "),
        more: earlier > 0 ? t("chart.abuses.describeEarlier", { count: earlier }) : "",
      });
    });
    return t("chart.abuses.describePerpetrator", {
      perpetrator: valueText(perpetrator, locale),
      lines: lines.join(". "),
    });
  });
  return `${head} ${parts.join(" ")}`;
}

function columns(t: Translate): readonly Column[] {
  return [
    { key: "date_label", label: t("chart.abuses.columnReported") },
    { key: "period_label", label: t("chart.abuses.columnPeriod") },
    { key: "measure_label", label: t("chart.abuses.columnMeasure") },
    { key: "figure_label", label: t("chart.column.figure"), numeric: true },
    { key: "victims_label", label: t("chart.abuses.columnVictims") },
    { key: "perpetrator_label", label: t("chart.abuses.columnPerpetrator") },
    { key: "reporting_body_label", label: t("chart.abuses.columnCountedBy") },
    { key: "verification_label", label: t("chart.abuses.columnVerification") },
    { key: "source_label", label: t("chart.column.source") },
  ];
}

const CSV_COLUMNS = [
  "resource",
  "id",
  "report_date",
  "period_start",
  "period_end",
  "measure",
  "figure",
  "figure_kind",
  "denominator",
  "percent",
  "victims",
  "perpetrator",
  "reporting_body",
  "verification",
  "source_id",
] as const;

function tableRow(p: AbusePoint, locale: Locale): Record<string, string> {
  const r = p.row;
  const iso = (d: typeof r.report_date): string => ("missing" in d ? d.missing : d.iso);
  return {
    measure_label: valueText(r.measure, locale),
    victims_label: valueText(r.victims, locale),
    perpetrator_label: valueText(r.perpetrator, locale),
    reporting_body_label: valueText(r.reporting_body, locale),
    verification_label: valueText(r.verification, locale),
    resource: "abuses",
    id: r.id,
    record_href: recordHref("abuses", r.id, locale),
    report_date: iso(r.report_date),
    period_start: iso(r.period_start),
    period_end: iso(r.period_end),
    date_label: p.dateLabel,
    period_label: p.periodLabel,
    measure: r.measure,
    figure: isMissing(r.figure) ? r.figure.missing : String(r.figure),
    figure_label: p.figureLabel,
    figure_kind: r.figure_kind,
    denominator: p.denominator === null ? "not applicable" : String(p.denominator),
    percent: isMissing(r.percent) ? r.percent.missing : String(r.percent),
    victims: r.victims,
    perpetrator: r.perpetrator,
    reporting_body: r.reporting_body,
    verification: r.verification,
    source_id: p.sourceId,
    source_label: p.sourceLabel,
  };
}

export function abusesLegend(t: Translate): readonly LegendItem[] {
  return [
    { label: t("chart.abuses.legendVerified"), shape: "dot", className: CLS.verified },
    { label: t("chart.abuses.legendUnverified"), shape: "ring", className: CLS.unverified },
    { label: t("chart.abuses.legendPeriod"), shape: "line", className: CLS.period },
  ];
}

export const ABUSES_LEGEND: readonly LegendItem[] = abusesLegend(chartT("en"));

export function abusesContent(
  data: ChartData,
  filters: ChartFilters,
  locale: Locale = "en",
): ChartContent {
  const t = chartT(locale);
  const sel = selectAbuses(data, filters, locale);
  const panels: PanelDefinition[] = sel.panels.map((panel) => ({
    key: panel.key,
    heading: capital(
      panel.kind === "share"
        ? t("chart.abuses.headingShare", { measure: valueText(panel.measure, locale) })
        : valueText(panel.measure, locale),
    ),
    description: describeAbusePanel(panel),
    spec: (options) =>
      panel.kind === "share" ? abuseShareSpec(panel, options) : abuseCountSpec(panel, options),
  }));
  const drawn = sel.panels.reduce((n, p) => n + p.points.length, 0);
  const notes = [
    sel.undated.length > 0 ? t("chart.abuses.undated", { count: sel.undated.length }) : "",
    sel.aggregated ? t("chart.abuses.aggregated", { count: 400 }) : "",
  ].filter((n) => n !== "");
  return {
    panels,
    legend: abusesLegend(t),
    table: {
      caption: t("chart.abuses.caption", {
        rows: t("data.rows", { count: sel.points.length }),
        marks: t("chart.abuses.nMarks", { count: drawn }),
        notes: notes.join(" "),
      }).trim(),
      columns: columns(t),
      csvColumns: CSV_COLUMNS,
      rows: (sel.aggregated
        ? [...sel.panels.flatMap((p) => p.points), ...sel.undated]
        : sel.points
      ).map((p) => tableRow(p, locale)),
    },
    sourceIds: (sel.aggregated ? sel.panels.flatMap((p) => p.points) : sel.points).map(
      (p) => p.sourceId,
    ),
    emptyMessage: t("chart.abuses.empty"),
  };
}
