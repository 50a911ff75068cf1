import { describe, expect, it } from "vitest";
import { slugify } from "../../../src/lib/stories/slug";
import { storyTemplate } from "../../../src/lib/stories/template";

describe("new story scaffold", () => {
  it("makes a plain address from any title", () => {
    expect(slugify("“I want to live”: Ukraine's hotline")).toBe("i-want-to-live-ukraine-s-hotline");
    expect(slugify("Über   Kyiv — 2024!")).toBe("uber-kyiv-2024");
    expect(slugify("!!!")).toBe("");
  });

  it("writes a draft with valid frontmatter that lists every source its examples cite", () => {
    const text = storyTemplate({
      title: 'A "quoted" title',
      today: "2026-11-23",
      sourceId: "seed-a",
      total: { id: "total-1", sourceId: "seed-b" },
    });
    expect(text).toContain('title: "A \\"quoted\\" title"');
    expect(text).toContain("draft: true");
    expect(text).toContain("published: 2026-11-23");
    expect(text).toContain('sources: ["seed-a", "seed-b"]');
    for (const tag of ["<Cite", "<Chart", "<KeyFigure", "<PullQuote", "<Callout"])
      expect(text).toContain(tag);
  });
});
