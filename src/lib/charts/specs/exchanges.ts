/**
 * Exchanges chart: each exchange on a time axis, people returned to Ukraine above the line and
 * to Russia below it; undisclosed and unreported figures drawn at the line as such (never as
 * zero); the other side's differing claims as hollow diamonds; the official running totals as
 * one labelled step line per measure in a second panel. Pure: rows and options in, Plot
 * options out.
 */
import * as Plot from "@observablehq/plot";
import { MEASURE_MEANINGS } from "../../data/fields.ts";
import type { ValueMeaning } from "../../data/contract.ts";
import type {
  ExchangeClaimRow,
  ExchangeRow,
  MissingReason,
  Qualifier,
  TotalMeasure,
  TotalRow,
} from "../../data/types.ts";
import { isMissing } from "../../data/types.ts";
import { dateWindow, inWindow, type DateWindow } from "../filters.ts";
import {
  CHART_DATE,
  formatAxisMagnitude,
  formatDayRange,
  formatMonth,
  formatNumber,
  formatPartialDate,
  formatTick,
  formatWhen,
  maxOf,
  minOf,
} from "../../format.ts";
import type { ChartData } from "../model.ts";
import type { ChartFilters } from "../registry.ts";
import { indexSources, recordHref, sourceHref, sourceLabel } from "../sources.ts";
import { CLS, isCompact, timeTicks, type SpecOptions } from "../theme.ts";
import { chartT, missingText, qualified, valueText, type Locale } from "../text.ts";

export type Side = "ukraine" | "russia";

/** One figure as drawn: an announced number, a missing one, or the other side's claim. */
export interface ExchangePoint {
  resource: "exchanges" | "exchange_claims";
  id: string;
  exchangeId: string;
  date: Date;
  dateIso: string;
  dateLabel: string;
  side: Side;
  value: number | null;
  qualifier: Qualifier;
  missing: MissingReason | null;
  statedBy: string;
  sourceId: string;
  sourceLabel: string;
  /** How many rows this point stands for: 1, or more when aggregated by month. */
  rows: number;
}

export interface TotalPoint {
  id: string;
  date: Date;
  dateIso: string;
  dateLabel: string;
  /** "on 9 Feb 2024" or "in June 2024". */
  when: string;
  measure: TotalMeasure;
  value: number;
  qualifier: Qualifier;
  statedBy: string;
  sourceId: string;
  sourceLabel: string;
}

/**
 * A numbered note: the number is drawn on the chart, the text listed under it (no labels
 * colliding on a phone). Found in the data by date; every figure in it computed.
 */
export interface Annotation {
  number: number;
  date: Date;
  /** Where the number sits: above the tallest figure it refers to (0 for the baseline). */
  top: number;
  text: string;
}

export interface ExchangeSelection {
  window: DateWindow;
  sides: readonly Side[];
  exchanges: readonly ExchangeRow[];
  /** Announced and missing figures, one per exchange and side (text alternative, sums). */
  points: readonly ExchangePoint[];
  /** What is drawn: `points`, or one point per month, side and state when there are too many. */
  drawn: readonly ExchangePoint[];
  aggregated: boolean;
  /** The other side's differing figures. */
  claims: readonly ExchangePoint[];
  totals: readonly TotalPoint[];
  /** What each totals measure means (the contract's, unless the data brings its own). */
  meanings: MeasureMeanings;
  annotations: readonly Annotation[];
  /** The time span of every figure and total drawn. */
  domain: [Date, Date] | null;
  /** The language of every word drawn. */
  locale: Locale;
}

/**
 * What each totals measure means to the chart, from `x-values` of `totals.measure` in
 * data/datapackage.json: whose prisoners it counts (`side`), what it counts (`unit`: measures
 * of one unit share an axis, never two units on one), and whether its figures are claims by
 * different sides and bodies, counted differently (`claim`: a line then joins only one
 * claimant's figures, never one side's to the other's). A measure the table does not know is
 * drawn in a panel of its own and shown whatever the side filter.
 */
export type MeasureMeanings = Readonly<Record<string, ValueMeaning>>;

/** The unit whose measures make the first totals panel. */
const PEOPLE = "people";

