import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST_DIR, htmlFiles, pathOfFile } from "../support/pages";
import {
  awaitingTranslation,
  englishRuns,
  properNames,
  strayEnglishLinks,
} from "../support/languages";
import { LOCALES, DEFAULT_LOCALE, PAGE_LOCALES, splitLocale } from "../../src/lib/i18n";

// The Ukrainian and Russian editions as built: every page in its own language, linked to the
// same page in the others, and no English interface text on a page that is not English.
const files = htmlFiles(DIST_DIR).filter((f) => f !== "404.html");
const other = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
const translated = files.filter((f) => other.includes(splitLocale(pathOfFile(f)).locale));

describe("language editions in dist/", () => {
  it("has pages in every language to check", () => {
    for (const locale of other) {
      expect(
        translated.some((f) => f.startsWith(`${locale}/`)),
        `no ${locale} pages in ${DIST_DIR}: build the site first (npm run build)`,
      ).toBe(true);
    }
  });

  it("publishes each page in the languages PAGE_LOCALES lists, and no other", () => {
    for (const [pattern, locales] of PAGE_LOCALES) {
      if (pattern.includes("*")) continue;
      for (const locale of LOCALES) {
        const path = locale === DEFAULT_LOCALE ? pattern : `/${locale}${pattern}`;
        const file = join(DIST_DIR, path.endsWith("/") ? `${path}index.html` : path);
        expect(
          existsSync(file),
          `${path} (${locale} ${locales.includes(locale) ? "listed" : "not listed"})`,
        ).toBe(locales.includes(locale));
      }
    }
  });

  it("writes story key figures in the page's language (no 'more than 8,000' on a uk/ru page)", () => {
    const values = translated.flatMap((file) =>
      [
        ...readFileSync(join(DIST_DIR, file), "utf8").matchAll(
          /<span class="key-figure-value"[^>]*>([^<]*)<\/span>/g,
        ),
      ].map((m) => `${file}: ${m[1]}`),
    );
    expect(values.length, "no story key figures on uk/ru pages to check").toBeGreaterThan(0);
    expect(values.filter((v) => /[A-Za-z]{2,}/.test(v.split(": ")[1] ?? ""))).toEqual([]);
  });

  it('puts no second full stop after a date\'s abbreviation ("1949 р..")', () => {
    const doubled = translated.filter((file) =>
      /(?<!\p{L})[рг]\.\./u.test(readFileSync(join(DIST_DIR, file), "utf8")),
    );
    expect(doubled).toEqual([]);
  });

  const names = properNames();
  it.each(translated)(
    "%s: its own language, linked to its other editions, no English text",
    (file) => {
      const html = readFileSync(join(DIST_DIR, file), "utf8");
      const path = pathOfFile(file);
      const { locale } = splitLocale(path);
      expect(/<html lang="([^"]+)"/.exec(html)?.[1]).toBe(locale);
      const alternates = [
        ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
      ];
      expect(alternates.map((m) => m[1])).toContain(locale);
      expect(alternates.map((m) => m[1])).toContain("x-default");
      for (const [, , href] of alternates) {
        const target = new URL(href!).pathname;
        const targetFile = join(DIST_DIR, target, "index.html");
        expect(existsSync(targetFile), `${path} names ${target} as an alternate`).toBe(true);
        // Each alternate names this page back.
        expect(readFileSync(targetFile, "utf8")).toContain(
          `hreflang="${locale}" href="${new URL(href!).origin}${path}"`,
        );
      }
      const waiting = awaitingTranslation(locale);
      expect(englishRuns(html, names).filter((run) => !waiting(run))).toEqual([]);
      expect(strayEnglishLinks(html, locale), "links to English pages").toEqual([]);
    },
  );
});

describe("strayEnglishLinks", () => {
  const page = (body: string) => `<html lang="uk"><body>${body}</body></html>`;

  it("finds a chart mark or table cell that opens the English record or source", () => {
    const html = page(
      '<svg><a href="/data/exchanges/2024-01-31/"><circle/></a></svg>' +
        '<td><a href="/sources/ap-1/">AP</a></td><a href="/uk/data/abuses/x/">ok</a>',
    );
    expect(strayEnglishLinks(html, "uk")).toEqual([
      "/data/exchanges/2024-01-31/",
      "/sources/ap-1/",
    ]);
  });

  it("leaves the language switcher, downloads and English pages alone", () => {
    const html = page(
      '<a href="/sources/ap-1/" lang="en" hreflang="en">English</a>' +
        '<a href="/data/exchanges.csv">CSV</a><a href="/ru/about/">ru</a>',
    );
    expect(strayEnglishLinks(html, "uk")).toEqual([]);
    expect(strayEnglishLinks(page('<a href="/sources/ap-1/">AP</a>'), "en")).toEqual([]);
  });
});

describe("englishRuns", () => {
  const page = (body: string) =>
    `<html lang="uk"><head><title>Дані</title></head><body>${body}</body></html>`;
  it("finds English sentences on a Ukrainian page, including chart text and accessible names", () => {
    expect(englishRuns(page("<p>Read the stories here.</p>"), new Set())).toEqual([
      "Read the stories here",
    ]);
    expect(englishRuns(page("<svg><text>Returned to Ukraine</text></svg>"), new Set())).toEqual([
      "Returned to Ukraine",
    ]);
    expect(englishRuns(page('<nav aria-label="Main navigation links"></nav>'), new Set())).toEqual([
      "Main navigation links",
    ]);
  });
  it("leaves row ids alone, but not English beside them", () => {
    expect(
      englishRuns(page("<p>Запис 2026-03-11-returned-military-and-civilians</p>"), new Set()),
    ).toEqual([]);
    expect(
      englishRuns(page("<p>russia-phone-calls: changed in version 1.2.0</p>"), new Set()),
    ).toEqual(["changed in version"]);
  });
  it("leaves text marked as English, code, names and addresses alone", () => {
    const names = new Set(["The Kyiv Independent"]);
    expect(
      englishRuns(
        page(
          '<p><a lang="en">Russia pressuring relatives of POWs</a>. The Kyiv\nIndependent, 2025. <code>npm run build</code> https://example.org/a/b-c-d <a translate="no">Rossiia proveli ocherednoi obmen</a></p>',
        ),
        names,
      ),
    ).toEqual([]);
  });
});
