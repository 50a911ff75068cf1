// The built corrections page lists every story correction (src/content/corrections/*.md) and
// every data correction in data/corrections.csv, each with its date; each corrected story
// shows its corrections, dated, at the end. The checks are plain functions over page HTML, so the
// last block can show that each one fails on a page that leaves an entry out.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { load } from "../../src/lib/data";
import { formatDay } from "../../src/lib/stories/published";
import { readBuilt } from "../support/dist";

const CORRECTIONS_SRC = "src/content/corrections";

interface StoryCorrection {
  /** The file name without .md: the entry's id in the collection. */
  id: string;
  date: string;
  story: string | undefined;
}

/** The date and story of each correction note, read from its frontmatter. */
function storyCorrections(): StoryCorrection[] {
  return readdirSync(CORRECTIONS_SRC)
    .filter((name) => name.endsWith(".md"))
    .map((name) => {
      const text = readFileSync(join(CORRECTIONS_SRC, name), "utf8");
      const front = text.split(/^---\s*$/m)[1] ?? "";
      const field = (key: string): string | undefined =>
        new RegExp(`^${key}:\\s*"?([^"\\n]+?)"?\\s*$`, "m").exec(front)?.[1];
      const date = field("date");
      if (!date) throw new Error(`${CORRECTIONS_SRC}/${name}: no date: line in the frontmatter`);
      return { id: name.replace(/\.md$/, ""), date, story: field("story") };
    });
}

const readableDay = (iso: string): string => formatDay(new Date(`${iso}T00:00:00Z`));

/** Story corrections missing from the corrections page, or listed without their date or story. */
function missingStoryCorrections(html: string, expected: StoryCorrection[]): string[] {
  const { document } = parseHTML(html);
  return expected.flatMap((c) => {
    const item = document.querySelector(`#log ~ ol li[id="correction-${c.id}"]`);
    if (!item) return [`${c.id}: not listed`];
    const problems: string[] = [];
    const time = item.querySelector("time");
    if (
      time?.getAttribute("datetime") !== c.date ||
      time.textContent?.trim() !== readableDay(c.date)
    )
      problems.push(`${c.id}: not dated ${c.date}`);
    if (c.story && !item.querySelector(`a[href="/stories/${c.story}/"]`))
      problems.push(`${c.id}: no link to /stories/${c.story}/`);
    return problems;
  });
}

/** Data corrections (`version`, `date`, rows) missing from the Data section of the page. */
function missingDataCorrections(
  html: string,
  expected: { version: string; date: string; rows: string[] }[],
): string[] {
  const { document } = parseHTML(html);
  const items = [...document.querySelectorAll("#data ~ ol.correction-list li")].map((li) => ({
    datetime: li.querySelector("time")?.getAttribute("datetime"),
    text: li.textContent ?? "",
  }));
  return expected.flatMap((c) =>
    c.rows
      .filter(
        (row) =>
          !items.some(
            (i) =>
              i.datetime === c.date &&
              i.text.includes(`data version ${c.version}`) &&
              i.text.includes(row),
          ),
      )
      .map((row) => `${row} (${c.version}, ${c.date}): not listed with its date and version`),
  );
}

/** Dates of the corrections shown at the end of a story page. */
function storyPageCorrectionDates(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(".story-corrections li time")].map(
    (t) => t.getAttribute("datetime") ?? "",
  );
}

const expectedStories = storyCorrections();
const expectedData = load("corrections").map((c) => ({
  version: c.version,
  date: c.date.iso,
  rows: [`${c.resource}/${c.record_id}`],
}));

describe("built corrections page", () => {
  const html = readBuilt("corrections/index.html");

  it("has story corrections and data corrections to list", () => {
    expect(expectedStories.length).toBeGreaterThan(0);
    expect(expectedData.length).toBeGreaterThan(0);
  });

  it("lists every story correction with its date and a link to the story", () => {
    expect(missingStoryCorrections(html, expectedStories)).toEqual([]);
  });

  it("lists every data correction in data/corrections.csv with its date, version and row", () => {
    expect(missingDataCorrections(html, expectedData)).toEqual([]);
  });

  it("lists the data corrections of version 1.3.0 (issue 14)", () => {
    const v130 = expectedData.filter((c) => c.version === "1.3.0");
    expect(v130.every((c) => c.date === "2026-12-01")).toBe(true);
    expect(v130.flatMap((c) => c.rows)).toEqual(
      expect.arrayContaining([
        "abuses/un-2025-03-confirmed-executions",
        "exchanges/2025-08-24",
        "exchanges/2026-02-05",
      ]),
    );
  });

  it("lists the corrections to source summaries and the 1.1.0 removal (issue 15)", () => {
    const rows = expectedData.flatMap((c) => c.rows);
    expect(rows).toEqual(
      expect.arrayContaining([
        "sources/the-kyiv-independent-2022-12-08-icrc-visits-ukrainian-russian-pows",
        "sources/support-for-partnership-2025-06-29-how-russia-using-prisoner-exchanges",
        "exchange_claims/2025-07-23-ukraine-ukraine",
      ]),
    );
  });

  it("offers the corrections feed in the head and as a link", () => {
    const { document } = parseHTML(html);
    const link = document.querySelector(
      'link[rel="alternate"][type="application/rss+xml"][href="/corrections/rss.xml"]',
    );
    expect(link).toBeTruthy();
    expect(document.querySelector('main a[href="/corrections/rss.xml"]')).toBeTruthy();
  });
});

