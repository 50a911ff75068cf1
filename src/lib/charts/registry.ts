/**
 * The charts a page or story may show, their default wording, and the filters each accepts.
 * Framework-free: the MDX <Chart> component validates an editor's props with validateFilters
 * and fails the build with its messages.
 */
import type { AbuseMeasure, Channel, TotalMeasure } from "../data/types.ts";
import { ENUMS } from "../data/fields.ts";

export const CHART_NAMES = ["exchanges", "contact", "abuses"] as const;
export type ChartName = (typeof CHART_NAMES)[number];

export function isChartName(x: string): x is ChartName {
  return (CHART_NAMES as readonly string[]).includes(x);
}

/**
 * A slice of a chart. Every field is optional; an empty object shows everything.
 * - `from`, `to`: partial dates (`2024`, `2024-05`, `2024-05-27`), both inclusive
 *   (`to: "2024"` runs to the end of 2024).
 * - `side`: whose prisoners. `ukraine` = Ukrainians (people returned to Ukraine; Ukrainian POWs
 *   held by Russia and Russia's practice; abuse of Ukrainian POWs). `russia` = the reverse.
 *   The Geneva Convention's own rules always stay in the contact chart as the yardstick.
 * - `measure`: exchanges: one official running total (e.g. `exchanges held`);
 *   abuses: one abuse measure (e.g. `executions`). The contact chart has no measures.
 * - `channel`: contact chart only: `phone call`, `letter`, `capture card`, `parcel`,
 *   `ICRC visit` or `repatriation`.
 */
export interface ChartFilters {
  from?: string;
  to?: string;
  side?: "ukraine" | "russia";
  measure?: string;
  channel?: string;
}

/** One chart on a page: which chart, and the slice its filters select. */
export interface ChartUse {
  name: ChartName;
  filters: ChartFilters;
}

// The allowed values come from the data contract (src/lib/data/fields.ts), in its order.
export const TOTAL_MEASURES: readonly TotalMeasure[] = ENUMS.totals.measure;
export const ABUSE_MEASURES: readonly AbuseMeasure[] = ENUMS.abuses.measure;
export const CHANNELS: readonly Channel[] = ENUMS.communication.channel;

export interface ChartMeta {
  /** The figure's heading. */
  title: string;
  /** One line under the title saying what is drawn. */
  subtitle: string;
  /** Measures a story may pick with `filters.measure`; empty when the chart has none. */
  measures: readonly string[];
  /** Whether `filters.channel` applies. */
  channels: boolean;
}

export const CHART_META: Readonly<Record<ChartName, ChartMeta>> = {
  exchanges: {
    title: "Who came home in each prisoner exchange",
    subtitle:
      "People returned to Ukraine (above the line) and to Russia (below) in each exchange, as announced, with the official running totals",
    measures: TOTAL_MEASURES,
    channels: false,
  },
  contact: {
    title: "Calls, letters and visits: the rules and the practice",
    subtitle:
      "What the Third Geneva Convention requires, and what each side reportedly allows the prisoners it holds, channel by channel over time",
    measures: [],
    channels: true,
  },
  abuses: {
    title: "Documented abuse of prisoners of war",
    subtitle:
      "Figures by who counted them and how: UN-verified cases, national counts and shares of those interviewed, never added together",
    measures: ABUSE_MEASURES,
    channels: false,
  },
};

export const title = (name: ChartName): string => CHART_META[name].title;
export const subtitle = (name: ChartName): string => CHART_META[name].subtitle;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first instant of a partial date and the first instant after it, in UTC; null if invalid. */
export function partialDateRange(text: string): { start: Date; end: Date } | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month === null) {
    return { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) };
  }
  if (day === null) {
    return {
      start: new Date(Date.UTC(year, month - 1, 1)),
      end: new Date(Date.UTC(year, month, 1)),
    };
  }
  const start = new Date(Date.UTC(year, month - 1, day));
  if (start.getUTCMonth() !== month - 1 || start.getUTCDate() !== day) return null;
  return { start, end: new Date(Date.UTC(year, month - 1, day + 1)) };
}

/** The props that narrow a chart, in the order file names and cache keys list them. */
export const FILTER_KEYS: readonly (keyof ChartFilters)[] = [
  "from",
  "to",
  "side",
  "measure",
  "channel",
];
const KEYS = FILTER_KEYS;

/**
 * Plain-language problems with a chart's filters; empty when they are fine.
 * Each message says what was found and what is expected.
 */
export function validateFilters(name: ChartName, filters: ChartFilters): string[] {
  const problems: string[] = [];
  const meta = CHART_META[name];
  for (const key of Object.keys(filters)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      problems.push(`"${key}" is not a chart filter. Use one of: ${KEYS.join(", ")}.`);
    }
  }
  const range: Partial<Record<"from" | "to", { start: Date; end: Date }>> = {};
  for (const key of ["from", "to"] as const) {
    const value = filters[key];
    if (value === undefined) continue;
    const parsed = typeof value === "string" ? partialDateRange(value) : null;
    if (parsed === null) {
      problems.push(
        `${key}="${String(value)}" is not a date. Write a year (2024), a month (2024-05) or a day (2024-05-27).`,
      );
    } else {
      range[key] = parsed;
    }
  }
  if (range.from && range.to && range.from.start >= range.to.end) {
    problems.push(
      `from="${filters.from}" is after to="${filters.to}". Swap them, or correct one of the dates.`,
    );
  }
  if (filters.side !== undefined && filters.side !== "ukraine" && filters.side !== "russia") {
    problems.push(
      `side="${String(filters.side)}" is not a side. Write side="ukraine" or side="russia".`,
    );
  }
  if (filters.measure !== undefined) {
    if (meta.measures.length === 0) {
      problems.push(
        `The ${name} chart has no measures to choose from. Remove measure="${filters.measure}".`,
      );
    } else if (!meta.measures.includes(filters.measure)) {
      problems.push(
        `measure="${filters.measure}" is not a measure of the ${name} chart. Use one of: ${meta.measures.map((m) => `"${m}"`).join(", ")}.`,
      );
    }
  }
  if (filters.channel !== undefined) {
    if (!meta.channels) {
      problems.push(
        `The ${name} chart has no channels. Remove channel="${filters.channel}" (only the contact chart has channels).`,
      );
    } else if (!(CHANNELS as readonly string[]).includes(filters.channel)) {
      problems.push(
        `channel="${filters.channel}" is not a channel. Use one of: ${CHANNELS.map((c) => `"${c}"`).join(", ")}.`,
      );
    }
  }
  return problems;
}
