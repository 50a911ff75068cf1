/**
 * bench:locales (bench/locales.mjs) builds the site with fewer languages by taking lines out of
 * LOCALE_CONFIG in a copy of src/lib/i18n/locales.ts, and reads Astro's build log for the time
 * each language's pages take. Both must keep working as the file and the log change.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  dropOtherLanguageFields,
  localeLines,
  parseLog,
  restrictLocales,
} from "../../bench/locales-lib.mjs";
import { LOCALES } from "../../src/lib/i18n/locales";

const SOURCE = readFileSync("src/lib/i18n/locales.ts", "utf8");

describe("taking languages out of locales.ts", () => {
  it("finds every language of the site, each on one line", () => {
    expect(localeLines(SOURCE).map((l) => l.code)).toEqual(LOCALES);
  });

  it("keeps only the languages asked for, and nothing else changes", () => {
    const one = restrictLocales(SOURCE, ["en"]);
    expect(localeLines(one).map((l) => l.code)).toEqual(["en"]);
    expect(SOURCE.split("\n").length - one.split("\n").length).toBe(LOCALES.length - 1);
    expect(localeLines(restrictLocales(SOURCE, ["en", "uk"])).map((l) => l.code)).toEqual([
      "en",
      "uk",
    ]);
  });

  it("stops with a clear message when an entry spans several lines", () => {
    const wrapped = SOURCE.replace(/^ {2}uk: \{ (.*)$/m, "  uk: {\n    $1");
    expect(wrapped).not.toBe(SOURCE);
    expect(() => localeLines(wrapped)).toThrow(
      /the entry for "uk" in LOCALE_CONFIG spans several lines/,
    );
  });
});

describe("story corrections in a copy with fewer languages", () => {
  it("drops the translated fields of the languages left out, and only those", () => {
    const text = readFileSync(
      "src/content/corrections/2026-12-01-coming-home-to-the-front.md",
      "utf8",
    );
    const en = dropOtherLanguageFields(text, ["en"]);
    expect(en).not.toMatch(/^(summary|reason)_(uk|ru):/m);
    expect(en).toMatch(/^summary: /m);
    const enUk = dropOtherLanguageFields(text, ["en", "uk"]);
    expect(enUk).toMatch(/^summary_uk: /m);
    expect(enUk).not.toMatch(/^summary_ru: /m);
    expect(dropOtherLanguageFields(text, ["en", "uk", "ru"])).toBe(text);
  });
});

describe("reading Astro's build log", () => {
  const LOG = `12:00:00 [build] Building static entrypoints...
 generating static routes 
12:00:01   ├─ /404.html (+200ms) 
12:00:01   ├─ /about/index.html (+10ms) 
12:00:01   ├─ /uk/about/index.html12:00:01 [WARN] something
 (+1.5s) 
12:00:02   ├─ /ru/charts/index.html (+300ms) 
12:00:02   └─ /rss.xml (+5ms) 
12:00:02 ✓ Completed in 2.10s.
12:00:02 [build] 5 page(s) built in 4.00s`;

  it("sums each language's page times and reads the generation phase", () => {
    const { generation, render } = parseLog(LOG, ["en", "uk", "ru"]);
    expect(generation).toBe(2.1);
    expect(render["en"]).toBeCloseTo(0.215, 6);
    expect(render["uk"]).toBe(1.5);
    expect(render["ru"]).toBeCloseTo(0.3, 6);
  });

  it("gives no generation time when the log has no page list", () => {
    expect(parseLog("[build] failed", ["en"])).toEqual({ generation: null, render: { en: 0 } });
  });
});