describe("corrected stories", () => {
  const byStory = Map.groupBy(
    expectedStories.filter((c) => c.story !== undefined),
    (c) => c.story as string,
  );

  it.each([...byStory.keys()])("/stories/%s/ shows its corrections with their dates", (slug) => {
    const dates = storyPageCorrectionDates(readBuilt(`stories/${slug}/index.html`));
    for (const c of byStory.get(slug) ?? []) expect(dates).toContain(c.date);
  });
});

describe("the checks fail on a page that leaves corrections out", () => {
  const page = (body: string): string =>
    `<!doctype html><html><body><main>${body}</main></body></html>`;
  const story: StoryCorrection = {
    id: "2026-12-01-calls-home",
    date: "2026-12-01",
    story: "calls-home",
  };
  const data = { version: "1.3.0", date: "2026-12-01", rows: ["exchanges/2025-08-24"] };

  it("an empty log", () => {
    const html = page(
      `<h2 id="log">Stories and pages</h2><p>No corrections.</p><h2 id="data">Data</h2><p>None.</p>`,
    );
    expect(missingStoryCorrections(html, [story])).toEqual(["2026-12-01-calls-home: not listed"]);
    expect(missingDataCorrections(html, [data])).toEqual([
      "exchanges/2025-08-24 (1.3.0, 2026-12-01): not listed with its date and version",
    ]);
  });

  it("entries without the right date or story link", () => {
    const html = page(
      `<h2 id="log">Stories and pages</h2><ol class="corrections-log">` +
        `<li id="correction-2026-12-01-calls-home"><time datetime="2026-11-30">30 November 2026</time></li></ol>` +
        `<h2 id="data">Data</h2><ol class="correction-list">` +
        `<li><time datetime="2026-11-30">30 November 2026</time> · data version 1.3.0 exchanges/2025-08-24</li></ol>`,
    );
    expect(missingStoryCorrections(html, [story])).toEqual([
      "2026-12-01-calls-home: not dated 2026-12-01",
      "2026-12-01-calls-home: no link to /stories/calls-home/",
    ]);
    expect(missingDataCorrections(html, [data])).toHaveLength(1);
  });

  it("passes a page that lists both", () => {
    const html = page(
      `<h2 id="log">Stories and pages</h2><ol class="corrections-log">` +
        `<li id="correction-2026-12-01-calls-home"><time datetime="2026-12-01">${readableDay("2026-12-01")}</time>` +
        `<a href="/stories/calls-home/">story</a></li></ol>` +
        `<h2 id="data">Data</h2><ol class="correction-list">` +
        `<li><time datetime="2026-12-01">1 December 2026</time> · data version 1.3.0 <code>exchanges/2025-08-24</code></li></ol>`,
    );
    expect(missingStoryCorrections(html, [story])).toEqual([]);
    expect(missingDataCorrections(html, [data])).toEqual([]);
  });
});

describe("corrections in Ukrainian and Russian", () => {
  const texts = load("correction_texts");

  it.each(["uk", "ru"])(
    "/%s/corrections/ gives each data correction's reason in its language",
    (locale) => {
      const { document } = parseHTML(readBuilt(`${locale}/corrections/index.html`));
      expect(document.documentElement.getAttribute("lang")).toBe(locale);
      const listed = document.querySelectorAll("#data ~ ol.correction-list > li");
      const rows = load("corrections");
      expect(listed.length).toBe(rows.length);
      for (const c of rows) {
        const reason = texts.find((t) => t.correction_id === c.id && t.language === locale)?.reason;
        expect(reason, `${c.id} ${locale}`).toBeTruthy();
        expect(document.body.textContent).toContain(reason);
      }
      // The feed is there in the same language.
      expect(readBuilt(`${locale}/corrections/rss.xml`)).toContain(
        `<language>${locale}</language>`,
      );
    },
  );
});
