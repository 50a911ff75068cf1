/**
 * The language of the page being rendered, read from its address (/uk/... is Ukrainian), and the
 * translator for it. Components call `pageLocale(Astro.url)` rather than taking a prop, so an MDX
 * story's <Chart /> or <KeyFigure /> speaks the story's language without the editor passing it.
 */
import { splitLocale, translator, type Locale, type Translate } from "../../lib/i18n";

export function pageLocale(url: URL): Locale {
  return splitLocale(url.pathname).locale;
}

export function pageText(url: URL): { locale: Locale; t: Translate } {
  const locale = pageLocale(url);
  return { locale, t: translator(locale) };
}
