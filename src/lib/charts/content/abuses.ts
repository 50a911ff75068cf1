/** The abuses figure: one panel per measure (counts, shares), text alternatives from the rows. */
import type { ChartContent, PanelDefinition } from "../figure.ts";
import { formatNumber, plural } from "../../format.ts";
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

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The text alternative of one panel: every figure, grouped by perpetrator and counter. */
export function describeAbusePanel(panel: AbusePanelData): string {
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

const COLUMNS: readonly Column[] = [
  { key: "date_label", label: "Reported" },
  { key: "period_label", label: "Period covered" },
  { key: "measure", label: "Measure" },
  { key: "figure_label", label: "Figure", numeric: true },
  { key: "victims", label: "Victims" },
  { key: "perpetrator", label: "Perpetrator" },
  { key: "reporting_body", label: "Counted by" },
  { key: "verification", label: "Verification" },
  { key: "source_label", label: "Source" },
];

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

function tableRow(p: AbusePoint): Record<string, string> {
  const r = p.row;
  const iso = (d: typeof r.report_date): string => ("missing" in d ? d.missing : d.iso);
  return {
    resource: "abuses",
    id: r.id,
    record_href: recordHref("abuses", r.id),
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

export const ABUSES_LEGEND: readonly LegendItem[] = [
  {
    label: "verified by the UN monitoring mission (filled)",
    shape: "dot",
    className: CLS.verified,
  },
  {
    label: "a national count, one side's claim, an NGO or media report (hollow)",
    shape: "ring",
    className: CLS.unverified,
  },
  { label: "the period a figure covers", shape: "line", className: CLS.period },
];

export function abusesContent(data: ChartData, filters: ChartFilters): ChartContent {
  const sel = selectAbuses(data, filters);
  const panels: PanelDefinition[] = sel.panels.map((panel) => ({
    key: panel.key,
    heading: capital(
      panel.kind === "share" ? `${panel.measure} (share of those interviewed)` : panel.measure,
    ),
    description: describeAbusePanel(panel),
    spec: (options) =>
      panel.kind === "share" ? abuseShareSpec(panel, options) : abuseCountSpec(panel, options),
  }));
  const drawn = sel.panels.reduce((n, p) => n + p.points.length, 0);
  const notes = [
    sel.undated.length > 0
      ? `${plural(sel.undated.length, "row")} without a date or a figure ${sel.undated.length === 1 ? "is" : "are"} listed here but not drawn.`
      : "",
    sel.aggregated
      ? `Where a panel had more than ${formatNumber(400)} figures, the chart and this table show the latest report per counter and month.`
      : "",
  ].filter((n) => n !== "");
  return {
    panels,
    legend: ABUSES_LEGEND,
    table: {
      caption:
        `Abuse figures in the chart: ${plural(sel.points.length, "row")} (${plural(drawn, "mark")} drawn). ${notes.join(" ")}`.trim(),
      columns: COLUMNS,
      csvColumns: CSV_COLUMNS,
      rows: (sel.aggregated
        ? [...sel.panels.flatMap((p) => p.points), ...sel.undated]
        : sel.points
      ).map(tableRow),
    },
    sourceIds: (sel.aggregated ? sel.panels.flatMap((p) => p.points) : sel.points).map(
      (p) => p.sourceId,
    ),
    emptyMessage: "No abuse figures match this chart's filters.",
  };
}
