/** How figures and dates are written on the site: one place, so every page agrees. */
import type { Maybe, PartialDate, Qualifier } from "../data/types";
import { isMissing } from "../data/types";

const numberFormat = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
const MONTHS = [
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

/** 1358 -> "1,358". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A figure with its qualifier: "more than 8,000", "about 250", "1,358". */
export function formatQualified(value: number, qualifier: Qualifier | "share"): string {
  const number = formatNumber(value);
  return qualifier === "exact" || qualifier === "share" ? number : `${qualifier} ${number}`;
}

/**
 * A share published only as a percentage of a known group, whose count was never given:
 * "86% of 142, count not published". The count is never derived from the percentage.
 */
export function formatPercentOf(percent: number, denominator: number): string {
  return `${formatNumber(percent)}% of ${formatNumber(denominator)}, count not published`;
}

/** A partial date at the precision the source gives: "27 May 2024", "May 2024", "2024". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === null) return String(date.year);
  const month = MONTHS[date.month - 1] ?? String(date.month);
  return date.day === null ? `${month} ${date.year}` : `${date.day} ${month} ${date.year}`;
}

/** A value that may be missing: the missing reason is written out, never a zero. */
export function formatMaybe<T>(value: Maybe<T>, format: (v: T) => string): string {
  return isMissing(value) ? value.missing : format(value);
}

/** "2026-03-11" (a full ISO date string) -> "11 March 2026"; other strings pass through. */
export function formatIsoDay(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** 1 -> "1 row", 2 -> "2 rows". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