function meaningOf(meanings: MeasureMeanings, measure: string): ValueMeaning {
  return meanings[measure] ?? { side: null, unit: measure, claim: false };
}

/** Events the chart annotates, found by date in the rows (the figures come from the data). */
const ANNOTATED_SPANS: readonly { from: string; to: string }[] = [
  { from: "2024-02-08", to: "2024-02-08" },
  { from: "2025-05-23", to: "2025-05-25" },
];

const STATED_BY: Readonly<Record<Side, string>> = {
  ukraine: "Ukraine",
  russia: "Russia's defence ministry",
};

/** Exchanges and stages are drawn; aborted exchanges and repatriated bodies are not people returned alive. */
const DRAWN_KINDS: ReadonlySet<ExchangeRow["kind"]> = new Set(["exchange", "stage"]);

export function selectExchanges(
  data: ChartData,
  filters: ChartFilters,
  locale: Locale = "en",
): ExchangeSelection {
  const dateOptions = { ...CHART_DATE, locale };
  const window = dateWindow(filters);
  const meanings = data.measures ?? MEASURE_MEANINGS;
  const sources = indexSources(data.sources);
  const sides: Side[] = filters.side ? [filters.side] : ["ukraine", "russia"];
  const exchanges = data.exchanges
    .filter((row) => DRAWN_KINDS.has(row.kind) && inWindow(row.date, window))
    .slice()
    .sort((a, b) => a.date.start.getTime() - b.date.start.getTime() || a.id.localeCompare(b.id));

  const points: ExchangePoint[] = [];
  for (const row of exchanges) {
    for (const side of sides) {
      const value = side === "ukraine" ? row.returned_to_ukraine : row.returned_to_russia;
      points.push({
        resource: "exchanges",
        id: row.id,
        exchangeId: row.id,
        date: row.date.start,
        dateIso: row.date.iso,
        dateLabel: formatPartialDate(row.date, dateOptions),
        side,
        value: isMissing(value) ? null : value,
        missing: isMissing(value) ? value.missing : null,
        qualifier:
          side === "ukraine" ? row.returned_to_ukraine_qualifier : row.returned_to_russia_qualifier,
        statedBy: STATED_BY[side],
        sourceId: row.source_id,
        sourceLabel: sourceLabel(sources, row.source_id, locale),
        rows: 1,
      });
    }
  }

  const byId = new Map(exchanges.map((row) => [row.id, row]));
  const claims: ExchangePoint[] = [];
  const sortedClaims = data.exchange_claims.slice().sort((a, b) => a.id.localeCompare(b.id));
  for (const claim of sortedClaims) {
    const row = byId.get(claim.exchange_id);
    const side: Side = claim.direction === "to ukraine" ? "ukraine" : "russia";
    if (row === undefined || !sides.includes(side)) continue;
    claims.push(
      claimPoint(claim, row, side, sourceLabel(sources, claim.source_id, locale), locale),
    );
  }
  claims.sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));

  const totals: TotalPoint[] = data.totals
    .filter((row) => {
      if (!inWindow(row.as_of, window)) return false;
      if (filters.measure !== undefined) return row.measure === filters.measure;
      const side = meaningOf(meanings, row.measure).side;
      return side === null || sides.includes(side);
    })
    .map((row: TotalRow) => ({
      id: row.id,
      date: row.as_of.start,
      dateIso: row.as_of.iso,
      dateLabel: formatPartialDate(row.as_of, dateOptions),
      // English says "on 9 Feb 2024" / "in June 2024"; other languages put the date in a template.
      when:
        locale === "en"
          ? formatWhen(row.as_of, CHART_DATE)
          : formatPartialDate(row.as_of, dateOptions),
      measure: row.measure,
      value: row.figure,
      qualifier: row.qualifier,
      statedBy: row.stated_by,
      sourceId: row.source_id,
      sourceLabel: sourceLabel(sources, row.source_id, locale),
    }))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));

  return {
    window,
    sides,
    exchanges,
    points,
    drawn: points.length > MAX_MARKS ? aggregateByMonth(points, locale) : points,
    aggregated: points.length > MAX_MARKS,
    claims,
    totals,
    meanings,
    annotations: numberNotes([
      ...findAnnotations(points, locale),
      ...undisclosedRuns(points, locale),
    ]),
    domain: spanOf([...points, ...totals]),
    locale,
  };
}

