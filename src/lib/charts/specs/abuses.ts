/**
 * Abuses chart: documented figures by measure, reporting body and perpetrator over time. Each
 * count is a dot at its report date with a rule across the period it covers; counts are never
 * joined into one line (UN-verified cases and national counts measure different things).
 * Shares keep their denominator ("169 of 174"). Filled = UN verified; hollow = anything else.
 * Pure: rows and options in, Plot options out.
 */
import * as Plot from "@observablehq/plot";
import type { AbuseMeasure, AbuseRow } from "../../data/types.ts";
import { isMissing } from "../../data/types.ts";
import { dateWindow, inWindow, type DateWindow } from "../filters.ts";
import {
  CHART_DATE,
  COUNT_NOT_PUBLISHED,
  formatAxisMagnitude,
  formatMaybeDate,
  formatNumber,
  formatPercent,
  formatQualified,
  formatShare,
  formatTick,
  maxOf,
  minOf,
} from "../../format.ts";
import type { ChartData } from "../model.ts";
import { ABUSE_MEASURES, type ChartFilters } from "../registry.ts";
import { indexSources, recordHref, sourceLabel } from "../sources.ts";
import { chartT, missingText, qualified, valueText, type Locale } from "../text.ts";
import type { Maybe, PartialDate } from "../../data/types.ts";
import { CLS, isCompact, timeTicks, type SpecOptions } from "../theme.ts";

export interface AbusePoint {
  row: AbuseRow;
  /** Where it sits on the time axis: the report date, else the end of its period. */
  date: Date | null;
  periodStart: Date | null;
  dateLabel: string;
  periodLabel: string;
  perpetrator: AbuseRow["perpetrator"];
  perpetratorLabel: string;
  series: string;
  verified: boolean;
  /** The count, or null when the source gave only a percentage (or nothing). */
  figure: number | null;
  figureLabel: string;
  /**
   * For a share: count / denominator, or the published percentage / 100 when no count was
   * published ("86% of 142"); else null.
   */
  share: number | null;
  /** The percentage as published, or null. */
  percent: number | null;
  denominator: number | null;
  sourceId: string;
  sourceLabel: string;
  /** How many rows this point stands for (1 unless aggregated). */
  rows: number;
}

export interface AbusePanelData {
  /** The language of every word drawn. */
  locale: Locale;
  key: string;
  measure: AbuseMeasure;
  kind: "count" | "share";
  points: readonly AbusePoint[];
}

export interface AbuseSelection {
  window: DateWindow;
  points: readonly AbusePoint[];
  panels: readonly AbusePanelData[];
  /** Rows drawn in no panel because no date is known; listed in the table. */
  undated: readonly AbusePoint[];
  /** True when points were thinned to one per series and month. */
  aggregated: boolean;
  locale: Locale;
}

/** A date that may be missing, in `locale`: the reason reads in that language too. */
function maybeDate(date: Maybe<PartialDate>, locale: Locale): string {
  if (locale !== "en" && isMissing(date)) return missingText(date.missing, locale);
  return formatMaybeDate(date, { ...CHART_DATE, locale });
}

/** Above this many points in a panel, keep the latest report per series and month. */
export const MAX_POINTS_PER_PANEL = 400;

const PERPETRATOR_LABEL: Readonly<Record<AbuseRow["perpetrator"], string>> = {
  Russia: "Committed by Russia's forces",
  Ukraine: "Committed by Ukraine's forces",
};

/** Who counted a figure and how, in a sentence: "OHCHR (UN verified)". */
export function seriesText(row: AbuseRow, locale: Locale): string {
  return locale === "en"
    ? `${row.reporting_body} (${row.verification})`
    : `${valueText(row.reporting_body, locale)} (${valueText(row.verification, locale)})`;
}

const SIDE_PERPETRATOR = { ukraine: "Russia", russia: "Ukraine" } as const;

const dateOf = (row: AbuseRow): Date | null =>
  !isMissing(row.report_date)
    ? row.report_date.start
    : !isMissing(row.period_end)
      ? row.period_end.start
      : null;

