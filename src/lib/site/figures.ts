/**
 * Key figures for the home page, computed from typed rows (never typed by hand). Each figure
 * carries what it counts, who stated it, when, and the source row it comes from.
 */
import type { AbuseRow, ExchangeRow, PartialDate, Qualifier, TotalRow } from "../data/types";
import { isMissing } from "../data/types";
import {
  formatNumber,
  formatPartialDate,
  formatPercentOf,
  formatQualified,
  plural,
} from "../format.ts";

export interface KeyFigure {
  /** The number as displayed, with its qualifier ("more than 8,000"). */
  value: string;
  /** What it counts, in plain words. */
  label: string;
  /** What exactly is counted, in our words (a row's summary), if the label needs it. */
  detail: string | null;
  /** Who stated it and when ("Coordination Headquarters, 11 March 2026"). */
  attribution: string;
  /** Words before the source link ("Source", "Source of the latest exchange"). */
  sourceLabel: string;
  /** Source id for the /sources/<id>/ link. */
  sourceId: string;
  /** Dataset page with the rows behind the figure. */
  dataset: string;
  /** The row the figure is read from (its record page is the figure's address). */
  row: { resource: string; id: string };
}

const byDate = (a: PartialDate, b: PartialDate): number =>
  a.start.getTime() - b.start.getTime() || a.iso.length - b.iso.length;

function latest<T>(rows: readonly T[], dateOf: (row: T) => PartialDate | null): T | undefined {
  let best: T | undefined;
  let bestDate: PartialDate | null = null;
  for (const row of rows) {
    const date = dateOf(row);
    if (date && (!bestDate || byDate(date, bestDate) >= 0)) {
      best = row;
      bestDate = date;
    }
  }
  return best;
}

const RETURNED_MEASURES = new Set<TotalRow["measure"]>([
  "returned to Ukraine, military and civilians",
  "returned to Ukraine, military only",
  "returned to Ukraine, including releases outside exchanges",
]);

/** The most recent cumulative total of people returned to Ukraine, with its exact measure. */
export function latestReturnedTotal(totals: readonly TotalRow[]): KeyFigure | null {
  const row = latest(
    totals.filter((t) => RETURNED_MEASURES.has(t.measure)),
    (t) => t.as_of,
  );
  if (!row) return null;
  return {
    value: formatQualified(row.figure, row.qualifier),
    label: `Latest official running total. Measure: ${row.measure}`,
    detail: row.notes,
    attribution: `Stated by ${row.stated_by}, as of ${formatPartialDate(row.as_of)}`,
    sourceLabel: "Source",
    sourceId: row.source_id,
    dataset: "totals",
    row: { resource: "totals", id: row.id },
  };
}

/** How many exchanges our data records, with the span of dates and the withheld stages. */
export function exchangesRecorded(exchanges: readonly ExchangeRow[]): KeyFigure | null {
  const held = exchanges.filter((e) => e.kind === "exchange" || e.kind === "stage");
  const full = held.filter((e) => e.kind === "exchange");
  const stages = held.filter((e) => e.kind === "stage");
  const first = [...held].sort((a, b) => byDate(a.date, b.date))[0];
  const last = latest(held, (e) => e.date);
  if (!first || !last) return null;
  const withheld = stages.filter((s) => isMissing(s.returned_to_ukraine)).length;
  const stageText =
    stages.length > 0
      ? `, plus ${plural(stages.length, "stage")} of staged exchanges${withheld > 0 ? ` (${withheld} with figures withheld)` : ""}`
      : "";
  return {
    value: formatNumber(full.length),
    label: `${full.length === 1 ? "exchange" : "exchanges"} recorded in our data${stageText}, ${formatPartialDate(first.date)} to ${formatPartialDate(last.date)}`,
    detail:
      "Counted from the rows of our exchanges table, not an official count: the methodology says what it leaves out.",
    attribution: `Latest: ${formatPartialDate(last.date)}`,
    sourceLabel: "Source of the latest",
    sourceId: last.source_id,
    dataset: "exchanges",
    row: { resource: "exchanges", id: last.id },
  };
}