/** Marks who stated a month's sum: "Ukraine (monthly sum)". */
const MONTHLY_SUM = " (monthly sum)";

/** Who stated a figure, in `locale`: the sides' own words, or the data dictionary's. */
export function whoText(who: string, locale: Locale): string {
  if (locale === "en") return who;
  const t = chartT(locale);
  if (who.endsWith(MONTHLY_SUM)) {
    return t("chart.exchanges.monthlySum", {
      who: whoText(who.slice(0, -MONTHLY_SUM.length), locale),
    });
  }
  if (who === STATED_BY.ukraine) return t("chart.exchanges.ukraine");
  if (who === STATED_BY.russia) return t("chart.exchanges.russiaMoD");
  return valueText(who, locale);
}

/**
 * Who stated a figure, for a sentence or a mark's title in `locale`. A name the data holds in
 * English only (a person and their office) cannot be translated here: the sentence points to
 * the table, where the name is shown as written (marked as English).
 */
export function whoInText(who: string, locale: Locale): string {
  const text = whoText(who, locale);
  return locale !== "en" && text === who ? chartT(locale)("chart.exchanges.seeTable") : text;
}

/** Above this many figures, the chart draws monthly sums instead of one mark per exchange. */
export const MAX_MARKS = 600;

/**
 * One point per month, side and state (known sum / not disclosed / not reported), so a
 * chart of 100,000 rows stays readable; undisclosed figures are never folded into a sum.
 */
export function aggregateByMonth(
  points: readonly ExchangePoint[],
  locale: Locale = "en",
): ExchangePoint[] {
  const t = chartT(locale);
  const groups = new Map<string, ExchangePoint>();
  for (const p of points) {
    const month = `${p.date.getUTCFullYear()}-${String(p.date.getUTCMonth() + 1).padStart(2, "0")}`;
    const state = p.value === null ? (p.missing ?? "not stated") : "known";
    const key = `${month}|${p.side}|${state}`;
    const kept = groups.get(key);
    if (kept === undefined) {
      groups.set(key, {
        ...p,
        id: `${month}-${p.side}-${state.replace(/\s+/g, "-")}`,
        exchangeId: "",
        date: new Date(Date.UTC(p.date.getUTCFullYear(), p.date.getUTCMonth(), 1)),
        dateIso: month,
        dateLabel: formatMonth(p.date, { locale }),
        // English, as the CSV's stated_by column keeps it; whoText translates it for display.
        statedBy: `${p.statedBy}${MONTHLY_SUM}`,
      });
    } else {
      kept.rows += 1;
      if (p.sourceId !== kept.sourceId) kept.sourceLabel = t("chart.exchanges.severalSources");
      if (p.value !== null) kept.value = (kept.value ?? 0) + p.value;
      if (p.qualifier !== "exact") kept.qualifier = "about";
    }
  }
  return [...groups.values()].sort(
    (a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id),
  );
}

function claimPoint(
  claim: ExchangeClaimRow,
  row: ExchangeRow,
  side: Side,
  label: string,
  locale: Locale,
): ExchangePoint {
  return {
    resource: "exchange_claims",
    id: claim.id,
    exchangeId: row.id,
    date: row.date.start,
    dateIso: row.date.iso,
    dateLabel: formatPartialDate(row.date, { ...CHART_DATE, locale }),
    side,
    value: claim.figure,
    missing: null,
    qualifier: claim.qualifier,
    statedBy: claim.claimant,
    sourceId: claim.source_id,
    sourceLabel: label,
    rows: 1,
  };
}