export function selectAbuses(
  data: ChartData,
  filters: ChartFilters,
  locale: Locale = "en",
): AbuseSelection {
  const t = chartT(locale);
  const window = dateWindow(filters);
  const sources = indexSources(data.sources);
  const dateFiltered = filters.from !== undefined || filters.to !== undefined;
  const points: AbusePoint[] = [];
  for (const row of data.abuses) {
    if (filters.side !== undefined && row.perpetrator !== SIDE_PERPETRATOR[filters.side]) continue;
    if (filters.measure !== undefined && row.measure !== filters.measure) continue;
    const placed = !isMissing(row.report_date)
      ? row.report_date
      : !isMissing(row.period_end)
        ? row.period_end
        : null;
    if (dateFiltered && (placed === null || !inWindow(placed, window))) continue;
    const denominator = isMissing(row.denominator) ? null : row.denominator;
    const figure = isMissing(row.figure) ? null : row.figure;
    const percent = isMissing(row.percent) ? null : row.percent;
    const measured = measureShare(row.figure_kind, figure, denominator, percent, locale);
    points.push({
      row,
      date: dateOf(row),
      periodStart: isMissing(row.period_start) ? null : row.period_start.start,
      dateLabel: maybeDate(row.report_date, locale),
      periodLabel:
        locale === "en"
          ? `${formatMaybeDate(row.period_start, CHART_DATE)} to ${formatMaybeDate(row.period_end, CHART_DATE)}`
          : t("chart.abuses.period", {
              start: maybeDate(row.period_start, locale),
              end: maybeDate(row.period_end, locale),
            }),
      perpetrator: row.perpetrator,
      perpetratorLabel:
        locale === "en"
          ? PERPETRATOR_LABEL[row.perpetrator]
          : t(row.perpetrator === "Russia" ? "chart.abuses.byRussia" : "chart.abuses.byUkraine"),
      series: `${row.reporting_body} (${row.verification})`,
      verified: row.verification === "UN verified",
      figure,
      figureLabel: measured.label,
      share: measured.share,
      percent,
      denominator,
      sourceId: row.source_id,
      sourceLabel: sourceLabel(sources, row.source_id, locale),
      rows: 1,
    });
  }
  points.sort(
    (a, b) =>
      (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0) || a.row.id.localeCompare(b.row.id),
  );
  const dated = points.filter((p) => p.date !== null && (p.figure !== null || p.share !== null));
  let aggregated = false;
  const panels: AbusePanelData[] = [];
  for (const measure of ABUSE_MEASURES) {
    for (const kind of ["count", "share"] as const) {
      let group = dated.filter(
        (p) => p.row.measure === measure && (kind === "share") === (p.share !== null),
      );
      if (group.length === 0) continue;
      if (group.length > MAX_POINTS_PER_PANEL) {
        group = latestPerMonth(group);
        aggregated = true;
      }
      panels.push({
        key: `${measure}-${kind}`.replace(/[^a-z]+/g, "-"),
        measure,
        kind,
        points: group,
        locale,
      });
    }
  }
  return {
    window,
    points,
    panels,
    undated: points.filter((p) => p.date === null || (p.figure === null && p.share === null)),
    aggregated,
    locale,
  };
}

/**
 * A share's value and label: "169 of 174 (97%)" from a count, or "86% of 142, count not
 * published" when the source gave only a percentage of a known group (the count is never
 * derived from it). For counts, the label alone; a figure with no count and no share is "not
 * stated".
 */
export function measureShare(
  kind: AbuseRow["figure_kind"],
  figure: number | null,
  denominator: number | null,
  percent: number | null,
  locale: Locale = "en",
): { share: number | null; label: string } {
  if (locale !== "en") return localShare(kind, figure, denominator, percent, locale);
  if (kind === "share" && denominator !== null) {
    if (figure !== null) {
      return {
        share: figure / denominator,
        label: `${formatNumber(figure)} of ${formatNumber(denominator)} (${formatShare(figure, denominator)})`,
      };
    }
    if (percent !== null) {
      return {
        share: percent / 100,
        label: `${formatPercent(percent)} of ${formatNumber(denominator)}, ${COUNT_NOT_PUBLISHED}`,
      };
    }
  }
  if (figure === null) return { share: null, label: "not stated" };
  return { share: null, label: formatQualified(figure, kind === "share" ? "exact" : kind) };
}

