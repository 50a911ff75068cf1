/**
 * Every number and date the site shows, in charts (SVG, text alternative, table, CSV file
 * name) and on pages, is written here, so a figure reads the same wherever it appears.
 *
 * Each function takes a locale (default `en`). Numbers: at most one decimal, thousands grouped;
 * `en` writes 1,234,567.9, `uk` and `ru` write 1 234 567,9 with a no-break space (U+00A0) as
 * the thousands separator and a comma as the decimal mark. Dates: a partial date is written
 * at the precision the source supports, with the month in full ("8 February 2024") or, where
 * space is short (chart labels and tooltips), abbreviated ("8 Feb 2024").
 */
import type { Maybe, PartialDate, Qualifier } from "./data/types.ts";
import { isMissing } from "./data/types.ts";
import { LOCALE_CONFIG, type Locale } from "./i18n/locales.ts";

export type { Locale } from "./i18n/locales.ts";

/** `long`: "8 February 2024" (pages, sentences); `short`: "8 Feb 2024" (chart labels). */
export type MonthStyle = "long" | "short";
export interface DateOptions {
  locale?: Locale;
  month?: MonthStyle;
}

const NO_BREAK_SPACE = "\u00a0";
const numberFormats = new Map<Locale, Intl.NumberFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE_CONFIG[locale].intl, { maximumFractionDigits: 1 });
    numberFormats.set(locale, f);
  }
  return f;
}

/**
 * 1358 -> "1,358"; 1234567.89 -> "1,234,567.9" (en) or "1 234 567,9" (uk, ru). The separators
 * are set here, not left to the runtime's locale data, so every build writes the same bytes.
 */
export function formatNumber(value: number, locale: Locale = "en"): string {
  const parts = numberFormat(locale).formatToParts(value);
  if (locale === "en") return parts.map((p) => p.value).join("");
  return parts
    .map((p) => (p.type === "group" ? NO_BREAK_SPACE : p.type === "decimal" ? "," : p.value))
    .join("");
}

/**
 * Prose written by hand with spaces between thousands ("1 358", our translations of the data's
 * notes): each such space becomes a no-break space, as formatNumber writes it, so a number is
 * never split across two lines.
 */
export function keepNumbersTogether(text: string): string {
  return text.replace(/(?<=\d) (?=\d{3}(?!\d))/g, NO_BREAK_SPACE);
}

/**
 * A number for a text alternative or a screen reader: no thousands separator, because a space
 * between thousands is read out as two numbers. 1358 -> "1358"; 1.5 -> "1,5" (uk, ru).
 */
export function formatSpokenNumber(value: number, locale: Locale = "en"): string {
  return numberFormat(locale)
    .formatToParts(value)
    .filter((p) => p.type !== "group")
    .map((p) => (p.type === "decimal" && locale !== "en" ? "," : p.value))
    .join("");
}

/** The absolute value, for an axis drawn both ways from zero. */
export function formatAxisMagnitude(value: number, locale: Locale = "en"): string {
  return formatNumber(Math.abs(value), locale);
}

/** A percentage exactly as a source published it: 86 -> "86%", 12.5 -> "12.5%". */
export function formatPercent(percent: number, locale: Locale = "en"): string {
  return `${formatNumber(percent, locale)}%`;
}

/** A share of a known group, to the whole per cent: 169 of 174 -> "97%". */
export function formatShare(count: number, denominator: number, locale: Locale = "en"): string {
  return formatPercent(Math.round((count / denominator) * 100), locale);
}

/** Said of a share published only as a percentage: the count of people was never given. */
export const COUNT_NOT_PUBLISHED = "count not published";

/**
 * A share published only as a percentage of a known group, whose count was never given:
 * "86% of 142, count not published". The count is never derived from the percentage.
 */
export function formatPercentOf(
  percent: number,
  denominator: number,
  locale: Locale = "en",
): string {
  return `${formatPercent(percent, locale)} of ${formatNumber(denominator, locale)}, ${COUNT_NOT_PUBLISHED}`;
}

/** A figure with its qualifier: "more than 8,000", "about 250", "1,358". */
export function formatQualified(
  value: number,
  qualifier: Qualifier | "share",
  locale: Locale = "en",
): string {
  const number = formatNumber(value, locale);
  return qualifier === "exact" || qualifier === "share" ? number : `${qualifier} ${number}`;
}

/** A value that may be missing: the reason is written out, never a zero. */
export function formatMaybe(value: Maybe<number>, locale?: Locale): string;
export function formatMaybe<T>(value: Maybe<T>, format: (v: T) => string): string;
export function formatMaybe<T>(value: Maybe<T>, how?: Locale | ((v: T) => string)): string {
  if (isMissing(value)) return value.missing;
  return typeof how === "function" ? how(value) : formatNumber(value as number, how);
}

