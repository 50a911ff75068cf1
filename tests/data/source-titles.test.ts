import { describe, expect, it } from "vitest";
import { load } from "../../src/lib/data";
import { sourceTitleProblems, titleIn, titleLanguage } from "../../src/lib/data/source-titles";
import { LOCALES } from "../../src/lib/i18n";

describe("source titles in the site's languages (data/source_titles.csv)", () => {
  const sources = load("sources");
  const titles = load("source_titles");

  it("give every source a title in each site language other than its own", () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sourceTitleProblems(sources, titles, LOCALES)).toEqual([]);
  });

  it("are in the script of their language", () => {
    for (const t of titles) {
      if (t.language === "uk" || t.language === "ru")
        expect(t.title, t.source_id).toMatch(/[\u0400-\u04ff]/);
    }
  });

  it("name a missing title and a title in the source's own language", () => {
    const [first, second] = sources;
    if (!first || !second) throw new Error("no sources");
    const broken = [
      ...titles.filter((t) => !(t.source_id === first.id && t.language === "uk")),
      {
        id: `${second.id}-${second.language}`,
        source_id: second.id,
        language: second.language as "en",
        title: "Same language",
      },
      { id: "wrong-id", source_id: second.id, language: "uk" as const, title: "Назва" },
    ];
    expect(sourceTitleProblems(sources, broken, LOCALES).map((p) => p.message)).toEqual([
      expect.stringContaining(`${second.id} is itself in "${second.language}"`),
      expect.stringContaining(`The id "wrong-id" should be "${second.id}-uk"`),
      expect.stringContaining(`${first.id} has no title in "uk"`),
    ]);
    expect(titleIn(broken, first.id, "uk")).toBeNull();
    expect(titleIn(titles, first.id, "uk")).toMatch(/[\u0400-\u04ff]/);
  });

  it("mark a title that is our English description as English, an original as its language", () => {
    const described = sources.filter((s) => titleLanguage(titles, s) !== s.language);
    // The four sources whose headline is not on record (their title_note says so).
    expect(described.map((s) => s.id).sort()).toEqual([
      "daily-com-ua-2022-06-18-daily-com-ua-report-18",
      "inshe-tv-2026-01-20-coordination-hq-2025-report",
      "megapolys-2026-01-20-koordshtab-named-number-military-civilians",
      "sputnik-japan-2024-03-28-sputnik-japan-article-ohchr-report",
    ]);
    for (const s of described) expect(titleLanguage(titles, s)).toBe("en");
    const polish = sources.find((s) => s.language === "pl");
    expect(polish && titleLanguage(titles, polish)).toBe("pl");
  });
});
