/**
 * Contact chart: what the Third Geneva Convention requires and what each side reportedly
 * allows, channel by channel over time. One facet per channel; rows: the Convention, Ukraine
 * as detaining power, Russia as detaining power; spans by status, told apart by pattern and
 * label as well as colour. Pure: rows and options in, Plot options out.
 */
import * as Plot from "@observablehq/plot";
import type { AccessStatus, Channel, CommunicationRow } from "../../data/types.ts";
import { isMissing } from "../../data/types.ts";
import { dateWindow, periodEnd, spanInWindow, type DateWindow } from "../filters.ts";
import { CHART_DATE, formatMaybeDate, formatTick, maxOf, minOf } from "../../format.ts";
import type { ChartData } from "../model.ts";
import { CHANNELS, type ChartFilters } from "../registry.ts";
import { indexSources, recordHref, sourceHref, sourceLabel } from "../sources.ts";
import { chartT, valueText, type Locale } from "../text.ts";
import type { MessageKey } from "../../i18n/index.ts";
import { CLS, isCompact, timeTicks, type SpecOptions } from "../theme.ts";

export type Regime = CommunicationRow["regime"];

export const REGIME_LABEL: Readonly<Record<Regime, string>> = {
  "Geneva Convention III": "Convention",
  "Ukraine (detaining)": "Ukraine holds",
  "Russia (detaining)": "Russia holds",
};

export const REGIME_LONG: Readonly<Record<Regime, string>> = {
  "Geneva Convention III": "the Geneva Convention",
  "Ukraine (detaining)": "Ukraine (for the Russian prisoners it holds)",
  "Russia (detaining)": "Russia (for the Ukrainian prisoners it holds)",
};

/** The regimes' words in the strings files: short (row labels) and long (sentences). */
const REGIME_KEYS: Readonly<Record<Regime, { short: MessageKey; long: MessageKey }>> = {
  "Geneva Convention III": {
    short: "chart.contact.regimeConvention",
    long: "chart.contact.regimeConventionLong",
  },
  "Ukraine (detaining)": {
    short: "chart.contact.regimeUkraine",
    long: "chart.contact.regimeUkraineLong",
  },
  "Russia (detaining)": {
    short: "chart.contact.regimeRussia",
    long: "chart.contact.regimeRussiaLong",
  },
};

/** A regime's row label in `locale` ("Convention", "Ukraine holds"). */
export function regimeLabel(regime: Regime, locale: Locale = "en"): string {
  return locale === "en" ? REGIME_LABEL[regime] : chartT(locale)(REGIME_KEYS[regime].short);
}

/** A regime in a sentence in `locale` ("Ukraine (for the Russian prisoners it holds)"). */
export function regimeLong(regime: Regime, locale: Locale = "en"): string {
  return locale === "en" ? REGIME_LONG[regime] : chartT(locale)(REGIME_KEYS[regime].long);
}

/** A status as drawn on a bar in `locale` (the data dictionary's word). */
export const statusText = (status: AccessStatus, locale: Locale = "en"): string =>
  valueText(status, locale);

