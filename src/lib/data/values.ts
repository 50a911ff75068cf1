/**
 * The value types and helpers shared by the reader's modules (cells, schema, rules) and the
 * row types: a missing value with its reason, a partial date, a typed cell. This module imports
 * nothing, so the reader's modules can all depend on it without depending on each other
 * (src/lib has no import cycles: tests/unit/architecture.test.ts).
 */

/** Why a value is absent. Never a zero. */
export type MissingReason = "not disclosed" | "not reported" | "not applicable" | "not stated";
export interface Missing {
  missing: MissingReason;
}
/** A value that may instead carry the reason it is absent. */
export type Maybe<T> = T | Missing;

export function isMissing(value: unknown): value is Missing {
  return typeof value === "object" && value !== null && "missing" in value;
}

/** A date known to the day, the month or only the year. */
export interface PartialDate {
  /** As written in the CSV: `2024`, `2024-05` or `2024-05-27`. */
  iso: string;
  precision: "year" | "month" | "day";
  year: number;
  /** 1-12, or null when only the year is known. */
  month: number | null;
  /** 1-31, or null when the day is not known. */
  day: number | null;
  /** First instant of the period, in UTC, for placing on a time axis. */
  start: Date;
}

/** One cell as the reader types it. */
export type CellValue = string | number | PartialDate | string[] | Missing | null;

/** Days in a month of a year (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` naming a day that exists. */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}
