/**
 * A story's corrections in the language of the page: a Ukrainian or Russian story page shows
 * each correction note in its language (summary_<code>, reason_<code> in
 * src/content/corrections/*.md), and the English page the English.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readBuilt } from "../support/dist";

const DIR = "src/content/corrections";

/** A quoted frontmatter field of a correction note ("…" as YAML and JSON both read it). */
function field(front: string, key: string): string | undefined {
  const raw = new RegExp(`^${key}:\\s*(".*")\\s*$`, "m").exec(front)?.[1];
  return raw === undefined ? undefined : (JSON.parse(raw) as string);
}

const notes = readdirSync(DIR)
  .filter((name) => name.endsWith(".md"))
  .map((name) => {
    const front = readFileSync(join(DIR, name), "utf8").split(/^---\s*$/m)[1] ?? "";
    const story = /^story:\s*(\S+)\s*$/m.exec(front)?.[1];
    return { name, front, story };
  })
  .filter((n): n is typeof n & { story: string } => n.story !== undefined);

/** The text of each correction on a built story page, with its lang attribute. */
function shown(html: string): { text: string; lang: string | null }[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll(".story-corrections li")].map((li) => ({
    text: (li.textContent ?? "").replace(/[ \t\n\r]+/g, " ").trim(),
    lang: li.getAttribute("lang"),
  }));
}

/** The problems with a page that should show `summary` and `reason` in its own language. */
function inLanguage(html: string, summary: string, reason: string): string[] {
  const item = shown(html).find((c) => c.text.includes(summary));
  if (!item) return [`not shown: ${summary.slice(0, 40)}…`];
  const problems: string[] = [];
  if (!item.text.includes(reason)) problems.push(`reason missing: ${reason.slice(0, 40)}…`);
  if (item.lang !== null) problems.push(`marked lang="${item.lang}"`);
  return problems;
}

describe("story corrections in each language", () => {
  it("has translated correction notes to check", () => {
    expect(notes.filter((n) => field(n.front, "summary_uk")).length).toBeGreaterThan(0);
  });

  for (const note of notes) {
    for (const locale of ["uk", "ru"] as const) {
      const summary = field(note.front, `summary_${locale}`);
      const reason = field(note.front, `reason_${locale}`);
      if (!summary || !reason) continue;
      it(`${note.name}: /${locale}/stories/${note.story}/ shows it in ${locale}`, () => {
        const html = readBuilt(`${locale}/stories/${note.story}/index.html`);
        expect(inLanguage(html, summary, reason)).toEqual([]);
        // The English page keeps the English.
        const english = readBuilt(`stories/${note.story}/index.html`);
        expect(shown(english).some((c) => c.text.includes(field(note.front, "summary")!))).toBe(
          true,
        );
      });
    }
  }

  for (const locale of ["uk", "ru"] as const) {
    it(`/${locale}/corrections/ and its feed give each translated note in ${locale}`, () => {
      const { document } = parseHTML(readBuilt(`${locale}/corrections/index.html`));
      const text = (document.querySelector("main")?.textContent ?? "").replace(/\s+/g, " ");
      const feed = readBuilt(`${locale}/corrections/rss.xml`).replace(/\s+/g, " ");
      const translated = notes.filter((n) => field(n.front, `summary_${locale}`));
      expect(translated.length).toBeGreaterThan(0);
      for (const note of translated) {
        const summary = field(note.front, `summary_${locale}`)!.replace(/\s+/g, " ");
        expect(text, note.name).toContain(summary);
        expect(text, note.name).not.toContain(field(note.front, "summary")!.replace(/\s+/g, " "));
        expect(feed, note.name).toContain(summary.slice(0, 30));
      }
    });
  }

  it("the check fails on a page that shows the English, marked, instead", () => {
    const page = (li: string) =>
      `<html lang="uk"><body><section class="story-corrections"><ul>${li}</ul></section></body></html>`;
    expect(
      inLanguage(
        page('<li lang="en">1 Dec 2026: Fixed. Why: A check.</li>'),
        "Виправлено.",
        "Перевірка.",
      ),
    ).toEqual(["not shown: Виправлено.…"]);
    expect(
      inLanguage(
        page('<li lang="en">1 грудня: Виправлено. Чому: Перевірка.</li>'),
        "Виправлено.",
        "Перевірка.",
      ),
    ).toEqual(['marked lang="en"']);
    expect(
      inLanguage(
        page("<li>1 грудня: Виправлено. Чому: Перевірка.</li>"),
        "Виправлено.",
        "Перевірка.",
      ),
    ).toEqual([]);
  });
});
