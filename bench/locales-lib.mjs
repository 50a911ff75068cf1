// The parts of bench/locales.mjs that tests check (tests/unit/bench-locales.test.ts): taking
// languages out of src/lib/i18n/locales.ts, and reading Astro's build log.

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
 * Seconds from "992ms" or "1.21s" (Astro's two forms).
 * @param {string | undefined} value
 * @param {string | undefined} unit
 */
const duration = (value, unit) => Number(value) / (unit === "ms" ? 1000 : 1);

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
  const lines = log.split("\n");
  const start = lines.findIndex((l) => /generating static routes/.test(l));
  /** @type {Record<string, number>} */
  const render = Object.fromEntries(codes.map((code) => [code, 0]));
  let generation = null;
  if (start < 0) return { generation, render };
  /** @type {string | null} the language of the page whose "(+Nms)" has not been seen yet */
  let current = null;
  for (const line of lines.slice(start + 1)) {
    const done = /^[\d:]*\s*✓ Completed in ([\d.]+)(ms|s)\b/.exec(line);
    if (done) generation = duration(done[1], done[2]);
    if (done || /\[build\]/.test(line)) break;
    // A warning may follow the path on the same line; the "(+Nms)" then comes on its own line.
    const page = /[├└]─\s+(\/\S*?)(?=\d\d:\d\d:\d\d|\s|$)/.exec(line);
    const path = page?.[1];
    if (path !== undefined)
      current = codes.slice(1).find((c) => path.startsWith(`/${c}/`)) ?? codes[0] ?? null;
    const took = /\(\+([\d.]+)(ms|s)\)/.exec(line);
    if (took && current !== null) {
      render[current] = (render[current] ?? 0) + duration(took[1], took[2]);
      current = null;
    }
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
