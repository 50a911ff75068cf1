import { createHash } from "node:crypto";

/**
 * Originality check helpers: a "run" is RUN consecutive words, lower-cased, punctuation
 * dropped. No story may share a run with a source document outside quotation marks.
 *
 * The source documents are not in the repository (they are other outlets' text), so the test
 * compares against fingerprints of their runs instead: the first FINGERPRINT_HEX hex digits of
 * the SHA-256 of each run. A fingerprint tells whether a run of ours also occurs in a source,
 * and cannot be turned back into the source's words. scripts/seed-fingerprints.ts writes them
 * to tests/fixtures/originality/seed-fingerprints.json.
 */
export const RUN = 9;
/** 48 bits: a chance collision among ~10^4 story runs and ~10^4 source runs is about 1 in 3 million. */
export const FINGERPRINT_HEX = 12;

export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z0-9']+/g) ?? [];

/** Every run of RUN words in `text`, as space-joined words. */
export function runs(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(" "));
  return out;
}

/** Text outside quotation marks and outside quote="..." props. */
export const unquoted = (text: string): string =>
  text
    .replace(/quote="[^"]*"/g, " ")
    .replace(/“[^”]*”/g, " ")
    .replace(/"[^"\n]*"/g, " ");

export const fingerprint = (run: string): string =>
  createHash("sha256").update(run).digest("hex").slice(0, FINGERPRINT_HEX);

/** The fingerprints of every run in a source document, sorted. */
export const fingerprintsOf = (text: string): string[] => [...runs(text)].map(fingerprint).sort();

/** The runs of `text`, outside quotes, whose fingerprint is in `prints`. */
export function sharedRuns(text: string, prints: ReadonlySet<string>): string[] {
  return [...runs(unquoted(text))].filter((r) => prints.has(fingerprint(r)));
}

/** tests/fixtures/originality/seed-fingerprints.json */
export interface SeedFingerprints {
  about: string;
  run: number;
  hash: string;
  documents: { file: string; runs: number; fingerprints: string }[];
}

export const FINGERPRINTS_FILE = "tests/fixtures/originality/seed-fingerprints.json";

export function fingerprintFile(seeds: { file: string; text: string }[]): SeedFingerprints {
  return {
    about:
      "Fingerprints of the source documents (../shared/seeds): the first 12 hex digits of the SHA-256 of every run of 9 words, not the text. Regenerate with `npm run fingerprints:seeds`. Read by tests/unit/stories/originality.test.ts.",
    run: RUN,
    hash: `sha256, first ${FINGERPRINT_HEX} hex digits`,
    documents: seeds.map(({ file, text }) => {
      const prints = fingerprintsOf(text);
      return { file, runs: prints.length, fingerprints: prints.join(" ") };
    }),
  };
}