/** measureShare's label in a language other than English, from whole templates. */
function localShare(
  kind: AbuseRow["figure_kind"],
  figure: number | null,
  denominator: number | null,
  percent: number | null,
  locale: Locale,
): { share: number | null; label: string } {
  const t = chartT(locale);
  if (kind === "share" && denominator !== null) {
    if (figure !== null) {
      return {
        share: figure / denominator,
        label: t("chart.abuses.shareOf", {
          figure: formatNumber(figure, locale),
          denominator: formatNumber(denominator, locale),
          share: formatShare(figure, denominator, locale),
        }),
      };
    }
    if (percent !== null) {
      return {
        share: percent / 100,
        label: t("chart.abuses.percentOf", {
          percent: formatPercent(percent, locale),
          denominator: formatNumber(denominator, locale),
        }),
      };
    }
  }
  if (figure === null) return { share: null, label: missingText("not stated", locale) };
  return { share: null, label: qualified(figure, kind === "share" ? "exact" : kind, locale) };
}

/** One point per series, perpetrator and month: the latest report, counting what it stands for. */
function latestPerMonth(points: readonly AbusePoint[]): AbusePoint[] {
  const groups = new Map<string, AbusePoint>();
  for (const p of points) {
    const d = p.date ?? new Date(0);
    const key = `${p.series}|${p.perpetrator}|${p.row.victims}|${d.getUTCFullYear()}-${d.getUTCMonth()}`;
    const kept = groups.get(key);
    if (kept === undefined) groups.set(key, { ...p });
    else groups.set(key, { ...p, rows: kept.rows + p.rows });
  }
  return [...groups.values()];
}

export function abuseTitle(p: AbusePoint, locale: Locale = "en"): string {
  if (locale !== "en") return localTitle(p, locale);
  const what =
    p.share !== null
      ? `${p.row.measure}, share of those interviewed: ${p.figureLabel}`
      : `${p.row.measure}: ${p.figureLabel}`;
  const more = p.rows > 1 ? ` (latest of ${formatNumber(p.rows)} reports that month)` : "";
  return `${p.dateLabel}: ${what}; ${p.row.victims}; perpetrator ${p.perpetrator}; ${p.row.reporting_body}, ${p.row.verification}; period ${p.periodLabel}${more}. Source: ${p.sourceLabel}`;
}

function localTitle(p: AbusePoint, locale: Locale): string {
  const t = chartT(locale);
  const measure = valueText(p.row.measure, locale);
  return t("chart.abuses.markTitle", {
    date: p.dateLabel,
    what:
      p.share !== null
        ? t("chart.abuses.titleShare", { measure, figure: p.figureLabel })
        : t("chart.abuses.titleCount", { measure, figure: p.figureLabel }),
    victims: valueText(p.row.victims, locale),
    perpetrator: valueText(p.perpetrator, locale),
    series: seriesText(p.row, locale),
    period: p.periodLabel,
    more: p.rows > 1 ? t("chart.abuses.titleLatestOf", { count: p.rows }) : "",
    source: p.sourceLabel,
  });
}

/** A mark links the record of the row whose figure it draws (the latest, when a month has several). */
export const abuseHref = (p: AbusePoint, locale: Locale): string =>
  recordHref("abuses", p.row.id, locale);

/** A counter's short name for a direct label, in `locale`. */
export function shortBody(body: AbuseRow["reporting_body"], locale: Locale): string {
  if (locale === "en") return SHORT_BODY[body];
  const t = chartT(locale);
  switch (body) {
    case "OHCHR":
      return t("chart.abuses.shortOhchr");
    case "Prosecutor General of Ukraine":
      return t("chart.abuses.shortProsecutor");
    case "Ukrainian Parliament Commissioner for Human Rights":
      return t("chart.abuses.shortOmbudsman");
    case "Coordination Headquarters":
      return t("chart.abuses.shortHq");
    case "Security Service of Ukraine":
      return t("chart.abuses.shortSbu");
    default:
      // Human Rights Watch keeps its name; "media" is the data dictionary's word.
      return body === "Human Rights Watch" ? SHORT_BODY[body] : valueText(body, locale);
  }
}

