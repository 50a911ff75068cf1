import { describe, expect, it } from "vitest";
import {
  LOCALES,
  LOCALE_CONFIG,
  alternatesOf,
  fill,
  linkParts,
  localePath,
  splitLocale,
  translator,
} from "../../../src/lib/i18n/index.ts";
import { messageProblems } from "../../../src/lib/i18n/check.ts";
import { en } from "../../../src/lib/i18n/messages/en.ts";

const categories = (intl: string): string[] =>
  new Intl.PluralRules(intl).resolvedOptions().pluralCategories;

describe("every language's strings", () => {
  it("has more than one language and a real set of keys to compare", () => {
    expect(LOCALES.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(en).length).toBeGreaterThan(50);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every key, placeholder, link and plural form, and nothing left in English`, () => {
      const { messages, intl } = LOCALE_CONFIG[locale];
      if (locale === "en") return;
      expect(messageProblems(en, messages, categories(intl))).toEqual([]);
    });
  }

  it("the check finds each kind of mistake", () => {
    const broken = {
      ...LOCALE_CONFIG.uk.messages,
      "nav.stories": undefined,
      "footer.dataVersion": "Версія даних {versoin}",
      "search.allStories": "усі матеріали, від найновіших;",
      "home.allRows": "all rows",
      "data.rows": { one: "{count} рядок", other: "{count} рядка" },
      "nav.storeis": "Матеріали",
    };
    const problems = messageProblems(en, broken, categories("uk-UA"));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^nav\.storeis: not in the English strings/),
        expect.stringMatching(/^nav\.stories: missing; translate "Stories"/),
        expect.stringMatching(/^footer\.dataVersion: .* placeholders \{version\}/),
        expect.stringMatching(/^search\.allStories: .*square brackets/),
        expect.stringMatching(/^home\.allRows: "all rows" is still the English text/),
        expect.stringMatching(/^data\.rows: plural forms missing: few, many/),
      ]),
    );
    expect(problems).toHaveLength(6);
  });
});

describe("translator", () => {
  it("chooses Ukrainian and Russian plural forms by the count", () => {
    const uk = translator("uk");
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => uk("data.rows", { count }))).toEqual([
      "1 рядок",
      "2 рядки",
      "5 рядків",
      "11 рядків",
      "21 рядок",
      "22 рядки",
      "25 рядків",
    ]);
    const ru = translator("ru");
    expect([1, 3, 7, 101].map((count) => ru("data.rows", { count }))).toEqual([
      "1 строка",
      "3 строки",
      "7 строк",
      "101 строка",
    ]);
    expect(translator("en")("data.rows", { count: 1 })).toBe("1 row");
    expect(translator("en")("data.rows", { count: 1358 })).toBe("1,358 rows");
  });

  it("writes numbers in the page's language, with a no-break space between thousands", () => {
    expect(translator("uk")("data.rows", { count: 1358 })).toBe("1\u00a0358 рядків");
    expect(translator("ru")("data.rows", { count: 1.5 })).toBe("1,5 строки");
  });

  it("refuses to leave a placeholder unfilled", () => {
    expect(() => translator("uk")("footer.dataVersion")).toThrow(/no value for \{version\}/);
    expect(() => translator("uk")("data.rows")).toThrow(/needs a numeric \{count\}/);
  });

  it("splits a message around its one link", () => {
    expect(linkParts(translator("uk")("search.everySource"))).toEqual([
      "",
      "кожне джерело",
      ", на яке ми спираємося;",
    ]);
    expect(linkParts("no link")).toEqual(["no link", "", ""]);
  });
});

describe("addresses per language", () => {
  it("puts English at / and other languages under their code", () => {
    expect(localePath("en", "/about/")).toBe("/about/");
    expect(localePath("uk", "/about/")).toBe("/uk/about/");
    expect(localePath("ru", "/")).toBe("/ru/");
    expect(() => localePath("uk", "about/")).toThrow(/must start with/);
  });

  it("reads the language back from an address", () => {
    expect(splitLocale("/uk/stories/calls-home/")).toEqual({
      locale: "uk",
      path: "/stories/calls-home/",
    });
    expect(splitLocale("/ru/")).toEqual({ locale: "ru", path: "/" });
    expect(splitLocale("/ukraine/")).toEqual({ locale: "en", path: "/ukraine/" });
    expect(splitLocale("/")).toEqual({ locale: "en", path: "/" });
  });

  it("lists the same page in every language", () => {
    expect(alternatesOf("/ru/data/")).toEqual([
      { locale: "en", path: "/data/" },
      { locale: "uk", path: "/uk/data/" },
      { locale: "ru", path: "/ru/data/" },
    ]);
  });
});

describe("fill", () => {
  it("gives a value ending in a full stop no second one from the template", () => {
    expect(fill("uk", "{when}. Джерело: {source}", { when: "з 1949 р.", source: "AP" })).toBe(
      "з 1949 р. Джерело: AP",
    );
    expect(fill("en", "{when}. Source", { when: "since 1949" })).toBe("since 1949. Source");
  });
});

describe("fill, with an empty value between", () => {
  it("still gives no second full stop", () => {
    expect(fill("uk", "період: {period}{more}. Джерело", { period: "2023 р.", more: "" })).toBe(
      "період: 2023 р. Джерело",
    );
  });
});
