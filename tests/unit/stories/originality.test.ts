import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import {
  FINGERPRINTS_FILE,
  fingerprintFile,
  fingerprintsOf,
  runs,
  sharedRuns,
  type SeedFingerprints,
} from "../../support/originality";

/**
 * Our words are our own: no story and no text cell in data/ may share a run of 9 words with a
 * source document, outside quotation marks. Short attributed quotes are allowed; a sentence
 * carried over with its wording is not.
 *
 * The source documents (../shared/seeds) are not in the repository, so the check reads their
 * fingerprints (hashed runs, not text) from tests/fixtures/originality/: it runs everywhere,
 * CI included. Where the documents are present, a further test makes sure the fingerprints
 * are up to date (`npm run fingerprints:seeds` regenerates them).
 */
const SEEDS = resolve("../shared/seeds");
const seedsPresent = existsSync(SEEDS);

const stored = JSON.parse(readFileSync(FINGERPRINTS_FILE, "utf8")) as SeedFingerprints;
const seeds = stored.documents.map((d) => ({
  file: d.file,
  prints: new Set(d.fingerprints.split(" ").filter(Boolean)),
}));

function found(text: string): string[] {
  return seeds.flatMap((s) => sharedRuns(text, s.prints).map((r) => `${s.file}: "${r}"`));
}

describe("originality against the source documents' fingerprints", () => {
  it("has fingerprints of the five source documents", () => {
    expect(seeds.map((s) => s.file)).toHaveLength(5);
    for (const s of seeds) expect(s.prints.size, s.file).toBeGreaterThan(300);
  });

  it("catches a copied run of words, and lets the same words pass inside quotes (the check can fail)", () => {
    // A made-up source, fingerprinted the same way as the real ones.
    const source =
      "The officials said on Tuesday that the exchange of prisoners had been delayed again by weeks of talks.";
    const prints = new Set(fingerprintsOf(source));
    const copied = "exchange of prisoners had been delayed again by weeks";
    expect(sharedRuns(`We write that the ${copied}, officials said.`, prints)).toContain(copied);
    expect(sharedRuns(`Officials said the “${copied}”.`, prints)).toEqual([]);
    expect(sharedRuns(`<Quote quote="the ${copied} of talks" />`, prints)).toEqual([]);
    expect(sharedRuns("A sentence of our own, about the same exchange.", prints)).toEqual([]);
  });

  it.runIf(seedsPresent)(
    "matches the documents in ../shared/seeds (else run npm run fingerprints:seeds)",
    () => {
      const files = readdirSync(SEEDS)
        .filter((f) => /^\d+_.*\.txt$/.test(f))
        .sort();
      const fresh = fingerprintFile(
        files.map((file) => ({ file, text: readFileSync(join(SEEDS, file), "utf8") })),
      );
      expect(fresh).toEqual(stored);
      // And a real sentence from a document is caught through its fingerprint.
      const first = files[0]!;
      const run = [...runs(readFileSync(join(SEEDS, first), "utf8"))][100] ?? "";
      expect(found(`We write: ${run}.`)).toContain(`${first}: "${run}"`);
      expect(found(`We write: "${run}".`)).toEqual([]);
    },
  );

  const stories = readdirSync("src/content/stories").map((slug) =>
    join("src/content/stories", slug, "index.mdx"),
  );
  it.each(stories)("%s shares no run of words with a source outside quotes", (file) => {
    expect(
      found(readFileSync(file, "utf8")),
      "rewrite these passages in your own words, or quote them with attribution",
    ).toEqual([]);
  });

  it("data/ summaries and notes share no run of words with a source", () => {
    const hits: string[] = [];
    for (const file of readdirSync("data").filter((f) => f.endsWith(".csv"))) {
      const { data } = Papa.parse<Record<string, string>>(
        readFileSync(join("data", file), "utf8"),
        { header: true, skipEmptyLines: true },
      );
      for (const row of data) {
        const text = `${row["summary"] ?? ""} ${row["notes"] ?? ""}`;
        for (const hit of found(text)) hits.push(`${file} ${row["id"]}: ${hit}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