/** A count measure: dot at the report date, rule across the covered period, facet per perpetrator. */
export function abuseCountSpec(panel: AbusePanelData, options: SpecOptions): Plot.PlotOptions {
  const compact = isCompact(options);
  const { locale } = panel;
  const title = (p: AbusePoint): string => abuseTitle(p, locale);
  const href = (p: AbusePoint): string => abuseHref(p, locale);
  const perpetrators = [...new Set(panel.points.map((p) => p.perpetratorLabel))].sort();
  const withPeriod = panel.points.filter(
    (p) => p.periodStart !== null && p.date !== null && p.periodStart < p.date,
  );
  const lastOfSeries = [...groupBy(panel.points, (p) => `${p.series}|${p.perpetrator}`).values()]
    .map((g) => g[g.length - 1])
    .filter((p): p is AbusePoint => p !== undefined);
  const max = maxOf(
    panel.points.map((p) => p.figure ?? 0),
    1,
  );
  const top = max * 1.15;
  const facetHeight = (compact ? 180 : 200) * 0.7;
  const labels = dodge(lastOfSeries, (14 * top) / facetHeight);
  const dates = panel.points
    .flatMap((p) => [p.date, p.periodStart])
    .filter((d): d is Date => d !== null);
  const lo = minOf(dates.map((d) => d.getTime()));
  const hi = maxOf(dates.map((d) => d.getTime()));
  return {
    width: options.width,
    height: 60 + perpetrators.length * (compact ? 180 : 200),
    marginLeft: compact ? 40 : 48,
    marginRight: compact ? 12 : 24,
    marginTop: 30,
    marginBottom: 30,
    x: {
      type: "utc",
      domain: [new Date(lo), new Date(Math.max(hi, lo + 86_400_000))],
      label: null,
      ticks: timeTicks([new Date(lo), new Date(hi)], compact),
      tickFormat: (v: Date) => formatTick(v, locale),
    },
    y: {
      // The panel's heading names the measure; each facet is labelled with its perpetrator.
      label: null,
      domain: [0, top],
      tickFormat: (v: number) => formatAxisMagnitude(v, locale),
      grid: true,
      ticks: 4,
    },
    fy: { domain: perpetrators, axis: null, padding: 0.25 },
    marks: [
      Plot.ruleY([0], { className: CLS.baseline }),
      Plot.text(perpetrators, {
        fy: (d: string) => d,
        frameAnchor: "top-left",
        dy: -16,
        text: (d: string) => d,
        className: "chart-facet-label",
      }),
      Plot.ruleY(withPeriod, {
        x1: "periodStart",
        x2: "date",
        y: "figure",
        fy: "perpetratorLabel",
        className: CLS.period,
      }),
      Plot.dot(
        panel.points.filter((p) => p.verified),
        {
          x: "date",
          y: "figure",
          fy: "perpetratorLabel",
          r: 4,
          symbol: "circle",
          className: CLS.verified,
          title,
          href,
        },
      ),
      Plot.dot(
        panel.points.filter((p) => !p.verified),
        {
          x: "date",
          y: "figure",
          fy: "perpetratorLabel",
          r: 4,
          symbol: "circle",
          className: CLS.unverified,
          title,
          href,
        },
      ),
      Plot.text(labels, {
        x: (l: DodgedLabel) => l.point.date,
        y: "y",
        fy: (l: DodgedLabel) => l.point.perpetratorLabel,
        text: (l: DodgedLabel) =>
          `${shortBody(l.point.row.reporting_body, locale)}: ${l.point.figureLabel}`,
        textAnchor: "end",
        dx: -8,
        className: CLS.label,
      }),
    ],
  };
}

/**
 * A share measure: a track for the denominator, a bar for the share, the label "169 of 174
 * (97%)"; a share published only as a percentage is drawn at that percentage and labelled
 * "86% of 142, count not published".
 */
