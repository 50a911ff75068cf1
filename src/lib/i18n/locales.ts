/**
 * The site's languages: one line each. English is the original and lives at `/`; every other
 * language lives under `/<code>/`. Adding a language is one line here and one strings file in
 * ./messages/ (see docs/translating.md). No framework imports: Astro's config, pages, scripts
 * and tests all read this file.
 */
import { en, type Messages } from "./messages/en.ts";
import { uk, ukData } from "./messages/uk.ts";
import { ru, ruData } from "./messages/ru.ts";
import type { DataTranslation } from "./data.ts";

export const LOCALE_CONFIG = {
  en: { name: "English", intl: "en-GB", ogLocale: "en_GB", messages: en, data: null },
  uk: { name: "Українська", intl: "uk-UA", ogLocale: "uk_UA", messages: uk, data: ukData },
  ru: { name: "Русский", intl: "ru-RU", ogLocale: "ru_RU", messages: ru, data: ruData },
} as const satisfies Record<string, LocaleConfig>;

export interface LocaleConfig {
  /** The language's own name for itself, as the language switcher shows it. */
  name: string;
  /** BCP 47 tag for Intl (numbers, dates, plural rules). */
  intl: string;
  /** Open Graph locale. */
  ogLocale: string;
  /** The interface text (./messages/<code>.ts). */
  messages: Messages;
  /** The data dictionary in this language; null for English, which datapackage.json holds. */
  data: DataTranslation | null;
}

export type Locale = keyof typeof LOCALE_CONFIG;

/** The original language: its pages have no prefix, and it is the hreflang x-default. */
export const DEFAULT_LOCALE: Locale = "en";

/** Every locale, the default first. */
export const LOCALES = Object.keys(LOCALE_CONFIG) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && Object.hasOwn(LOCALE_CONFIG, value);
}

/**
 * The address of `path` (a site path for the English page, e.g. "/about/") in `locale`:
 * "/about/" -> "/uk/about/". The default locale's address is the path itself.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith("/")) throw new Error(`localePath: "${path}" must start with "/"`);
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/**
 * Which locale a pathname belongs to, and the path of the same page in the default locale:
 * "/uk/about/" -> { locale: "uk", path: "/about/" }; "/about/" -> { locale: "en", ... }.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  const first = match?.[1];
  if (first !== undefined && first !== DEFAULT_LOCALE && isLocale(first)) {
    return { locale: first, path: match?.[2] ?? "/" };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The same page in every locale, for hreflang links and the language switcher. */
export function alternatesOf(path: string): { locale: Locale; path: string }[] {
  const base = splitLocale(path).path;
  return LOCALES.map((locale) => ({ locale, path: localePath(locale, base) }));
}
