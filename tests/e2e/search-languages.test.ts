import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { auditedSite } from "../support/audited-site";
import { chromiumPath } from "../support/chromium";
import { DIST_DIR } from "../support/pages";
import { checkSearch, formatFailure } from "../support/audit";

// Search in each language's own index (Pagefind splits the index by <html lang>). Pagefind has
// a Russian stemmer but no Ukrainian one: these are inflected forms a reader types that do not
// occur verbatim in the story, so they are found only through the stemmer (ru) or the site's
// own query-side stemming in public/search.js (uk). docs/translating.md, "Search".
const CASES: [locale: string, query: string, story: string][] = [
  ["uk", "обмінам", "the-exchanges"],
  ["uk", "дзвінкам", "calls-home"],
  ["uk", "полоненій", "calls-home"],
  ["uk", "страт", "pressure-and-executions"],
  ["ru", "обменам", "the-exchanges"],
  ["ru", "звонкам", "calls-home"],
];

describe.skipIf(!chromiumPath)("search in every language", () => {
  const site = auditedSite(DIST_DIR);
  const built = existsSync(resolve(DIST_DIR, "uk/search/index.html"));

  it("has the Ukrainian and Russian search pages built", () => {
    expect(built, "build the site first (npm run build)").toBe(true);
  });

  it.each(CASES)("%s: %s finds %s", async (locale, query, story) => {
    const prefix = locale === "en" ? "" : `/${locale}`;
    const failures = await checkSearch(
      site.contexts,
      `${site.origin}${prefix}/search/`,
      query,
      `${prefix}/stories/${story}/`,
    );
    expect(failures.map(formatFailure)).toEqual([]);
  });
});

// Record pages are in the index too (docs/architecture.md, "Record pages"): a reader who types a
// name that only a row's notes hold, or a row's date as the page writes it, finds the record.
const RECORDS: [locale: string, query: string, record: string][] = [
  ["en", "Bagshaw", "/data/exchanges/2023-02-04/"],
  ["uk", "Bagshaw", "/uk/data/exchanges/2023-02-04/"],
];

describe.skipIf(!chromiumPath)("search finds record pages", () => {
  const site = auditedSite(DIST_DIR);

  it.each(RECORDS)("%s: %s finds %s", async (locale, query, record) => {
    const prefix = locale === "en" ? "" : `/${locale}`;
    const failures = await checkSearch(
      site.contexts,
      `${site.origin}${prefix}/search/`,
      query,
      record,
    );
    expect(failures.map(formatFailure)).toEqual([]);
  });
});
