/**
 * The data pages in Ukrainian and Russian, as built: a record page writes a missing value as
 * its reason and a change as old -> new in the page's language, a removed record says so in
 * that language, and every link stays in it. The expected words are written out here, not read
 * from the strings files, so a wrong or missing translation fails.
 */
import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { load, loadPackage } from "../../src/lib/data";
import { reasonIn } from "../../src/lib/data/corrections";
import { recordPath } from "../../src/lib/site/records";
import { localePath, type Locale } from "../../src/lib/i18n";
import { readBuilt } from "../support/dist";
import { keepNumbersTogether } from "../../src/lib/format";

const pkg = loadPackage();
const page = (path: string) =>
  parseHTML(readBuilt(`${path.replace(/^\//, "")}index.html`)).document;
const text = (el: { textContent: string | null } | null | undefined): string =>
  (el?.textContent ?? "").replace(/\s+/g, " ").trim();
type Doc = ReturnType<typeof page>;

/** The value cell of one field in a record page's table of fields. */
function fieldCell(doc: Doc, name: string) {
  return [...doc.querySelectorAll(".record-fields tbody tr")]
    .find((tr) => text(tr.querySelector("code")) === name)
    ?.querySelector("td");
}

/** One cell's change in the history entry whose heading starts with `heading`. */
function change(doc: Doc, heading: string, field: string) {
  const entry = [...doc.querySelectorAll(".record-history > li")].find((li) =>
    text(li.querySelector("strong")).startsWith(heading),
  );
  const cell = [...(entry?.querySelectorAll("li") ?? [])].find(
    (li) => text(li.querySelector("code")) === field,
  );
  return { old: text(cell?.querySelector("del")), new: text(cell?.querySelector("ins")) };
}

const withheld = pkg.resources["exchanges"]!.rows.find(
  (r) => JSON.stringify(r["returned_to_ukraine"]) === '{"missing":"not disclosed"}',
);

const EXPECTED: Record<
  Exclude<Locale, "en">,
  {
    notDisclosed: string;
    notDisclosedMeaning: RegExp;
    changed: string;
    banned: string;
    noneInPractice: string;
    statusLabel: string;
    removedTitle: string;
    removedNotice: RegExp;
    inEnglish: string;
    page: string;
  }
> = {
  uk: {
    notDisclosed: "не розголошено",
    notDisclosedMeaning: /влада його не оприлюднила/,
    changed: "Змінено у версії 1.2.0",
    banned: "заборонено",
    noneInPractice: "на практиці немає",
    statusLabel: "Статус",
    removedTitle: "Вилучений запис",
    removedNotice: /вилучено з даних 23 листопада 2026 р\. у версії 1\.1\.0\./,
    inEnglish: "(англійською)",
    page: "Сторінка",
  },
  ru: {
    notDisclosed: "не раскрыто",
    notDisclosedMeaning: /власти его не обнародовали/,
    changed: "Изменена в версии 1.2.0",
    banned: "запрещено",
    noneInPractice: "на практике нет",
    statusLabel: "Статус",
    removedTitle: "Удалённая запись",
    removedNotice: /удалена из данных 23 ноября 2026 г\. в версии 1\.1\.0\./,
    inEnglish: "(на английском)",
    page: "Страница",
  },
};