const VERIFICATION_WORDS: Partial<Record<AbuseRow["verification"], string>> = {
  "UN verified": "verified by the UN to its own standard",
  "UN recorded allegation": "allegations recorded by the UN",
  "official national count": "an official national count",
};

function periodText(row: AbuseRow): string {
  const start = isMissing(row.period_start) ? null : formatPartialDate(row.period_start);
  const end = isMissing(row.period_end) ? null : formatPartialDate(row.period_end);
  if (start && end) return start === end ? ` in ${start}` : `, ${start} to ${end}`;
  if (end) return ` up to ${end}`;
  return "";
}

/**
 * An abuse figure as displayed: "at least 93", "169 of 174", or, for a share published only as
 * a percentage, "86% of 142, count not published" (never a count worked out from it).
 */
export function abuseValue(row: AbuseRow): string {
  const denominator = isMissing(row.denominator) ? null : row.denominator;
  if (isMissing(row.figure)) {
    return !isMissing(row.percent) && denominator !== null
      ? formatPercentOf(row.percent, denominator)
      : row.figure.missing;
  }
  if (row.figure_kind === "share") {
    const count = formatQualified(row.figure, "exact");
    return denominator === null ? count : `${count} of ${formatNumber(denominator)}`;
  }
  return formatQualified(row.figure, row.figure_kind satisfies Qualifier);
}

function abuseFigure(row: AbuseRow): KeyFigure {
  const reported = isMissing(row.report_date)
    ? "date not stated"
    : formatPartialDate(row.report_date);
  return {
    value: abuseValue(row),
    label: `${row.figure === 1 && row.measure === "executions" ? "execution" : row.measure} of ${row.victims} by ${row.perpetrator === "Russia" ? "Russian" : "Ukrainian"} forces${periodText(row)}: ${VERIFICATION_WORDS[row.verification] ?? row.verification}`,
    detail: row.summary,
    attribution: `Reported by ${row.reporting_body}, ${reported}`,
    sourceLabel: "Source",
    sourceId: row.source_id,
    dataset: "abuses",
    row: { resource: "abuses", id: row.id },
  };
}

export interface ExecutionSeries {
  verification: AbuseRow["verification"];
  perpetrator: AbuseRow["perpetrator"];
}

/** UN-verified and national counts of executions by Russian forces, and UN-verified ones by Ukrainian forces. */
export const EXECUTION_SERIES: readonly ExecutionSeries[] = [
  { verification: "UN verified", perpetrator: "Russia" },
  { verification: "official national count", perpetrator: "Russia" },
  { verification: "UN verified", perpetrator: "Ukraine" },
];

/**
 * The latest execution figure of each series (by report date): different standards and
 * different victims, shown side by side and never added.
 */
export function executionFigures(
  abuses: readonly AbuseRow[],
  series: readonly ExecutionSeries[] = EXECUTION_SERIES,
): KeyFigure[] {
  const executions = abuses.filter((a) => a.measure === "executions");
  const out: KeyFigure[] = [];
  for (const { verification, perpetrator } of series) {
    const row = latest(
      executions.filter((a) => a.verification === verification && a.perpetrator === perpetrator),
      (a) => (isMissing(a.report_date) ? null : a.report_date),
    );
    if (row) out.push(abuseFigure(row));
  }
  return out;
}

/** The home page's key figures, in order: the latest running total, exchanges, executions. */
export function keyFigures(data: {
  totals: readonly TotalRow[];
  exchanges: readonly ExchangeRow[];
  abuses: readonly AbuseRow[];
}): KeyFigure[] {
  return [
    latestReturnedTotal(data.totals),
    exchangesRecorded(data.exchanges),
    ...executionFigures(data.abuses),
  ].filter((f): f is KeyFigure => f !== null);
}
