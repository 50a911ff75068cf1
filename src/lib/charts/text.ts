/**
 * The words of a chart in the page's language: interface text from the strings files
 * (src/lib/i18n/messages/*.ts, keys "chart.*") and the data dictionary's translations of the
 * values the data holds (statuses, channels, measures, missing-value reasons). English values
 * are the data's own words, so English charts read exactly as before.
 */
import { LOCALE_CONFIG, translator, type Locale, type Translate } from "../i18n/index.ts";
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
