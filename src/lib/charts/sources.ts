/** Provenance helpers: every mark, table row and source line links the source's page. */
import type { SourceRow } from "../data/types.ts";
import { formatMaybeDate, CHART_DATE } from "../format.ts";
import type { Locale } from "../i18n/locales.ts";
import { hrefIn } from "../i18n/routes.ts";
import type { SourceLink } from "./model.ts";

/** A source's page in `locale` (the page a mark in a chart of that language links). */
export const sourceHref = (id: string, locale: Locale): string => hrefIn(locale, `/sources/${id}/`);

/**
 * The record page of one data row: a mark or table row that stands for exactly one row links
 * there (the same address as recordPath in src/lib/site/records.ts; a unit test holds them
 * equal). Marks that add up several rows link their source instead.
 */
export const recordHref = (resource: string, id: string, locale: Locale): string =>
  hrefIn(locale, `/data/${resource}/${encodeURIComponent(id)}/`);

export type SourceIndex = ReadonlyMap<string, SourceRow>;

export function indexSources(sources: readonly SourceRow[]): SourceIndex {
  return new Map(sources.map((s) => [s.id, s]));
}

const labelCache = new WeakMap<SourceIndex, Map<string, string>>();

/** "Kyiv Independent, 19 Apr 2025" (the date in `locale`); the id itself when the source is unknown. */
export function sourceLabel(index: SourceIndex, id: string, locale: Locale = "en"): string {
  let cache = labelCache.get(index);
  if (cache === undefined) {
    cache = new Map();
    labelCache.set(index, cache);
  }
  const key = locale === "en" ? id : `${locale} ${id}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const label = computeLabel(index, id, locale);
  cache.set(key, label);
  return label;
}

function computeLabel(index: SourceIndex, id: string, locale: Locale): string {
  const source = index.get(id);
  if (source === undefined) return id;
  const published = formatMaybeDate(source.published, { ...CHART_DATE, locale });
  return source.published && published !== "not stated"
    ? `${source.outlet}, ${published}`
    : source.outlet;
}

/** One link per distinct source, in order of first use. */
export function sourceLinks(
  index: SourceIndex,
  ids: Iterable<string>,
  locale: Locale = "en",
): SourceLink[] {
  const seen = new Set<string>();
  const links: SourceLink[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    links.push({ id, label: sourceLabel(index, id, locale), href: sourceHref(id, locale) });
  }
  return links;
}