/** A channel as a facet heading in `locale`: "Phone call". */
export function channelHeading(channel: Channel, locale: Locale = "en"): string {
  const text = valueText(channel, locale);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const STATUSES: readonly AccessStatus[] = [
  "required",
  "allowed",
  "restricted",
  "banned",
  "none in practice",
  "not reported",
];

/** A status in words for titles and the text alternative (says what `none in practice` means). */
export function statusWords(status: AccessStatus, locale: Locale = "en"): string {
  if (locale !== "en") {
    return status === "none in practice"
      ? chartT(locale)("chart.contact.noneInPracticeWords")
      : valueText(status, locale);
  }
  return status === "none in practice"
    ? "none in practice (reported not to happen; no rule found)"
    : status;
}

/** One rule or practice as drawn. */
export interface ContactSpan {
  row: CommunicationRow;
  regime: Regime;
  regimeLabel: string;
  channel: Channel;
  status: AccessStatus;
  /** Null when the source does not date it. */
  start: Date | null;
  /** Where the span is drawn to: its end, or the end of the chart when still in force. */
  end: Date | null;
  ongoing: boolean;
  startLabel: string;
  endLabel: string;
  /** The end as written in the data (ISO partial date or the reason it is missing). */
  endIso: string;
  /** How many rows this span stands for: 1, or more when touching spans were merged. */
  rows: number;
  limit: string | null;
  sourceId: string;
  sourceLabel: string;
}

export interface ContactSelection {
  window: DateWindow;
  regimes: readonly Regime[];
  channels: readonly Channel[];
  /** Every row in the slice (table, text alternative). */
  spans: readonly ContactSpan[];
  /** What is drawn: `spans`, or touching spans of one status merged when there are too many. */
  drawn: readonly ContactSpan[];
  aggregated: boolean;
  domain: [Date, Date] | null;
  /** The language of every word drawn. */
  locale: Locale;
}

/** Above this many spans, touching or overlapping spans with the same status are merged. */
export const MAX_SPANS = 600;

/** Merges dated spans of one regime, channel and status that touch or overlap. */
export function mergeSpans(spans: readonly ContactSpan[]): ContactSpan[] {
  const merged: ContactSpan[] = [];
  const open = new Map<string, ContactSpan>();
  const sorted = spans
    .slice()
    .sort(
      (a, b) =>
        (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0) || a.row.id.localeCompare(b.row.id),
    );
  for (const span of sorted) {
    if (span.start === null || span.end === null) {
      merged.push(span);
      continue;
    }
    const key = `${span.regime}|${span.channel}|${span.status}`;
    const current = open.get(key);
    if (current?.end && current.end.getTime() >= span.start.getTime()) {
      current.rows += 1;
      if (span.end > current.end) {
        current.end = span.end;
        current.endLabel = span.endLabel;
        current.endIso = span.endIso;
        current.ongoing = span.ongoing;
      }
      continue;
    }
    const copy = { ...span, sourceLabel: span.sourceLabel };
    open.set(key, copy);
    merged.push(copy);
  }
  return merged;
}

const SIDE_REGIMES: Readonly<Record<"ukraine" | "russia", readonly Regime[]>> = {
  // side = whose prisoners: Ukrainians are held by Russia.
  ukraine: ["Geneva Convention III", "Russia (detaining)"],
  russia: ["Geneva Convention III", "Ukraine (detaining)"],
};

export function selectContact(
  data: ChartData,
  filters: ChartFilters,
  locale: Locale = "en",
): ContactSelection {
  const t = chartT(locale);
  const dateOptions = { ...CHART_DATE, locale };
  const window = dateWindow(filters);
  const sources = indexSources(data.sources);
  const regimes: readonly Regime[] = filters.side
    ? SIDE_REGIMES[filters.side]
    : ["Geneva Convention III", "Ukraine (detaining)", "Russia (detaining)"];
  const rows = data.communication.filter(
    (row) =>
      regimes.includes(row.regime) &&
      (filters.channel === undefined || row.channel === filters.channel),
  );

  // The time axis runs over the practice reported (not from 1949): dated starts and ends of
  // the sides' rows, narrowed by the filters.
  // A practice "still in force when last reported" is drawn to the latest report in the chart.
  const practiceDates: number[] = [];
  for (const row of rows) {
    if (row.regime === "Geneva Convention III") continue;
    if (!isMissing(row.start)) practiceDates.push(row.start.start.getTime());
    if (!isMissing(row.end)) practiceDates.push(periodEnd(row.end).getTime());
    const published = sources.get(row.source_id)?.published;
    if (published && !isMissing(published)) practiceDates.push(periodEnd(published).getTime());
  }
  let domain: [Date, Date] | null = null;
  if (practiceDates.length > 0 || (window.start && window.end)) {
    const lo = window.start?.getTime() ?? minOf(practiceDates);
    const hi = window.end?.getTime() ?? maxOf(practiceDates);
    domain = [new Date(lo), new Date(Math.max(hi, lo + 86_400_000))];
  }

  const spans: ContactSpan[] = [];
  for (const row of rows) {
    const start = isMissing(row.start) ? null : row.start.start;
    const ongoing = isMissing(row.end) && row.end.missing === "not applicable";
    let end: Date | null = isMissing(row.end) ? null : periodEnd(row.end);
    if (ongoing && domain) end = domain[1];
    if (start !== null && end === null && domain) end = domain[1];
    if (start !== null && end !== null && !spanInWindow(start, end, window)) continue;
    spans.push({
      row,
      regime: row.regime,
      regimeLabel: regimeLabel(row.regime, locale),
      channel: row.channel,
      status: row.status,
      start: start !== null && domain && start < domain[0] ? domain[0] : start,
      end: end !== null && domain && end > domain[1] ? domain[1] : end,
      ongoing,
      startLabel: formatMaybeDate(row.start, dateOptions),
      endLabel: ongoing
        ? row.status === "none in practice"
          ? t("chart.contact.stillTheCase")
          : t("chart.contact.stillInForce")
        : formatMaybeDate(row.end, dateOptions),
      endIso: isMissing(row.end) ? row.end.missing : row.end.iso,
      rows: 1,
      limit: isMissing(row.limit) ? null : row.limit,
      sourceId: row.source_id,
      sourceLabel: sourceLabel(sources, row.source_id, locale),
    });
  }
  const regimeOrder = (r: Regime): number => regimes.indexOf(r);
  spans.sort(
    (a, b) =>
      CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) ||
      regimeOrder(a.regime) - regimeOrder(b.regime) ||
      (a.start?.getTime() ?? 0) - (b.start?.getTime() ?? 0) ||
      a.row.id.localeCompare(b.row.id),
  );
  const channels = CHANNELS.filter((c) => spans.some((s) => s.channel === c));
  const drawn = spans.length > MAX_SPANS ? mergeSpans(spans) : spans;
  return {
    window,
    regimes,
    channels,
    spans,
    drawn,
    aggregated: drawn !== spans,
    domain,
    locale,
  };
}