describe.each(Object.entries(EXPECTED) as [Exclude<Locale, "en">, (typeof EXPECTED)["uk"]][])(
  "%s data pages",
  (locale, words) => {
    it("write a missing value as its reason in the page's language, never as 0", () => {
      expect(withheld).toBeTruthy();
      const doc = page(localePath(locale, recordPath("exchanges", String(withheld!["id"]))));
      expect(doc.documentElement.getAttribute("lang")).toBe(locale);
      const cell = fieldCell(doc, "returned_to_ukraine");
      expect(text(cell).startsWith(`${words.notDisclosed} `)).toBe(true);
      expect(text(cell)).toMatch(words.notDisclosedMeaning);
      expect(text(cell)).not.toMatch(/not disclosed|^0\b/);
    });

    it("write a change as old -> new in the page's language", () => {
      const doc = page(localePath(locale, "/data/communication/russia-phone-calls/"));
      expect(change(doc, words.changed, "status")).toEqual({
        old: words.banned,
        new: words.noneInPractice,
      });
      const entry = [...doc.querySelectorAll(".record-history li")].find((li) =>
        text(li).startsWith(words.statusLabel),
      );
      expect(entry).toBeTruthy();
      // Why: the correction's reason in the page's language (data/correction_texts.csv), not
      // the English marked as English.
      const translated = reasonIn(
        load("correction_texts"),
        "1.2.0-communication-russia-phone-calls",
        locale,
      );
      expect(translated).toBeTruthy();
      const reason = doc.querySelector(".record-history p.label span");
      expect(text(reason)).toBe(translated!.replace(/[ \t\n\r]+/g, " ").trim());
      expect(reason?.getAttribute("lang")).toBeNull();
      expect(text(reason?.parentElement)).not.toContain(words.inEnglish);
    });

    it("say in the page's language that a removed record was removed, and when", () => {
      const doc = page(localePath(locale, "/data/exchange_claims/2025-07-23-ukraine-ukraine/"));
      expect(text(doc.querySelector("h1"))).toMatch(new RegExp(`^${words.removedTitle}`));
      expect(text(doc.querySelector(".notice"))).toMatch(words.removedNotice);
      const removed = page(localePath(locale, "/data/exchange_claims/")).querySelector(
        "#removed + ul a",
      );
      expect(removed?.getAttribute("href")).toBe(
        `/${locale}/data/exchange_claims/2025-07-23-ukraine-ukraine/`,
      );
    });

    it("give our notes in our translation, not in English, and link within the language", () => {
      const doc = page(localePath(locale, "/data/communication/russia-phone-calls/"));
      const notes = fieldCell(doc, "notes");
      expect(notes?.querySelector("[lang='en']")).toBeNull();
      expect(text(notes)).not.toContain(words.inEnglish);
      expect(text(notes)).toMatch(/[\u0400-\u04ff]{4}/);
      const kicker = [...doc.querySelectorAll(".kicker a")].map((a) => a.getAttribute("href"));
      expect(kicker).toEqual([`/${locale}/data/`, `/${locale}/data/communication/`]);
      const list = page(localePath(locale, "/data/exchanges/"));
      const links = [...list.querySelectorAll(".row-list tbody a")].map((a) =>
        a.getAttribute("href"),
      );
      expect(links.length).toBeGreaterThan(0);
      expect(links.every((href) => href?.startsWith(`/${locale}/data/exchanges/`))).toBe(true);
      const sources = page(localePath(locale, "/data/sources/"));
      expect(text(sources.querySelector(".row-pages a[aria-current='page']"))).toBe(
        `${words.page} 1`,
      );
      expect(sources.querySelector(".row-pages a:not([aria-current])")?.getAttribute("href")).toBe(
        `/${locale}/data/sources/rows/2/`,
      );
    });
  },
);

describe("the same checks on the English page", () => {
  // What the checks above would read on an untranslated page: they fail on it.
  it("reads the English words, which are not the translations", () => {
    const doc = page("/data/communication/russia-phone-calls/");
    const english = change(doc, "Changed in version 1.2.0", "status");
    expect(english).toEqual({ old: "banned", new: "none in practice" });
    for (const words of Object.values(EXPECTED)) {
      expect(change(doc, words.changed, "status")).toEqual({ old: "", new: "" });
      expect(english).not.toEqual({ old: words.banned, new: words.noneInPractice });
    }
    expect(text(fieldCell(doc, "notes"))).not.toContain(EXPECTED.uk.inEnglish);
  });
});

describe("our prose in the data, in our translation (data/translations.csv)", () => {
  const translations = load("translations");
  const find = (resource: string, field: string, language: string) => {
    const t = translations.find(
      (r) => r.resource === resource && r.field === field && r.language === language,
    );
    if (!t) throw new Error(`no ${language} translation of ${resource}.${field}`);
    return t;
  };
  const words = (s: string) => s.replace(/\s+/g, " ").trim();
  const label = { uk: "(наш переклад з англійської)", ru: "(наш перевод с английского)" };

  it.each(["uk", "ru"] as const)(
    "%s: a record page shows the translated notes, labelled",
    (locale) => {
      const t = find("exchanges", "notes", locale);
      const doc = page(localePath(locale, recordPath("exchanges", t.record_id)));
      const cell = fieldCell(doc, "notes");
      expect(text(cell)).toContain(words(t.text));
      expect(text(cell)).toContain(label[locale]);
      expect(cell?.querySelector('[lang="en"]')).toBeNull();
    },
  );

  it.each(["uk", "ru"] as const)("%s: a source page shows the translated summary", (locale) => {
    const t = find("sources", "summary", locale);
    const doc = page(localePath(locale, `/sources/${t.record_id}/`));
    const heading = [...doc.querySelectorAll("h2")].find(
      (h) =>
        h.nextElementSibling?.tagName === "P" &&
        text(h).startsWith(locale === "uk" ? "Короткий зміст" : "Краткое содержание"),
    );
    expect(text(heading)).toContain(label[locale]);
    expect(text(heading?.nextElementSibling)).toBe(words(t.text));
    expect(heading?.nextElementSibling?.getAttribute("lang")).toBeNull();
  });

  it("the contact chart's table gives each limit in the page's language", () => {
    const t = find("communication", "limit", "uk");
    const html = readBuilt("uk/charts/index.html");
    expect(words(html)).toContain(keepNumbersTogether(words(t.text)));
    expect(html).not.toContain(`lang="en">${t.english}<`);
  });
});