export function abuseShareSpec(panel: AbusePanelData, options: SpecOptions): Plot.PlotOptions {
  const compact = isCompact(options);
  const { locale } = panel;
  const t = chartT(locale);
  const title = (p: AbusePoint): string => abuseTitle(p, locale);
  const href = (p: AbusePoint): string => abuseHref(p, locale);
  const key = (p: AbusePoint): string => p.row.id;
  const rows = panel.points.map(key);
  const rowLabel = (p: AbusePoint): string =>
    locale !== "en"
      ? t("chart.abuses.shareRow", {
          victims: valueText(p.row.victims, locale),
          perpetrator: valueText(p.perpetrator, locale),
          body: shortBody(p.row.reporting_body, locale),
          date: isMissing(p.row.report_date) ? t("chart.abuses.reportDateNotStated") : p.dateLabel,
        })
      : `${p.row.victims}, perpetrator ${p.perpetrator} · ${SHORT_BODY[p.row.reporting_body]} · ${p.dateLabel === "not stated" ? "report date not stated" : p.dateLabel}`;
  return {
    width: options.width,
    height: 40 + rows.length * (compact ? 80 : 50),
    marginLeft: 12,
    marginRight: 24,
    marginTop: 24,
    marginBottom: 30,
    x: {
      domain: [0, 1],
      label: t("chart.abuses.shareAxis"),
      tickFormat: (v: number) => formatShare(v, 1, locale),
      ticks: compact ? 2 : 5,
    },
    y: { domain: rows, axis: null, padding: compact ? 0.6 : 0.5 },
    marks: [
      Plot.barX(panel.points, { x1: 0, x2: 1, y: key, className: CLS.shareTrack }),
      Plot.barX(
        panel.points.filter((p) => p.verified),
        {
          x1: 0,
          x2: (p: AbusePoint) => p.share ?? 0,
          y: key,
          className: CLS.verified,
          title,
          href,
        },
      ),
      Plot.barX(
        panel.points.filter((p) => !p.verified),
        {
          x1: 0,
          x2: (p: AbusePoint) => p.share ?? 0,
          y: key,
          className: CLS.unverified,
          title,
          href,
        },
      ),
      Plot.text(panel.points, {
        x: 0,
        y: key,
        text: (p: AbusePoint) => `${rowLabel(p)}: ${p.figureLabel}`,
        textAnchor: "start",
        lineAnchor: "bottom",
        dy: -14,
        lineWidth: compact ? 27 : 56,
        className: CLS.label,
      }),
    ],
  };
}

/** Short names for direct labels; the table and titles use the full names. */
export const SHORT_BODY: Readonly<Record<AbuseRow["reporting_body"], string>> = {
  OHCHR: "UN (OHCHR)",
  "Prosecutor General of Ukraine": "Prosecutor General",
  "Ukrainian Parliament Commissioner for Human Rights": "Ombudsman",
  "Coordination Headquarters": "Coordination HQ",
  "Human Rights Watch": "HRW",
  "Security Service of Ukraine": "SBU",
  media: "media",
};

export interface DodgedLabel {
  point: AbusePoint;
  y: number;
}

/** Moves labels in one facet apart vertically (by at least `gap` in data units), keeping order. */
export function dodge(points: readonly AbusePoint[], gap: number): DodgedLabel[] {
  const out: DodgedLabel[] = [];
  for (const facet of groupBy(points, (p) => p.perpetrator).values()) {
    const sorted = facet
      .slice()
      .sort((a, b) => (b.figure ?? 0) - (a.figure ?? 0) || a.row.id.localeCompare(b.row.id));
    let previous = Infinity;
    const placed = sorted.map((point) => {
      const y = Math.min(point.figure ?? 0, previous - gap);
      previous = y;
      return { point, y };
    });
    const lowest = placed.at(-1)?.y ?? 0;
    const lift = lowest < gap / 2 ? gap / 2 - lowest : 0;
    out.push(...placed.map((l) => ({ point: l.point, y: l.y + lift })));
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
