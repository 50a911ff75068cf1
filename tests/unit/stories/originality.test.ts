import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";

/**
 * Our words are our own: no story and no text cell in data/ may share a run of RUN words with a
 * source document, outside quotation marks. Short attributed quotes are allowed; a sentence
 * carried over with its wording is not. The source documents live beside the repository in
 * ../shared/seeds (as on CI); without them the test is skipped.
 */
const SEEDS = resolve("../shared/seeds");
const RUN = 9;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

function runs(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(" "));
  return out;
}

/** Text outside quotation marks and outside quote="..." props. */
const unquoted = (text: string): string =>
  text
    .replace(/quote="[^"]*"/g, " ")
    .replace(/“[^”]*”/g, " ")
    .replace(/"[^"\n]*"/g, " ");

function shared(text: string, seed: Set<string>): string[] {
  return [...runs(unquoted(text))].filter((r) => seed.has(r));
}

describe.skipIf(!existsSync(SEEDS))("originality against the source documents", () => {
  const seedFiles = existsSync(SEEDS)
    ? readdirSync(SEEDS).filter((f) => /^\d+_.*\.txt$/.test(f))
    : [];
  const seeds = seedFiles.map((f) => ({
    file: f,
    runs: runs(readFileSync(join(SEEDS, f), "utf8")),
  }));

  it("finds the five seed documents", () => {
    expect(seeds.length).toBe(5);
  });

  it("catches a copied sentence (the check can fail)", () => {
    const seed = seeds[0];
    if (!seed) throw new Error("no seed");
    const sentence = [...seed.runs][100] ?? "";
    expect(shared(`We write: ${sentence}.`, seed.runs)).toContain(sentence);
    expect(shared(`We write: "${sentence}".`, seed.runs)).toEqual([]);
  });

  const stories = readdirSync("src/content/stories").map((slug) =>
    join("src/content/stories", slug, "index.mdx"),
  );
  it.each(stories)("%s shares no run of words with a source outside quotes", (file) => {
    const text = readFileSync(file, "utf8");
    const found = seeds.flatMap((s) => shared(text, s.runs).map((r) => `${s.file}: "${r}"`));
    expect(
      found,
      "rewrite these passages in your own words, or quote them with attribution",
    ).toEqual([]);
  });

  it("data/ summaries and notes share no run of words with a source", () => {
    const found: string[] = [];
    for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
      const { data } = Papa.parse<Record<string, string>>(
        readFileSync(join("data", file), "utf8"),
        {
          header: true,
          skipEmptyLines: true,
        },
      );
      for (const row of data) {
        const text = `${row["summary"] ?? ""} ${row["notes"] ?? ""}`;
        for (const s of seeds)
          for (const r of shared(text, s.runs)) found.push(`${file} ${row["id"]}: "${r}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
