/**
 * Numbers and dates in a page's language. (Provisional home: folds into the site's one
 * formatter, src/lib/format.ts, when that lands.)
 */
import { LOCALE_CONFIG, type Locale } from "./locales.ts";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** 1358 -> "1,358" (en), "1 358" with a no-break space (uk, ru). */
export function formatNumberIn(locale: Locale, value: number): string {
  return cached(
    `n:${locale}`,
    () => new Intl.NumberFormat(LOCALE_CONFIG[locale].intl, { maximumFractionDigits: 1 }),
  ).format(value);
}

/**
 * A number for a text alternative or a screen reader: no thousands separator, because a space
 * between thousands is read as two numbers. 1358 -> "1358" in every language.
 */
export function spokenNumberIn(locale: Locale, value: number): string {
  return cached(
    `s:${locale}`,
    () =>
      new Intl.NumberFormat(LOCALE_CONFIG[locale].intl, {
        maximumFractionDigits: 1,
        useGrouping: false,
      }),
  ).format(value);
}

/** "2026-03-11" -> "11 March 2026", "11 березня 2026 р.", "11 марта 2026 г.". */
export function formatIsoDayIn(locale: Locale, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return cached(
    `d:${locale}`,
    () =>
      new Intl.DateTimeFormat(LOCALE_CONFIG[locale].intl, {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  ).format(date);
}
