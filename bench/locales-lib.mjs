// The parts of bench/locales.mjs that tests check (tests/unit/bench-locales.test.ts): taking
// languages out of src/lib/i18n/locales.ts, and reading Astro's build log (with
// bench/build-lib.mjs, which the other whole-build benchmarks share). publishOnly() makes a copy
// of the project publish fewer languages (bench:locales, bench:record-build).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pageTimes } from "./build-lib.mjs";

export const LOCALES_FILE = "src/lib/i18n/locales.ts";

/**
 * The languages in LOCALE_CONFIG, in order, with the one line each takes. Throws when the
 * block is missing or an entry spans several lines (the bench removes a language by its line).
 * @param {string} text the text of src/lib/i18n/locales.ts
 * @returns {{ code: string, line: string }[]}
 */
export function localeLines(text) {
  const block = /export const LOCALE_CONFIG = \{\r?\n([\s\S]*?)\r?\n\}/.exec(text)?.[1];
  if (block === undefined)
    throw new Error(`${LOCALES_FILE}: no "export const LOCALE_CONFIG = {" block found.`);
  const entries = [];
  for (const line of block.split(/\r?\n/)) {
    const code = /^ {2}(\w+):/.exec(line)?.[1];
    if (code === undefined) continue;
    if (!/\},?\s*$/.test(line))
      throw new Error(
        `${LOCALES_FILE}: the entry for "${code}" in LOCALE_CONFIG spans several lines. Keep each language on one line (docs/translating.md), which is how bench:locales takes languages out.`,
      );
    entries.push({ code, line });
  }
  if (entries.length === 0) throw new Error(`${LOCALES_FILE}: LOCALE_CONFIG lists no languages.`);
  return entries;
}

/**
 * locales.ts with only `codes` left in LOCALE_CONFIG (the other languages' lines removed).
 * @param {string} text
 * @param {readonly string[]} codes
 * @returns {string}
 */
export function restrictLocales(text, codes) {
  const drop = new Set(
    localeLines(text)
      .filter(({ code }) => !codes.includes(code))
      .map(({ line }) => line),
  );
  const out = text
    .split("\n")
    .filter((line) => !drop.has(line.replace(/\r$/, "")))
    .join("\n");
  const kept = localeLines(out).map((l) => l.code);
  if (kept.join(",") !== codes.join(","))
    throw new Error(
      `Could not restrict ${LOCALES_FILE} to ${codes.join(", ")} (got ${kept.join(", ")}).`,
    );
  return out;
}

/**
 * From Astro's build log (colours stripped): the page generation phase in seconds ("✓ Completed
 * in" after "generating static routes"; null if missing) and, per language, the seconds its
 * pages took to render (the "(+Nms)" after each page), by address prefix (/uk/...; every other
 * page belongs to the first code, the default language).
 * @param {string} log
 * @param {readonly string[]} codes
 * @returns {{ generation: number | null, render: Record<string, number> }}
 */
export function parseLog(log, codes) {
  const { generation, pages } = pageTimes(log);
  /** @type {Record<string, number>} */
  const render = Object.fromEntries(codes.map((code) => [code, 0]));
  for (const { path, seconds } of pages) {
    const code = codes.slice(1).find((c) => path.startsWith(`/${c}/`)) ?? codes[0];
    if (code !== undefined) render[code] = (render[code] ?? 0) + seconds;
  }
  return { generation, render };
}

/**
 * A story correction's frontmatter without the translated fields of languages the copy does
 * not publish (`summary_uk:`, `reason_uk:`): the build refuses fields of an unknown language.
 * @param {string} text
 * @param {readonly string[]} codes the languages kept
 * @returns {string}
 */
export function dropOtherLanguageFields(text, codes) {
  return text
    .split("\n")
    .filter((line) => {
      const code = /^(?:summary|reason)_([a-z]{2,3}):/.exec(line)?.[1];
      return code === undefined || codes.includes(code);
    })
    .join("\n");
}

/**
 * Makes the copy of the project in `dir` publish `codes` only: its locales.ts keeps only their
 * lines of LOCALE_CONFIG, and its story corrections lose the other languages' fields.
 * @param {string} dir
 * @param {readonly string[]} codes
 */
export function publishOnly(dir, codes) {
  const file = join(dir, LOCALES_FILE);
  writeFileSync(file, restrictLocales(readFileSync(file, "utf8"), codes));
  const corrections = join(dir, "src/content/corrections");
  if (existsSync(corrections))
    for (const name of readdirSync(corrections).filter((f) => f.endsWith(".md"))) {
      const path = join(corrections, name);
      writeFileSync(path, dropOtherLanguageFields(readFileSync(path, "utf8"), codes));
    }
}