/** "3 stages", "1 exchange", "1,204 rows". */
export function plural(n: number, one: string, many = `${one}s`, locale: Locale = "en"): string {
  return `${formatNumber(n, locale)} ${n === 1 ? one : many}`;
}

// Dates. English month names are spelt here (not left to the runtime's locale data, which
// abbreviates September as "Sept" in some versions); other locales use Intl, in UTC.
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const EN_SHORT = EN_MONTHS.map((m) => m.slice(0, 3));
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function intlDate(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_CONFIG[locale].intl, { ...options, timeZone: "UTC" });
    dateFormats.set(key, f);
  }
  return f;
}

function monthName(index: number, style: MonthStyle): string {
  return (style === "long" ? EN_MONTHS : EN_SHORT)[index] ?? String(index + 1);
}

/** A UTC day: "8 February 2024" or "8 Feb 2024". */
export function formatDay(date: Date, { locale = "en", month = "long" }: DateOptions = {}): string {
  if (locale !== "en")
    return intlDate(locale, { day: "numeric", month, year: "numeric" }).format(date);
  return `${date.getUTCDate()} ${monthName(date.getUTCMonth(), month)} ${date.getUTCFullYear()}`;
}

/** A UTC month: "March 2022" or "Mar 2022". */
export function formatMonth(
  date: Date,
  { locale = "en", month = "long" }: DateOptions = {},
): string {
  if (locale !== "en") return intlDate(locale, { month, year: "numeric" }).format(date);
  return `${monthName(date.getUTCMonth(), month)} ${date.getUTCFullYear()}`;
}

/** A UTC year: "2024". */
export function formatYear(date: Date): string {
  return String(date.getUTCFullYear());
}

const dateCache = new Map<string, string>();

/**
 * A partial date at the precision the source supports: "8 February 2024" ("8 Feb 2024" with
 * `month: "short"`), "May 2025", "2024". The month of a month-precision date is always in full.
 */
export function formatPartialDate(date: PartialDate, options: DateOptions = {}): string {
  // Memoised: a 100,000-row table repeats the same few thousand dates.
  const key = `${options.locale ?? "en"} ${options.month ?? "long"} ${date.iso}`;
  const cached = dateCache.get(key);
  if (cached !== undefined) return cached;
  const text =
    date.precision === "day"
      ? formatDay(date.start, options)
      : date.precision === "month"
        ? formatMonth(date.start, { ...options, month: "long" })
        : formatYear(date.start);
  dateCache.set(key, text);
  return text;
}

/** A partial date or the reason it is absent. */
export function formatMaybeDate(date: Maybe<PartialDate>, options: DateOptions = {}): string {
  return isMissing(date) ? date.missing : formatPartialDate(date, options);
}

/** "2026-03-11" (a full ISO date string) -> "11 March 2026"; other strings pass through. */
export function formatIsoDay(iso: string, options: DateOptions = {}): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12) return iso;
  return formatDay(new Date(Date.UTC(y, m - 1, d)), options);
}

/** "on 8 Feb 2024", "in June 2024", "in 2024": for sentences. */
export function formatWhen(date: PartialDate, options: DateOptions = {}): string {
  return `${date.precision === "day" ? "on" : "in"} ${formatPartialDate(date, options)}`;
}

/** Axis ticks: "2024" on year boundaries, "May 2025" otherwise. */
export function formatTick(date: Date, locale: Locale = "en"): string {
  return date.getUTCMonth() === 0 && date.getUTCDate() === 1
    ? formatYear(date)
    : formatMonth(date, { locale, month: "short" });
}

/** "March 2022 to May 2025": the span named in a caption. */
export function formatSpan(from: Date, to: Date, locale: Locale = "en"): string {
  return `${formatMonth(from, { locale })} to ${formatMonth(to, { locale })}`;
}

/** "23–25 May 2025", "30 Apr – 2 May 2025", or one day: "8 Feb 2024" (short months). */
export function formatDayRange(first: Date, last: Date, locale: Locale = "en"): string {
  const short = { locale, month: "short" } as const;
  if (first.getTime() === last.getTime()) return formatDay(first, short);
  if (first.getUTCFullYear() !== last.getUTCFullYear())
    return `${formatDay(first, short)} – ${formatDay(last, short)}`;
  if (locale !== "en") return `${formatDay(first, short)} – ${formatDay(last, short)}`;
  const dayMonth = `${first.getUTCDate()} ${monthName(first.getUTCMonth(), "short")}`;
  if (first.getUTCMonth() === last.getUTCMonth())
    return `${first.getUTCDate()}–${formatDay(last, short)}`;
  return `${dayMonth} – ${formatDay(last, short)}`;
}

/** A file-name-safe slug of free text: "Ukrainians held by Russia" -> "ukrainians-held-by-russia". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Min and max without spreading arrays into arguments (which overflows the stack at 100,000). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}

/** Dates in charts' labels, tooltips and tables: months abbreviated ("8 Feb 2024"). */
export const CHART_DATE: DateOptions = { month: "short" };