function findAnnotations(points: readonly ExchangePoint[], locale: Locale): Annotation[] {
  const t = chartT(locale);
  const notes: Annotation[] = [];
  for (const span of ANNOTATED_SPANS) {
    const start = Date.parse(`${span.from}T00:00:00Z`);
    const end = Date.parse(`${span.to}T00:00:00Z`);
    const inSpan = points.filter((p) => p.date.getTime() >= start && p.date.getTime() <= end);
    if (inSpan.length === 0) continue;
    const sum = (side: Side): number | null => {
      const values = inSpan.filter((p) => p.side === side);
      if (values.length === 0 || values.some((p) => p.value === null)) return null;
      return values.reduce((total, p) => total + (p.value ?? 0), 0);
    };
    const ua = sum("ukraine");
    const ru = sum("russia");
    const first = inSpan[0]?.date ?? new Date(start);
    const last = inSpan[inSpan.length - 1]?.date ?? new Date(end);
    const range = formatDayRange(first, last, locale);
    const figures =
      ua !== null && ru !== null
        ? t("chart.exchanges.noteFor", {
            range,
            ua: formatNumber(ua, locale),
            ru: formatNumber(ru, locale),
          })
        : ua !== null
          ? t("chart.exchanges.noteToUkraine", { range, count: ua })
          : ru !== null
            ? t("chart.exchanges.noteToRussia", { range, count: ru })
            : t("chart.exchanges.noteNotDisclosed", { range });
    const days = new Set(inSpan.map((p) => p.date.getTime())).size;
    notes.push({
      number: 0,
      date: first,
      top: maxOf(
        inSpan.map((p) => p.value ?? 0),
        0,
      ),
      text: days > 1 ? t("chart.exchanges.noteOverDays", { note: figures, count: days }) : figures,
    });
  }
  return notes;
}

const signed = (p: ExchangePoint): number => (p.side === "ukraine" ? 1 : -1) * (p.value ?? 0);

export function pointTitle(p: ExchangePoint, locale: Locale = "en"): string {
  const t = chartT(locale);
  const direction = t(
    p.side === "ukraine" ? "chart.exchanges.titleToUkraine" : "chart.exchanges.titleToRussia",
  );
  const many = p.rows > 1 ? t("chart.exchanges.titleRows", { count: p.rows }) : "";
  const who = whoInText(p.statedBy, locale);
  const what =
    p.value === null
      ? t("chart.exchanges.titleMissing", {
          reason: missingText(p.missing ?? "not stated", locale),
        })
      : p.resource === "exchange_claims"
        ? t("chart.exchanges.titleClaimed", {
            figure: qualified(p.value, p.qualifier, locale),
            who,
          })
        : t("chart.exchanges.titleAnnounced", {
            figure: qualified(p.value, p.qualifier, locale),
            who,
          });
  return t("chart.exchanges.pointTitle", {
    date: p.dateLabel,
    direction,
    many,
    what,
    source: p.sourceLabel,
  });
}

/** A mark's link: the record of the one row it draws; a monthly sum links its source. */
export const pointHref = (p: ExchangePoint, locale: Locale): string =>
  p.rows === 1 ? recordHref(p.resource, p.id, locale) : sourceHref(p.sourceId, locale);
const totalHref = (p: TotalPoint, locale: Locale): string => recordHref("totals", p.id, locale);

