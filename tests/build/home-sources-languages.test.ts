/**
 * The home page and the sources pages in Ukrainian and Russian, as built: key figures in the
 * page's language (and one number each for a screen reader), every source listed and linked in
 * the same language, titles kept as published, and English free text marked as English.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { load } from "../../src/lib/data";
import { titleIn, titleLanguage } from "../../src/lib/data/source-titles";
import { keyFigures } from "../../src/lib/site/figures";
import { keepNumbersTogether } from "../../src/lib/format";
import { translator, type Locale } from "../../src/lib/i18n";
import { DIST_DIR } from "../support/pages";

const page = (path: string) =>
  parseHTML(readFileSync(join(DIST_DIR, path, "index.html"), "utf8")).document;
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? "").replace(/[ \t\n\r]+/g, " ").trim();
const locales = ["uk", "ru"] as const satisfies readonly Locale[];
const sources = load("sources");

describe.each(locales)("%s edition", (locale) => {
  const t = translator(locale);

  it("home: each key figure in the page's language, one number for a screen reader", () => {
    const doc = page(`/${locale}/`);
    const expected = keyFigures(
      { totals: load("totals"), exchanges: load("exchanges"), abuses: load("abuses") },
      locale,
    );
    const items = [...doc.querySelectorAll(".key-figures > li")];
    expect(items.map((li) => text(li.querySelector(".figure-value")))).toEqual(
      expected.map((f) => f.value),
    );
    items.forEach((li, i) => {
      const figure = expected[i]!;
      expect(text(li.querySelector(".figure-label"))).toBe(figure.label);
      // Sources are linked in the page's language; a number with a thousands space is hidden
      // from screen readers, which read the same figure written as one number.
      expect(li.querySelector(`a[href="/${locale}/sources/${figure.sourceId}/"]`)).toBeTruthy();
      if (figure.value !== figure.spoken) {
        expect(li.querySelector(".figure-value")?.getAttribute("aria-hidden")).toBe("true");
        expect(text(li.querySelector(".spoken"))).toBe(figure.spoken);
        expect(figure.spoken).not.toMatch(/\d\s\d/);
      }
      if (figure.attributionParts)
        expect(text(li.querySelector('.figure-source [lang="en"]'))).toBe(
          figure.attributionParts.english,
        );
      expect(text(li.querySelector(".figure-source"))).not.toMatch(/\.\./);
    });
    expect(items.length).toBeGreaterThan(2);
  });

  it("sources index: every source, linked in the page's language, titles as published", () => {
    const doc = page(`/${locale}/sources/`);
    expect(text(doc.querySelector("h1"))).toBe(t("sources.title"));
    for (const s of sources) {
      const a = doc.querySelector(`a[href="/${locale}/sources/${s.id}/"]`);
      expect(a, s.id).toBeTruthy();
      // Its language, or English where the title is our description (titleLanguage).
      expect(a?.getAttribute("lang")).toBe(titleLanguage(load("source_titles"), s));
      expect(a?.getAttribute("translate")).toBe("no");
    }
    const main = text(doc.querySelector("main"));
    expect(main).toContain(t("sources.kind.news report"));
    if (sources.some((s) => s.kind === "state media"))
      expect(main).toContain(t("source.stateMedia"));
    expect(main).not.toMatch(/(р|г)\.\./);
    // No stray space inside a link before the full stop that follows it ("title . Outlet").
    expect(main).not.toMatch(/\S \. /);
  });

  it("the sources list gives each title in the page's language beside the original", () => {
    const doc = page(`/${locale}/sources/`);
    const polish = sources.find((s) => s.language === "pl")!;
    const link = doc.querySelector(`main a[href="/${locale}/sources/${polish.id}/"]`);
    expect(link?.getAttribute("lang")).toBe("pl");
    expect(text(link?.parentElement)).toContain(
      t("story.titleInLanguage", { title: titleIn(load("source_titles"), polish.id, locale)! }),
    );
    // A title that is our English description, not a headline, is marked English.
    const described = doc.querySelector(
      `main a[href="/${locale}/sources/inshe-tv-2026-01-20-coordination-hq-2025-report/"]`,
    );
    expect(described?.getAttribute("lang")).toBe("en");
  });

  it("a source's page: its facts, its stories and our summary in our translation", () => {
    const source = sources.find((s) => s.id === "ap-2024-05-27-russian-pows-phone-calls")!;
    const doc = page(`/${locale}/sources/${source.id}/`);
    const h1 = doc.querySelector("h1");
    expect(text(h1)).toBe(source.title);
    expect(h1?.getAttribute("lang")).toBe(source.language);
    // The browser tab: the source's title in the page's language (data/source_titles.csv).
    const titleHere = titleIn(load("source_titles"), source.id, locale);
    expect(titleHere).toBeTruthy();
    expect(doc.querySelector("title")?.textContent).toContain(titleHere!.slice(0, 20));
    expect(text(doc.querySelector("main"))).toContain(titleHere!);
    const heading = [...doc.querySelectorAll("h2")].find((h) =>
      text(h).startsWith(t("source.summary")),
    );
    expect(text(heading)).toBe(`${t("source.summary")} ${t("data.ourTranslation")}`);
    const translated = load("translations").find(
      (r) => r.id === `sources/${source.id}/summary/${locale}`,
    );
    expect(translated).toBeTruthy();
    expect(heading?.nextElementSibling?.getAttribute("lang")).toBeNull();
    expect(text(heading?.nextElementSibling)).toBe(
      keepNumbersTogether(translated!.text).replace(/[ \t\n\r]+/g, " "),
    );
    // Each fact links its row's record page, in the page's language.
    const hrefs = [...doc.querySelectorAll("section li a")].map((a) => a.getAttribute("href"));
    expect(hrefs).toContain(`/${locale}/data/communication/russia-phone-calls/`);
    const facts = text(doc.querySelector("main section"));
    expect(facts).toContain(
      locale === "uk" ? "Станом на 27 травня 2024 р." : "По состоянию на 27 мая 2024 г.",
    );
    // The stories citing it: in the page's language where translated.
    const stories = [...doc.querySelectorAll('main a[href*="/stories/"]')].map((a) =>
      a.getAttribute("href"),
    );
    expect(stories.length).toBeGreaterThan(0);
    for (const href of stories) {
      const translated = existsSync(join(DIST_DIR, `/${locale}${href!.replace(/^\/(uk|ru)/, "")}`));
      expect(href!.startsWith(`/${locale}/`), href!).toBe(translated);
    }
  });
});

describe("sources pages in every language", () => {
  it("write a note in brackets and a full stop after a title without stray spaces", () => {
    const noted = sources.filter((s) => s.published_note).slice(0, 5);
    expect(noted.length).toBeGreaterThan(0);
    for (const prefix of ["", "/uk", "/ru"]) {
      expect(text(page(`${prefix}/sources/`).querySelector("main")), prefix).not.toMatch(/\S \. /);
      for (const s of noted) {
        const main = text(page(`${prefix}/sources/${s.id}/`).querySelector("main"));
        expect(main, `${prefix}/sources/${s.id}/`).not.toMatch(/\( |\S \)/);
      }
    }
  });

  it("start with the document itself: nothing before <html> (a stray line would push the CSP out of <head>)", () => {
    for (const prefix of ["", "/uk", "/ru"]) {
      for (const path of ["/", "/sources/", "/sources/ap-2024-05-27-russian-pows-phone-calls/"]) {
        const html = readFileSync(join(DIST_DIR, `${prefix}${path}`, "index.html"), "utf8");
        expect(html.slice(0, 40), `${prefix}${path}`).toMatch(/^<!DOCTYPE html>\s*<html /i);
      }
    }
  });
});
