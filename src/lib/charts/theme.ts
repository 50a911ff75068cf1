/**
 * Sizes and the CSS class names marks carry. Colours live in src/styles/charts.css only: a mark
 * is painted by its class (and currentColor), never by a colour in code.
 */

/** Two renderings of each chart: the page shows one by its container width (charts.css). */
export const VARIANTS = [
  { name: "narrow", width: 360 },
  { name: "wide", width: 720 },
] as const;
export type VariantName = (typeof VARIANTS)[number]["name"];

/** Layout options every spec receives. */
export interface SpecOptions {
  /** Width of the SVG's coordinate system in CSS pixels; it scales down to fit. */
  width: number;
}

/** True for the phone-sized rendering: fewer ticks, shorter labels. */
export const isCompact = (options: SpecOptions): boolean => options.width < 500;

/** Mark classes (charts.css paints them). */
export const CLS = {
  baseline: "chart-baseline",
  stem: "chart-stem",
  announced: "chart-announced",
  claim: "chart-claim",
  undisclosed: "chart-undisclosed",
  notReported: "chart-not-reported",
  annotation: "chart-annotation",
  label: "chart-label",
  muted: "chart-muted",
  verified: "chart-verified",
  unverified: "chart-unverified",
  shareTrack: "chart-share-track",
  period: "chart-period",
  series: (i: number): string => `chart-series chart-series-${i % 4}`,
  status: (status: string): string => `chart-status chart-status-${status.replace(/\s+/g, "-")}`,
} as const;

/** Tick spacing for a time axis: whole years on long spans, so labels never crowd. */
export function timeTicks(
  domain: readonly [Date, Date] | null | undefined,
  compact: boolean,
): string {
  if (!domain) return "year";
  const years = (domain[1].getTime() - domain[0].getTime()) / (365.25 * 86_400_000);
  if (years > (compact ? 6 : 12)) return "2 years";
  if (years > (compact ? 2.5 : 1.5)) return "year";
  if (years > 1) return compact ? "6 months" : "3 months";
  return compact ? "3 months" : "month";
}
