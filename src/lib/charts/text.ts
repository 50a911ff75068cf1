/**
 * The words of a chart in the page's language: interface text from the strings files
 * (src/lib/i18n/messages/*.ts, keys "chart.*") and the data dictionary's translations of the
 * values the data holds (statuses, channels, measures, missing-value reasons). English values
 * are the data's own words, so English charts read exactly as before.
 */
import { LOCALE_CONFIG, translator, type Locale, type Translate } from "../i18n/index.ts";
import type { Qualifier } from "../data/types.ts";
import { formatNumber, formatQualified, formatSpokenNumber } from "../format.ts";
import type { ChartName } from "./registry.ts";

export type { Locale, Translate };

/** The translator for a chart in `locale`. */
export function chartT(locale: Locale): Translate {
  return translator(locale);
}

/** The figure's heading in `locale`. */
export function chartTitle(name: ChartName, locale: Locale): string {
  return translator(locale)(`chart.${name}.title`);
}

/** The figure's default subtitle in `locale`. */
export function chartSubtitle(name: ChartName, locale: Locale): string {
  return translator(locale)(`chart.${name}.subtitle`);
}

/** An allowed value of the data ("phone call", "banned") in `locale`; English is the value itself. */
export function valueText(value: string, locale: Locale): string {
  const data = LOCALE_CONFIG[locale].data;
  return data?.values[value] ?? value;
}

/** A missing-value reason ("not disclosed") as it reads in `locale`. */
export function missingText(reason: string, locale: Locale): string {
  const data = LOCALE_CONFIG[locale].data;
  return data?.missing[reason]?.label ?? reason;
}

/**
 * A number for a text alternative: one number to a screen reader. English keeps its
 * thousands comma (read as one number); other languages drop the space between thousands.
 */
export function spoken(value: number, locale: Locale): string {
  return locale === "en" ? formatNumber(value) : formatSpokenNumber(value, locale);
}

/** A figure with its qualifier in `locale`: "more than 8,000", "понад 8 000". */
export function qualified(
  value: number,
  qualifier: Qualifier | "share",
  locale: Locale,
  { speak = false }: { speak?: boolean } = {},
): string {
  if (locale === "en") return formatQualified(value, qualifier);
  const number = speak ? formatSpokenNumber(value, locale) : formatNumber(value, locale);
  return qualifier === "exact" || qualifier === "share"
    ? number
    : `${valueText(qualifier, locale)} ${number}`;
}