export function spanTitle(s: ContactSpan, locale: Locale = "en"): string {
  if (locale !== "en") return localSpanTitle(s, locale);
  const when =
    s.start === null
      ? "dates not stated"
      : s.regime === "Geneva Convention III"
        ? `since ${s.startLabel}`
        : s.ongoing
          ? `from ${s.startLabel}, ${s.endLabel}`
          : `from ${s.startLabel} to ${s.endLabel}`;
  const limit = s.limit ? ` (${s.limit})` : "";
  return `${s.channel}: ${REGIME_LONG[s.regime]}: ${statusWords(s.status)}${limit}, ${when}. Source: ${s.sourceLabel}`;
}

/** A span's title in another language than English, from whole templates. */
function localSpanTitle(s: ContactSpan, locale: Locale): string {
  const t = chartT(locale);
  const when =
    s.start === null
      ? t("chart.contact.datesNotStated")
      : s.regime === "Geneva Convention III"
        ? t("chart.contact.since", { start: s.startLabel })
        : s.ongoing
          ? t("chart.contact.fromOngoing", { start: s.startLabel, end: s.endLabel })
          : t("chart.contact.fromTo", { start: s.startLabel, end: s.endLabel });
  return t("chart.contact.spanTitle", {
    channel: valueText(s.channel, locale),
    regime: regimeLong(s.regime, locale),
    status: statusWords(s.status, locale),
    limit: s.limit ? t("chart.contact.limitSeeTable") : "",
    when,
    source: s.sourceLabel,
  });
}

/** A span links the record of its row; spans merged from several rows link their source. */
export const spanHref = (s: ContactSpan, locale: Locale): string =>
  s.rows === 1 ? recordHref("communication", s.row.id, locale) : sourceHref(s.sourceId, locale);

/** A status as a class-name and id-safe word: "none in practice" -> "none-in-practice". */
export const statusSlug = (status: AccessStatus): string => status.replace(/\s+/g, "-");