/** Panel 1: people returned in each exchange. */
export function exchangesSpec(sel: ExchangeSelection, options: SpecOptions): Plot.PlotOptions {
  const compact = isCompact(options);
  const { locale } = sel;
  const t = chartT(locale);
  const title = (p: ExchangePoint): string => pointTitle(p, locale);
  const href = (p: ExchangePoint): string => pointHref(p, locale);
  const shown = sel.drawn.filter((p) => p.value !== null);
  const undisclosed = sel.drawn.filter((p) => p.missing === "not disclosed");
  const unreported = sel.drawn.filter((p) => p.value === null && p.missing !== "not disclosed");
  const values = [...shown, ...sel.claims].map(signed);
  const top = maxOf(values, 10);
  const bottom = minOf(values, sel.sides.includes("russia") ? -10 : 0);
  const offset = (side: Side): number => (side === "ukraine" ? -6 : 6);

  return {
    width: options.width,
    height: compact ? 320 : 380,
    marginLeft: compact ? 48 : 52,
    marginRight: compact ? 12 : 24,
    marginTop: 32,
    marginBottom: 30,
    x: timeAxis(sel, compact),
    y: {
      domain: [bottom * 1.1, top * 1.15],
      label: t(compact ? "chart.exchanges.axisShort" : "chart.exchanges.axis"),
      labelAnchor: "top",
      tickFormat: (v: number) => formatAxisMagnitude(v, locale),
      ticks: compact ? 5 : 8,
      grid: true,
    },
    marks: [
      Plot.ruleY([0], { className: CLS.baseline }),
      Plot.ruleX(shown, { x: "date", y1: 0, y2: signed, className: CLS.stem }),
      Plot.dot(shown, {
        x: "date",
        y: signed,
        r: compact ? 2.5 : 3,
        symbol: "circle",
        className: CLS.announced,
        title,
        href,
      }),
      Plot.dot(sel.claims, {
        x: "date",
        y: signed,
        dx: compact ? 4 : 6,
        r: compact ? 3.5 : 4,
        symbol: "diamond",
        className: CLS.claim,
        title,
        href,
      }),
      ...(["ukraine", "russia"] as const).flatMap((side) => [
        Plot.dot(
          undisclosed.filter((p) => p.side === side),
          {
            x: "date",
            y: 0,
            dy: offset(side),
            r: 3,
            symbol: "circle",
            className: CLS.undisclosed,
            title,
            href,
          },
        ),
        Plot.dot(
          unreported.filter((p) => p.side === side),
          {
            x: "date",
            y: 0,
            dy: offset(side),
            r: 3,
            symbol: "times",
            className: CLS.notReported,
            title,
            href,
          },
        ),
      ]),
      Plot.text(sel.annotations, {
        x: "date",
        y: "top",
        dy: -16,
        text: (a: Annotation) => String(a.number),
        className: CLS.annotation,
      }),
    ],
  };
}

/** Runs of undisclosed stages (Ukraine's side), noted once per run of two or more. */
export function undisclosedRuns(
  points: readonly ExchangePoint[],
  locale: Locale = "en",
): Annotation[] {
  const t = chartT(locale);
  const hidden = points.filter((p) => p.missing === "not disclosed" && p.side === "ukraine");
  const runs: { first: Date; last: Date; count: number }[] = [];
  const gap = 62 * 86_400_000;
  for (const p of hidden) {
    const current = runs.at(-1);
    if (current !== undefined && p.date.getTime() - current.last.getTime() <= gap) {
      current.count += 1;
      current.last = p.date;
    } else {
      runs.push({ first: p.date, last: p.date, count: 1 });
    }
  }
  return runs
    .filter((run) => run.count > 1)
    .map((run) => ({
      number: 0,
      date: run.first,
      top: 0,
      text: t("chart.exchanges.noteStagesNotDisclosed", {
        range: formatDayRange(run.first, run.last, locale),
        count: run.count,
      }),
    }));
}

function numberNotes(notes: Annotation[]): Annotation[] {
  return notes
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .map((note, i) => ({ ...note, number: i + 1 }));
}

export function totalTitle(p: TotalPoint, locale: Locale = "en"): string {
  return chartT(locale)("chart.exchanges.totalTitle", {
    date: p.dateLabel,
    measure: valueText(p.measure, locale),
    figure: qualified(p.value, p.qualifier, locale),
    who: whoInText(p.statedBy, locale),
    source: p.sourceLabel,
  });
}

/**
 * Panel 2: the official running totals, one small multiple per measure (its own row, its own
 * label), so measures that count different things are never read as one line.
 */
