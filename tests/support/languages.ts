/**
 * Finds English left on a page in another language: runs of three or more Latin-script words in
 * the page's visible text (SVG chart text included), outside elements marked with another
 * `lang` (a source's original title is lang="en" on purpose) or translate="no" (titles kept as
 * published), code, row ids (lowercase words joined by hyphens), and the proper names the
 * data holds (outlets, authors, bodies), which stay in Latin script in every language.
 */
import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import {
  DEFAULT_LOCALE,
  LOCALE_CONFIG,
  pageLocales,
  splitLocale,
  type Locale,
} from "../../src/lib/i18n";
import { untranslatedValues, type PackageDescriptor } from "../../src/lib/i18n/data";

const SKIP = new Set(["SCRIPT", "STYLE", "CODE", "PRE", "KBD", "SAMP", "TEMPLATE", "NOSCRIPT"]);
const RUN = /[A-Za-z][A-Za-z'’]+(?:[\s,.:;()-]+[A-Za-z][A-Za-z'’]+){2,}/g;
/**
 * Row and source ids ("returned-military-and-civilians", "ap-2024-05-27-russian-pows"): lowercase
 * words joined by hyphens with no space, an address rather than English text.
 */
const ID = /(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+)+(?![\w-])/g;

export function englishRuns(html: string, names: ReadonlySet<string>): string[] {
  const { document } = parseHTML(html);
  const pageLang = document.documentElement.getAttribute("lang") ?? "en";
  const sortedNames = [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  const runs: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 1) {
      const element = node as Element;
      if (SKIP.has(element.tagName.toUpperCase())) return;
      const lang = element.getAttribute("lang");
      if (lang && lang !== pageLang) return;
      if (element.hasAttribute("hidden") || element.getAttribute("translate") === "no") return;
      for (const child of Array.from(element.childNodes)) visit(child);
      return;
    }
    if (node.nodeType !== 3) return;
    // Addresses and ids first: a name inside an id ("pledgetimes-2022-...") would split it.
    let text = (node.textContent ?? "")
      .replace(/\s+/g, " ")
      .replace(/\b(?:https?:\/\/|www\.)\S+/g, " ")
      .replace(ID, " ");
    for (const name of sortedNames) text = text.split(name).join(" ");
    text = text.replace(/\S+\.(?:csv|json|zip|xml)\b/g, " ");
    for (const match of text.matchAll(RUN)) runs.push(match[0]);
  };
  if (document.body) visit(document.body);
  // Attribute text readers also meet: accessible names and the document title.
  const title = document.querySelector("title")?.textContent ?? "";
  for (const text of [
    title,
    ...Array.from(document.querySelectorAll("[aria-label]")).map(
      (e) => e.getAttribute("aria-label") ?? "",
    ),
  ]) {
    let rest = text.replace(/\s+/g, " ").replace(ID, " ");
    for (const name of sortedNames) rest = rest.split(name).join(" ");
    for (const match of rest.matchAll(RUN)) runs.push(match[0]);
  }
  return runs;
}

/**
 * The names that stay in Latin script in every language: the site's name and the outlets and
 * authors of data/sources.csv. Both language tests (built pages and chart output) use it.
 */
export function properNames(): Set<string> {
  const rows = Papa.parse<Record<string, string>>(readFileSync("data/sources.csv", "utf8"), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const names = new Set(["Captivity Ledger", "Frictionless Data Package", "Human Rights Watch"]);
  for (const row of rows) {
    for (const key of ["outlet", "original_outlet"]) {
      const v = row[key];
      if (v && !v.startsWith("not ")) names.add(v);
    }
    for (const author of (row["author"] ?? "").split(";")) {
      if (author.trim()) names.add(author.trim());
    }
  }
  return names;
}

/**
 * Links on a page in `locale` that lead to the English edition of a page published in `locale`
 * too (a chart mark on /uk/ that opens /data/exchanges/…/ instead of /uk/data/exchanges/…/).
 * Links that name their language (`hreflang`, the language switcher) are meant to cross.
 */
export function strayEnglishLinks(html: string, locale: Locale): string[] {
  if (locale === DEFAULT_LOCALE) return [];
  const stray: string[] = [];
  for (const [tag] of html.matchAll(/<a\s[^>]*>/g)) {
    if (/\shreflang=/.test(tag)) continue;
    const href = /\shref="(\/[^"#?]*)/.exec(tag)?.[1];
    if (href === undefined || href.startsWith(`/${locale}/`)) continue;
    if (splitLocale(href).locale !== DEFAULT_LOCALE) continue;
    if (pageLocales(href).includes(locale)) stray.push(href);
  }
  return [...new Set(stray)];
}

/**
 * Whether an English run is an allowed value new in datapackage.json and not yet translated
 * into `locale` (`npm run check:data` lists them): pages and charts show such a value in
 * English until its words are added, so that adding a value stays a one-file change.
 */
export function awaitingTranslation(locale: Locale): (run: string) => boolean {
  let values = waiting.get(locale);
  if (values === undefined) {
    const pkg = JSON.parse(readFileSync("data/datapackage.json", "utf8")) as PackageDescriptor;
    const data = LOCALE_CONFIG[locale].data;
    values = data ? [...untranslatedValues(pkg, data)].map((v) => v.toLowerCase()) : [];
    waiting.set(locale, values);
  }
  const found = values;
  return (run) => found.some((v) => v.includes(run.toLowerCase()));
}

/** Per language, read once (the build check asks for every page). */
const waiting = new Map<Locale, string[]>();
