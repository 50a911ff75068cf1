/**
 * Every number and date a chart shows is formatted here, with d3, so figures read the same in
 * the SVG, the text alternative, the table and the CSV file name.
 */
import { format, utcFormat } from "d3";
import type { Maybe, PartialDate, Qualifier } from "../data/types.ts";
import { isMissing } from "../data/types.ts";

const integer = format(",d");
const decimal = format(",~r");
const percentOf = format(".0%");

/** 1,000 for integers; up to the precision given for other numbers. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? integer(n) : decimal(n);
}

/** "97%" for 169 of 174. */
export function formatShare(count: number, denominator: number): string {
  return percentOf(count / denominator);
}

/** A percentage exactly as a source published it: 86 -> "86%", 12.5 -> "12.5%". */
export function formatPercent(percent: number): string {
  return `${formatNumber(percent)}%`;
}

/** Said of a share published only as a percentage: the count of people was never given. */
export const COUNT_NOT_PUBLISHED = "count not published";

const QUALIFIER_WORDS: Readonly<Record<Qualifier, string>> = {
  exact: "",
  "at least": "at least ",
  "more than": "more than ",
  about: "about ",
  "up to": "up to ",
};

/** "more than 1,000" */
export function formatQualified(n: number, qualifier: Qualifier): string {
  return `${QUALIFIER_WORDS[qualifier]}${formatNumber(n)}`;
}

/** A number or its absence: "1,000" or "not disclosed". */
export function formatMaybe(value: Maybe<number>): string {
  return isMissing(value) ? value.missing : formatNumber(value);
}

const day = utcFormat("%-d %b %Y");
const month = utcFormat("%B %Y");
const monthShort = utcFormat("%b %Y");
const year = utcFormat("%Y");

const dateCache = new Map<string, string>();

/** A partial date at the precision the source supports: "8 Feb 2024", "May 2025", "2024". */
export function formatPartialDate(date: PartialDate): string {
  // Memoised by the text as written: a 100,000-row table repeats the same few thousand dates.
  const cached = dateCache.get(date.iso);
  if (cached !== undefined) return cached;
  const text =
    date.precision === "day"
      ? day(date.start)
      : date.precision === "month"
        ? month(date.start)
        : year(date.start);
  dateCache.set(date.iso, text);
  return text;
}

export function formatMaybeDate(date: Maybe<PartialDate>): string {
  return isMissing(date) ? date.missing : formatPartialDate(date);
}

/** "March 2022" for the span named in a text alternative. */
export function formatMonth(date: Date): string {
  return month(date);
}

/** Axis ticks: "2024" on year boundaries, "May 2025" otherwise. */
export function formatTick(date: Date): string {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1 ? year(date) : monthShort(date);
}

/** The absolute value, for an axis drawn both ways from zero. */
export function formatAxisMagnitude(n: number): string {
  return integer(Math.abs(n));
}

/** "1 Jan 2024 to 31 Dec 2024" style span for captions. */
export function formatSpan(from: Date, to: Date): string {
  return `${formatMonth(from)} to ${formatMonth(to)}`;
}

/** A file-name-safe slug of free text: "Ukrainians held by Russia" -> "ukrainians-held-by-russia". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

const dayOnly = utcFormat("%-d");
const dayMonth = utcFormat("%-d %b");

/** "23–25 May 2025", "30 Apr – 2 May 2025", or one day: "8 Feb 2024". */
export function formatDayRange(first: Date, last: Date): string {
  if (first.getTime() === last.getTime()) return day(first);
  if (first.getUTCFullYear() !== last.getUTCFullYear()) return `${day(first)} – ${day(last)}`;
  if (first.getUTCMonth() === last.getUTCMonth()) return `${dayOnly(first)}–${day(last)}`;
  return `${dayMonth(first)} – ${day(last)}`;
}

/** "3 stages", "1 exchange" */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "on 8 Feb 2024", "in June 2024", "in 2024": for sentences. */
export function formatWhen(date: PartialDate): string {
  return `${date.precision === "day" ? "on" : "in"} ${formatPartialDate(date)}`;
}