export function totalsSpec(
  sel: ExchangeSelection,
  options: SpecOptions,
  measures: readonly TotalMeasure[],
): Plot.PlotOptions {
  const compact = isCompact(options);
  const { locale } = sel;
  const t = chartT(locale);
  const title = (p: TotalPoint): string => totalTitle(p, locale);
  const href = (p: TotalPoint): string => totalHref(p, locale);
  const present = measures.filter((m) => sel.totals.some((p) => p.measure === m));
  const points = sel.totals.filter((p) => present.includes(p.measure));
  const lastOf = present
    .map((m) => points.filter((p) => p.measure === m).at(-1))
    .filter((p): p is TotalPoint => p !== undefined);
  const max = maxOf(
    points.map((p) => p.value),
    1,
  );
  const rowHeight = compact ? 96 : 88;
  return {
    width: options.width,
    height: 30 + 34 + present.length * rowHeight,
    marginLeft: compact ? 48 : 56,
    marginRight: compact ? 12 : 24,
    marginTop: 34,
    marginBottom: 30,
    x: timeAxis(sel, compact),
    y: {
      // Each row is labelled with its measure; the panel heading says what the rows count.
      label: null,
      tickFormat: (v: number) => formatAxisMagnitude(v, locale),
      ticks: 2,
      grid: true,
      domain: [0, max * 1.1],
      nice: true,
    },
    fy: { domain: present, axis: null, padding: 0.42 },
    marks: [
      Plot.ruleY([0], { className: CLS.baseline }),
      Plot.line(points, {
        x: "date",
        y: "value",
        fy: "measure",
        z: (p: TotalPoint) => (meaningOf(sel.meanings, p.measure).claim ? p.statedBy : p.measure),
        curve: "step-after",
        className: `${CLS.series(0)} chart-line`,
      }),
      Plot.dot(
        points.filter((p) => p.qualifier === "exact"),
        {
          x: "date",
          y: "value",
          fy: "measure",
          r: 3,
          className: `${CLS.series(0)} ${CLS.verified}`,
          title,
          href,
        },
      ),
      Plot.dot(
        points.filter((p) => p.qualifier !== "exact"),
        {
          x: "date",
          y: "value",
          fy: "measure",
          r: 3.5,
          className: `${CLS.series(0)} ${CLS.unverified}`,
          title,
          href,
        },
      ),
      // Each row's label: the measure, and its latest figure.
      Plot.text(lastOf, {
        fy: "measure",
        frameAnchor: "top-left",
        dx: -(compact ? 44 : 52),
        dy: -10,
        textAnchor: "start",
        lineAnchor: "bottom",
        text: (p: TotalPoint) =>
          t("chart.exchanges.facetLabel", {
            measure: valueText(p.measure, locale),
            figure: qualified(p.value, p.qualifier, locale),
            date: p.dateLabel,
          }),
        lineWidth: compact ? 24 : 48,
        className: "chart-facet-label",
      }),
    ],
  };
}

/** Both panels share the time span of everything drawn (computed once per selection). */
export function xDomain(sel: ExchangeSelection): [Date, Date] | undefined {
  return sel.domain ?? undefined;
}

function spanOf(points: readonly { date: Date }[]): [Date, Date] | null {
  if (points.length === 0) return null;
  const times = points.map((p) => p.date.getTime());
  return [new Date(minOf(times)), new Date(maxOf(times))];
}

/** The shared time axis of both panels: same domain and ticks, so their dates line up. */
function timeAxis(sel: ExchangeSelection, compact: boolean): Plot.ScaleOptions {
  return {
    type: "utc",
    label: null,
    ticks: timeTicks(xDomain(sel), compact),
    tickFormat: (v: Date) => formatTick(v, sel.locale),
    ...domainOf(sel),
  };
}

function domainOf(sel: ExchangeSelection): { domain?: [Date, Date] } {
  const domain = xDomain(sel);
  return domain ? { domain } : {};
}

/**
 * The totals panels to draw: one per unit (people first, then each other unit, such as
 * exchanges held), so measures that count different things never share an axis.
 */
export function totalsPanels(sel: ExchangeSelection): TotalMeasure[][] {
  const present = new Set(sel.totals.map((p) => p.measure));
  const order = [...Object.keys(sel.meanings), ...present].filter(
    (m, i, all) => present.has(m as TotalMeasure) && all.indexOf(m) === i,
  ) as TotalMeasure[];
  const byUnit = Map.groupBy(order, (m) => meaningOf(sel.meanings, m).unit);
  const people = byUnit.get(PEOPLE);
  byUnit.delete(PEOPLE);
  return [...(people ? [people] : []), ...byUnit.values()];
}

/** The unit a totals panel counts (`people`, `exchanges`...). */
export function panelUnit(sel: ExchangeSelection, measures: readonly TotalMeasure[]): string {
  return meaningOf(sel.meanings, measures[0] ?? "").unit;
}
