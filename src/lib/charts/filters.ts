/** Slicing rows by a chart's filters (see ChartFilters in registry.ts). Pure. */
import type { PartialDate } from "../data/types.ts";
import { partialDateRange, type ChartFilters } from "./registry.ts";

export interface DateWindow {
  /** Inclusive start, or null for no lower bound. */
  start: Date | null;
  /** Exclusive end, or null for no upper bound. */
  end: Date | null;
}

export function dateWindow(filters: ChartFilters): DateWindow {
  const from = filters.from === undefined ? null : partialDateRange(filters.from);
  const to = filters.to === undefined ? null : partialDateRange(filters.to);
  return { start: from?.start ?? null, end: to?.end ?? null };
}

/** The first instant after a partial date's period. */
export function periodEnd(date: PartialDate): Date {
  // Memoised by the text as written: large tables repeat the same dates.
  const cached = ends.get(date.iso);
  if (cached !== undefined) return cached;
  const range = partialDateRange(date.iso);
  const end = range ? range.end : date.start;
  ends.set(date.iso, end);
  return end;
}

const ends = new Map<string, Date>();

/** Whether a partial date's period overlaps the window (a month overlaps a day inside it). */
export function inWindow(date: PartialDate, window: DateWindow): boolean {
  if (window.end !== null && date.start >= window.end) return false;
  if (window.start !== null && periodEnd(date) <= window.start) return false;
  return true;
}

/** Whether a span [start, end) overlaps the window. */
export function spanInWindow(start: Date, end: Date, window: DateWindow): boolean {
  if (window.end !== null && start >= window.end) return false;
  if (window.start !== null && end <= window.start) return false;
  return true;
}