interface Pattern {
  id: string;
  /** Diagonal lines (banned dense, restricted sparse) or a grid of dots (none in practice). */
  kind: "lines" | "dots";
  angle: number;
  gap: number;
}

/**
 * Statuses drawn with a pattern (so print and colour-blind readers can tell them apart): a
 * rule that stops a channel is densely hatched, a channel reported not to happen without any
 * rule found is dotted, so the two never look alike. `not reported` is an empty dashed outline.
 */
export const PATTERNS: Partial<Record<AccessStatus, Pattern>> = {
  banned: { id: "pattern-banned", kind: "lines", angle: 45, gap: 5 },
  restricted: { id: "pattern-restricted", kind: "lines", angle: -45, gap: 9 },
  "none in practice": { id: "pattern-none-in-practice", kind: "dots", angle: 0, gap: 6 },
};

const SVG = "http://www.w3.org/2000/svg";

/** A mark that only writes the hatch patterns' <defs> (ids are renumbered per SVG). */
const patternDefs: Plot.RenderFunction = (_index, _scales, _values, _dimensions, context) => {
  const doc = context.document;
  const defs = doc.createElementNS(SVG, "defs");
  for (const [status, p] of Object.entries(PATTERNS) as [AccessStatus, Pattern][]) {
    const slug = statusSlug(status);
    const pattern = doc.createElementNS(SVG, "pattern");
    pattern.setAttribute("id", p.id);
    pattern.setAttribute("patternUnits", "userSpaceOnUse");
    pattern.setAttribute("width", String(p.gap));
    pattern.setAttribute("height", String(p.gap));
    if (p.angle !== 0) pattern.setAttribute("patternTransform", `rotate(${p.angle})`);
    const bg = doc.createElementNS(SVG, "rect");
    bg.setAttribute("width", String(p.gap));
    bg.setAttribute("height", String(p.gap));
    bg.setAttribute("class", `chart-pattern-bg chart-pattern-bg-${slug}`);
    if (p.kind === "dots") {
      const dot = doc.createElementNS(SVG, "circle");
      dot.setAttribute("cx", String(p.gap / 2));
      dot.setAttribute("cy", String(p.gap / 2));
      dot.setAttribute("r", "1.25");
      dot.setAttribute("class", `chart-pattern-dot chart-pattern-dot-${slug}`);
      pattern.append(bg, dot);
    } else {
      const line = doc.createElementNS(SVG, "line");
      line.setAttribute("x1", "0");
      line.setAttribute("y1", "0");
      line.setAttribute("x2", "0");
      line.setAttribute("y2", String(p.gap));
      line.setAttribute("class", `chart-pattern-line chart-pattern-line-${slug}`);
      pattern.append(bg, line);
    }
    defs.append(pattern);
  }
  return defs as unknown as SVGElement;
};

/** Approximate width of a label in pixels at the chart's 12 px font. */
const labelWidth = (text: string): number => text.length * 6.6 + 6;

/** Shorter words on a bar too narrow for the status; its pattern, title and the key say the rest. */
const SHORT_LABEL: Partial<Record<AccessStatus, string>> = { "none in practice": "none" };

/** Regime and channel pairs with no row: said so in words, not left looking like a gap. */
export function emptyCells(sel: ContactSelection): { regimeLabel: string; channel: Channel }[] {
  const { locale } = sel;
  return sel.channels.flatMap((channel) =>
    sel.regimes
      .filter((regime) => !sel.spans.some((s) => s.channel === channel && s.regime === regime))
      .map((regime) => ({ regimeLabel: regimeLabel(regime, locale), channel })),
  );
}

/**
 * Each regime's row: the status label on top, the bar below it. A label drawn on a bar was
 * taller than the bar, so its halo covered the bar's start (and patterns made it hard to read).
 */
const ROW_HEIGHT = 38;
/** The bar's place in its row (a band of about 23 px once facets are spaced): the bottom 8 px. */
const BAR_INSET_TOP = 14;
const BAR_INSET_BOTTOM = 1;
/** The label's shift up from the row's centre, so that it ends above the bar. */
const LABEL_DY = -5;

