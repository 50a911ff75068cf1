import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { load } from "../../src/lib/data";
import { DIST, readBuilt } from "../support/dist";

const STORIES_SRC = "src/content/stories";
const slugs = readdirSync(STORIES_SRC, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const isDraft = (slug: string) =>
  /^draft:\s*true\s*$/m.test(
    readFileSync(join(STORIES_SRC, slug, "index.mdx"), "utf8").split(/^---\s*$/m)[1] ?? "",
  );
const published = slugs.filter((s) => !isDraft(s));
const drafts = slugs.filter(isDraft);

describe("built stories", () => {
  it("builds at least five published stories, listed on /stories/", () => {
    expect(published.length).toBeGreaterThanOrEqual(5);
    const { document } = parseHTML(readBuilt("stories/index.html"));
    const linked = [...document.querySelectorAll("main a")].map((a) => a.getAttribute("href"));
    for (const slug of published) expect(linked).toContain(`/stories/${slug}/`);
  });

  describe.each(published)("/stories/%s/", (slug) => {
    const { document } = parseHTML(readBuilt(`stories/${slug}/index.html`));

    it("has one h1, a standfirst, a byline and a published date", () => {
      expect(document.querySelectorAll("h1").length).toBe(1);
      expect(document.querySelector(".dek")?.textContent?.trim()).toBeTruthy();
      expect(document.querySelector(".byline")?.textContent?.trim()).toMatch(/^By /);
      expect(document.querySelector(".story-meta time")?.getAttribute("datetime")).toMatch(
        /^\d{4}-\d{2}-\d{2}$/,
      );
    });

    it("embeds at least one chart figure", () => {
      expect(document.querySelectorAll(".story-body figure.chart").length).toBeGreaterThanOrEqual(
        1,
      );
    });

    it("has a numbered Sources list whose links resolve to built source pages", () => {
      const items = [...document.querySelectorAll(".story-sources ol > li")];
      expect(items.length).toBeGreaterThanOrEqual(1);
      items.forEach((li, i) => expect(li.getAttribute("id")).toBe(`source-${i + 1}`));
      for (const a of document.querySelectorAll(".story-sources a")) {
        const href = a.getAttribute("href") ?? "";
        expect(href).toMatch(/^\/sources\/[a-z0-9-]+\/$/);
        expect(existsSync(join(DIST, href, "index.html")), href).toBe(true);
      }
    });

    it("writes each source without a space before a comma or full stop", () => {
      for (const li of document.querySelectorAll(".story-sources li")) {
        expect(li.textContent?.replace(/\s+/g, " ") ?? "").not.toMatch(/ [,.]/);
      }
    });

    it("lists the sources of its charts' rows, and each of their pages links back", () => {
      const heading = [...document.querySelectorAll(".story-sources h3")].find(
        (h) => h.textContent === "Sources of the charts' data",
      );
      if (!heading) return; // every chart source is already cited or listed
      const list = heading.nextElementSibling;
      const links = [...(list?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) {
        const page = parseHTML(readBuilt(`${(href ?? "").slice(1)}index.html`)).document;
        const back = [...page.querySelectorAll('main a[href^="/stories/"]')].map((a) =>
          a.getAttribute("href"),
        );
        expect(back, `${href} should link back to /stories/${slug}/`).toContain(
          `/stories/${slug}/`,
        );
      }
    });

    it("every note number in the text points at an item of the Sources list", () => {
      const notes = [...document.querySelectorAll(".story-body .cite a")];
      expect(notes.length).toBeGreaterThanOrEqual(1);
      for (const a of notes) {
        const target = (a.getAttribute("href") ?? "").slice(1);
        expect(document.getElementById(target), target).not.toBeNull();
      }
    });

    it("carries NewsArticle structured data (schema.org microdata)", () => {
      const article = document.querySelector('article[itemtype="https://schema.org/NewsArticle"]');
      expect(article).not.toBeNull();
      const headline = article?.querySelector('[itemprop="headline"]')?.textContent;
      expect(headline).toBe(document.querySelector("h1")?.textContent);
      const published = article?.querySelector('time[itemprop="datePublished"]');
      expect(published?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(
        article?.querySelector('[itemprop="author"] [itemprop="name"]')?.textContent,
      ).toBeTruthy();
    });
  });

  it("shows a Corrections section exactly on the stories that have corrections", () => {
    const dir = "src/content/corrections";
    const corrected = new Set(
      (existsSync(dir) ? readdirSync(dir) : [])
        .filter((f) => f.endsWith(".md"))
        .map((f) => /^story:\s*["']?([a-z0-9-]+)/m.exec(readFileSync(join(dir, f), "utf8"))?.[1])
        .filter((slug): slug is string => slug !== undefined),
    );
    for (const slug of published) {
      const { document } = parseHTML(readBuilt(`stories/${slug}/index.html`));
      expect(document.getElementById("corrections-heading") !== null, slug).toBe(
        corrected.has(slug),
      );
    }
  });

  it("leaves drafts out of the build", () => {
    for (const slug of drafts) expect(existsSync(join(DIST, "stories", slug)), slug).toBe(false);
  });
});

describe("built source pages", () => {
  const sources = load("sources");

  it("exist for every source in data/sources.csv", () => {
    for (const s of sources)
      expect(existsSync(join(DIST, "sources", s.id, "index.html")), s.id).toBe(true);
  });

  it("the index lists every source and labels weak kinds in words", () => {
    const { document } = parseHTML(readBuilt("sources/index.html"));
    const text = document.querySelector("main")?.textContent ?? "";
    for (const s of sources)
      expect(document.querySelector(`a[href="/sources/${s.id}/"]`), s.id).not.toBeNull();
    if (sources.some((s) => s.kind === "aggregator or mirror"))
      expect(text).toContain("Aggregator or mirror");
    if (sources.some((s) => s.kind === "state media")) expect(text).toContain("State media");
  });

  it("a seed source's page says what it is and links back to the stories citing it", () => {
    const seed = sources.find((s) => s.seed_file);
    expect(seed).toBeDefined();
    const { document } = parseHTML(readBuilt(`sources/${seed?.id}/index.html`));
    expect(document.querySelector("h1")?.textContent).toBe(seed?.title);
    const links = [...document.querySelectorAll('main a[href^="/stories/"]')];
    expect(links.length).toBeGreaterThanOrEqual(1);
    for (const a of document.querySelectorAll('main a[href^="http"]'))
      expect(a.getAttribute("rel")).toBe("noreferrer");
  });
});
