/**
 * Key figures for the home page, computed from typed rows (never typed by hand). Each figure
 * carries what it counts, who stated it, when, and the source row it comes from, in the page's
 * language: sentences are templates in the strings files (keys `figures.*`), values the data
 * holds are read through the data dictionary's translations, numbers and dates through
 * ../format.ts. Free text the data holds only in English (who stated a total, the row's notes)
 * is returned apart, so the page can mark it `lang="en"`.
 */
import type { AbuseRow, ExchangeRow, PartialDate, Qualifier, TotalRow } from "../data/types";
import { isMissing } from "../data/types";
import { formatPartialDate, formatPercent, formatNumber, formatSpokenNumber } from "../format.ts";
import { around, translator, type Locale, type MessageKey, type Translate } from "../i18n/index.ts";
import { missingText, qualified, valueText } from "../charts/text.ts";

export interface KeyFigure {
  /** The number as displayed, with its qualifier ("more than 8,000"). */
  value: string;
  /** What it counts, in plain words. */
  label: string;
  /** What exactly is counted, in our words (a row's summary), if the label needs it. */
  detail: string | null;
  /** The language `detail` is written in: a row's notes and summaries are in English. */
  detailLang: Locale;
  /** Who stated it and when ("Coordination Headquarters, 11 March 2026"). */
  attribution: string;
  /**
   * The attribution split around words the data holds only in English (who stated a total), for
   * a page in another language to mark them; null when the attribution is all in the page's
   * language.
   */
  attributionParts: { before: string; english: string; after: string } | null;
  /** The value for a screen reader: each number without thousands separators ("more than 8000"). */
  spoken: string;
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

/** A figure's number in `locale`, or for a screen reader (`speak`): one number, no separators. */
function number(value: number, locale: Locale, speak: boolean): string {
  return speak && locale !== "en" ? formatSpokenNumber(value, locale) : formatNumber(value, locale);
}

/** The most recent cumulative total of people returned to Ukraine, with its exact measure. */
export function latestReturnedTotal(
  totals: readonly TotalRow[],
  locale: Locale = "en",
): KeyFigure | null {
  const row = latest(
    totals.filter((t) => RETURNED_MEASURES.has(t.measure)),
    (t) => t.as_of,
  );
  if (!row) return null;
  const t = translator(locale);
  const params = { date: formatPartialDate(row.as_of, { locale }) };
  const [before, after] = around(t, "figures.total.attribution", "who", params);
  return {
    value: qualified(row.figure, row.qualifier, locale),
    spoken: qualified(row.figure, row.qualifier, locale, { speak: true }),
    label: t("figures.total.label", { measure: valueText(row.measure, locale) }),
    detail: row.notes,
    detailLang: "en",
    attribution: `${before}${row.stated_by}${after}`,
    attributionParts: locale === "en" ? null : { before, english: row.stated_by, after },
    sourceLabel: t("figures.source"),
    sourceId: row.source_id,
    dataset: "totals",
    row: { resource: "totals", id: row.id },
  };
}

/** How many exchanges our data records, with the span of dates and the withheld stages. */
export function exchangesRecorded(
  exchanges: readonly ExchangeRow[],
  locale: Locale = "en",
): KeyFigure | null {
  const held = exchanges.filter((e) => e.kind === "exchange" || e.kind === "stage");
  const full = held.filter((e) => e.kind === "exchange");
  const stages = held.filter((e) => e.kind === "stage");
  const first = [...held].sort((a, b) => byDate(a.date, b.date))[0];
  const last = latest(held, (e) => e.date);
  if (!first || !last) return null;
  const t = translator(locale);
  const date = (d: PartialDate) => formatPartialDate(d, { locale });
  const withheld = stages.filter((s) => isMissing(s.returned_to_ukraine)).length;
  const stageText =
    stages.length > 0
      ? t("figures.exchanges.stages", {
          count: stages.length,
          withheld: withheld > 0 ? t("figures.exchanges.withheld", { count: withheld }) : "",
        })
      : "";
  return {
    value: formatNumber(full.length, locale),
    spoken: number(full.length, locale, true),
    label: t("figures.exchanges.label", {
      count: full.length,
      stages: stageText,
      first: date(first.date),
      last: date(last.date),
    }),
    detail: t("figures.exchanges.detail"),
    detailLang: locale,
    attribution: t("figures.exchanges.attribution", { date: date(last.date) }),
    attributionParts: null,
    sourceLabel: t("figures.sourceOfLatest"),
    sourceId: last.source_id,
    dataset: "exchanges",
    row: { resource: "exchanges", id: last.id },
  };
}

/** Standards of verification the label spells out; any other is named by its dictionary value. */
const VERIFICATION_WORDS: Partial<Record<AbuseRow["verification"], MessageKey>> = {
  "UN verified": "figures.verification.UN verified",
  "UN recorded allegation": "figures.verification.UN recorded allegation",
  "official national count": "figures.verification.official national count",
};

/** Who the victims were, as the label's sentence needs them (Ukrainian and Russian: genitive). */
const VICTIMS: Record<AbuseRow["victims"], MessageKey> = {
  "Ukrainian POWs": "figures.victims.Ukrainian POWs",
  "Russian POWs": "figures.victims.Russian POWs",
  "Ukrainian POWs' relatives": "figures.victims.Ukrainian POWs' relatives",
  "Russian POWs returned in exchanges": "figures.victims.Russian POWs returned in exchanges",
  "surrendering soldiers": "figures.victims.surrendering soldiers",
};

const FORCES: Record<AbuseRow["perpetrator"], MessageKey> = {
  Russia: "figures.forces.Russia",
  Ukraine: "figures.forces.Ukraine",
};

function periodText(row: AbuseRow, t: Translate, locale: Locale): string {
  const date = (d: PartialDate) => formatPartialDate(d, { locale });
  const start = isMissing(row.period_start) ? null : date(row.period_start);
  const end = isMissing(row.period_end) ? null : date(row.period_end);
  if (start && end)
    return start === end
      ? t("figures.period.in", { date: start })
      : t("figures.period.span", { start, end });
  if (end) return t("figures.period.upTo", { end });
  return "";
}

/**
 * An abuse figure as displayed: "at least 93", "169 of 174", or, for a share published only as
 * a percentage, "86% of 142, count not published" (never a count worked out from it). With
 * `speak`, each number is written for a screen reader (no thousands separator).
 */
export function abuseValue(
  row: AbuseRow,
  { locale = "en", speak = false }: { locale?: Locale; speak?: boolean } = {},
): string {
  const t = translator(locale);
  const denominator = isMissing(row.denominator) ? null : row.denominator;
  if (isMissing(row.figure)) {
    return !isMissing(row.percent) && denominator !== null
      ? t("chart.abuses.percentOf", {
          percent: formatPercent(row.percent, locale),
          denominator: number(denominator, locale, speak),
        })
      : missingText(row.figure.missing, locale);
  }
  if (row.figure_kind === "share") {
    const count = number(row.figure, locale, speak);
    return denominator === null
      ? count
      : t("figures.shareOf", { figure: count, denominator: number(denominator, locale, speak) });
  }
  return qualified(row.figure, row.figure_kind satisfies Qualifier, locale, { speak });
}

/** An execution figure (the only abuse figures the home page shows). */
function abuseFigure(row: AbuseRow, locale: Locale): KeyFigure {
  const t = translator(locale);
  const reported = isMissing(row.report_date)
    ? t("story.dateNotStated")
    : formatPartialDate(row.report_date, { locale });
  const verification = VERIFICATION_WORDS[row.verification];
  return {
    value: abuseValue(row, { locale }),
    spoken: abuseValue(row, { locale, speak: true }),
    label: t("figures.executions.label", {
      // "execution" for one, "executions" otherwise (a missing count reads as many).
      count: isMissing(row.figure) ? 0 : row.figure,
      victims: t(VICTIMS[row.victims]),
      forces: t(FORCES[row.perpetrator]),
      period: periodText(row, t, locale),
      verification: verification ? t(verification) : valueText(row.verification, locale),
    }),
    detail: row.summary,
    detailLang: "en",
    attribution: t("figures.abuse.attribution", {
      body: valueText(row.reporting_body, locale),
      date: reported,
    }),
    attributionParts: null,
    sourceLabel: t("figures.source"),
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
  locale: Locale = "en",
): KeyFigure[] {
  const executions = abuses.filter((a) => a.measure === "executions");
  const out: KeyFigure[] = [];
  for (const { verification, perpetrator } of series) {
    const row = latest(
      executions.filter((a) => a.verification === verification && a.perpetrator === perpetrator),
      (a) => (isMissing(a.report_date) ? null : a.report_date),
    );
    if (row) out.push(abuseFigure(row, locale));
  }
  return out;
}

/** The home page's key figures, in order: the latest running total, exchanges, executions. */
export function keyFigures(
  data: {
    totals: readonly TotalRow[];
    exchanges: readonly ExchangeRow[];
    abuses: readonly AbuseRow[];
  },
  locale: Locale = "en",
): KeyFigure[] {
  return [
    latestReturnedTotal(data.totals, locale),
    exchangesRecorded(data.exchanges, locale),
    ...executionFigures(data.abuses, EXECUTION_SERIES, locale),
  ].filter((f): f is KeyFigure => f !== null);
}
