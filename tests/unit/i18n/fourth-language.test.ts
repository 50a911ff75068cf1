import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES, DEFAULT_LOCALE } from "../../../src/lib/i18n";

/**
 * "Adding a fourth language is one strings file and one config line": no code outside the
 * i18n module may name a site language itself, or a new language would need edits there too.
 * Every list of languages must come from LOCALES (src/lib/i18n/locales.ts).
 */
const ROOTS = ["src", "scripts", "public", "astro.config.mjs"];
const SKIP = [
  "src/lib/i18n/locales.ts", // the one config line per language
  "src/lib/i18n/messages/", // one strings file per language
  "src/lib/data/contract.generated.ts", // the languages sources are written in, not the site's
  "src/content/", // stories and pages are per language by nature
];
// Behaviour that belongs to one language only, each with its reason.
const ALLOWED: Record<string, string> = {
  "public/search.js":
    "Ukrainian query stemming: Pagefind has no Ukrainian stemmer, and other languages have one",
};

function files(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
const literal = new RegExp(`(["'])(${others.join("|")})\\1`, "g");

function hardCoded(text: string): string[] {
  return [...text.matchAll(literal)].map((m) => m[0]);
}

describe("a fourth language", () => {
  it("finds a hard-coded language where there is one (the check can fail)", () => {
    expect(hardCoded('export const LANGUAGES = ["en", "uk", "ru"] as const;')).toEqual(
      others.map((l) => `"${l}"`),
    );
  });

  it("needs no edit outside the i18n module: no code names a site language", () => {
    const found = ROOTS.flatMap(files)
      .map((f) => relative(process.cwd(), f))
      .filter((f) => /\.(ts|mts|mjs|js|astro)$/.test(f))
      .filter((f) => !SKIP.some((s) => f === s || f.startsWith(s)))
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => hardCoded(readFileSync(f, "utf8")).map((hit) => `${f}: ${hit}`));
    expect(found, "take the list of languages from LOCALES (src/lib/i18n/locales.ts)").toEqual([]);
  });
});