export function contactSpec(sel: ContactSelection, options: SpecOptions): Plot.PlotOptions {
  const compact = isCompact(options);
  const { locale } = sel;
  const t = chartT(locale);
  const title = (s: ContactSpan): string => spanTitle(s, locale);
  const href = (s: ContactSpan): string => spanHref(s, locale);
  const marginLeft = compact ? 92 : 108;
  const marginRight = compact ? 10 : 20;
  const plotWidth = options.width - marginLeft - marginRight;
  const dated = sel.drawn.filter((s) => s.start !== null && s.end !== null);
  const undated = sel.drawn.filter((s) => s.start === null || s.end === null);
  const [d0, d1] = sel.domain ?? [new Date(0), new Date(1)];
  const px = (s: ContactSpan): number =>
    (((s.end?.getTime() ?? 0) - (s.start?.getTime() ?? 0)) / (d1.getTime() - d0.getTime())) *
    plotWidth;
  const barLabel = (s: ContactSpan): string | null => {
    const status = statusText(s.status, locale);
    if (px(s) >= labelWidth(status)) return status;
    const short =
      locale === "en" || SHORT_LABEL[s.status] === undefined
        ? SHORT_LABEL[s.status]
        : t("chart.contact.noneShort");
    return short !== undefined && px(s) >= labelWidth(short) ? short : null;
  };
  const labelled = dated.filter((s) => barLabel(s) !== null);
  const rowLabels = sel.regimes.map((r) => regimeLabel(r, locale));

  const marks: Plot.Markish[] = [patternDefs];
  for (const status of STATUSES) {
    const pattern = PATTERNS[status];
    marks.push(
      Plot.barX(
        dated.filter((s) => s.status === status),
        {
          ...(pattern ? { fill: `url(#${pattern.id})` } : {}),
          x1: "start",
          x2: "end",
          y: "regimeLabel",
          fy: "channel",
          insetTop: BAR_INSET_TOP,
          insetBottom: BAR_INSET_BOTTOM,
          className: CLS.status(status),
          title,
          href,
        },
      ),
    );
  }
  marks.push(
    Plot.text(labelled, {
      x: "start",
      y: "regimeLabel",
      fy: "channel",
      text: barLabel,
      textAnchor: "start",
      dx: 1,
      dy: LABEL_DY,
      className: `${CLS.label} chart-on-bar`,
    }),
    Plot.text(undated, {
      x: d0,
      y: "regimeLabel",
      fy: "channel",
      text: (s: ContactSpan) =>
        locale === "en"
          ? `${s.status}: dates not stated`
          : t("chart.contact.statusUndated", { status: statusText(s.status, locale) }),
      textAnchor: "start",
      dx: 4,
      className: CLS.muted,
      title,
      href,
    }),
    Plot.text(emptyCells(sel), {
      x: d0,
      y: "regimeLabel",
      fy: "channel",
      text: () => t("chart.contact.nothingInData"),
      textAnchor: "start",
      dx: 4,
      className: CLS.muted,
    }),
    Plot.text(sel.channels, {
      fy: (c: Channel) => c,
      frameAnchor: "top-left",
      dx: -marginLeft + 2,
      dy: -14,
      text: (c: Channel) => channelHeading(c, locale),
      className: "chart-facet-label",
    }),
  );
  const rows = sel.regimes.length;
  return {
    width: options.width,
    height: 24 + sel.channels.length * (rows * ROW_HEIGHT + 24) + 30,
    marginLeft,
    marginRight,
    marginTop: 24,
    marginBottom: 30,
    x: {
      type: "utc",
      domain: [d0, d1],
      label: null,
      ticks: timeTicks([d0, d1], compact),
      tickFormat: (v: Date) => formatTick(v, locale),
      grid: true,
    },
    y: { domain: rowLabels, label: null, padding: 0.1 },
    fy: { domain: sel.channels, axis: null, padding: 0.5 },
    marks,
  };
}
