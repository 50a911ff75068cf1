import { describe, expect, it } from "vitest";
import { sitemapAlternates, sitemapI18n } from "../../../src/lib/site/sitemap";

const base = "https://pow.example.net";

describe("sitemap language alternates", () => {
  it("links each page to its editions, in the integration's URL order, itself included", () => {
    const urls = [
      `${base}/ru/data/`,
      `${base}/data/`,
      `${base}/uk/data/`,
      `${base}/stories/only-english/`,
      `${base}/`,
      `${base}/uk/`,
    ];
    const links = sitemapAlternates(urls);
    const data = [
      { url: `${base}/data/`, lang: "en" },
      { url: `${base}/ru/data/`, lang: "ru" },
      { url: `${base}/uk/data/`, lang: "uk" },
    ];
    expect(links.get(`${base}/uk/data/`)).toEqual(data);
    expect(links.get(`${base}/data/`)).toEqual(data);
    expect(links.get(`${base}/uk/`)).toEqual([
      { url: `${base}/`, lang: "en" },
      { url: `${base}/uk/`, lang: "uk" },
    ]);
    // A page in one language has no alternates.
    expect(links.has(`${base}/stories/only-english/`)).toBe(false);
  });

  it("filters, remembers every kept page, then serializes with their links", () => {
    const { filter, serialize } = sitemapI18n((url) => !url.endsWith("/404/"));
    const kept = [`${base}/about/`, `${base}/404/`, `${base}/uk/about/`].filter(filter);
    expect(kept).toEqual([`${base}/about/`, `${base}/uk/about/`]);
    expect(serialize({ url: `${base}/about/` }).links?.map((l) => l.lang)).toEqual(["en", "uk"]);
  });
});
