/**
 * Interface text per language. Pages get a translator for their locale and never hold
 * interface text of their own:
 *
 *   const t = translator(locale);
 *   t("footer.dataVersion", { version: "1.3.0" })   // "Версія даних 1.3.0"
 *   t("data.rows", { count: 2 })                    // "2 рядки"
 *
 * Numbers given as parameters are written by the locale's number format; `count` also picks the
 * plural form. A missing key or a placeholder without a value throws: a page never shows "{date}".
 */
import { LOCALE_CONFIG, type Locale } from "./locales.ts";
import { formatNumber } from "../format.ts";
import type { Message, MessageKey } from "./messages/en.ts";

export * from "./locales.ts";
export type { MessageKey, Messages } from "./messages/en.ts";

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

const pluralRules = new Map<Locale, Intl.PluralRules>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE_CONFIG[locale].intl);
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** The form of `message` for `count` in `locale` (Intl plural categories, "other" as fallback). */
export function pluralForm(locale: Locale, message: Message, count: number): string {
  if (typeof message === "string") return message;
  const category = rulesFor(locale).select(count) as keyof typeof message;
  return message[category] ?? message.other;
}

/** Fills `{name}` placeholders; numbers are written in the locale's format. */
export function fill(locale: Locale, template: string, params: Params = {}): string {
  let out = "";
  // Whether the text so far ends in a value's own full stop ("24 лют. 2023 р."): the template's
  // full stop after it is then left out, so no sentence ends in "р..".
  let valueDot = false;
  for (const [i, part] of template.split(/\{(\w+)\}/).entries()) {
    if (i % 2 === 0) {
      if (part === "") continue;
      out += valueDot && part.startsWith(".") ? part.slice(1) : part;
      valueDot = false;
      continue;
    }
    const value = params[part];
    if (value === undefined) {
      throw new Error(`i18n: no value for {${part}} in "${template}" (${locale})`);
    }
    const text = typeof value === "number" ? formatNumber(value, locale) : value;
    out += text;
    if (text !== "") valueDot = text.endsWith(".");
  }
  return out;
}

/** A function that writes interface text in `locale`. */
export function translator(locale: Locale): Translate {
  const messages = LOCALE_CONFIG[locale].messages;
  return (key, params = {}) => {
    const message: Message | undefined = messages[key];
    if (message === undefined) throw new Error(`i18n: no "${key}" in the ${locale} strings`);
    const count = params["count"];
    const template = pluralForm(locale, message, typeof count === "number" ? count : 0);
    if (typeof message !== "string" && typeof count !== "number") {
      throw new Error(`i18n: "${key}" has plural forms and needs a numeric {count}`);
    }
    return fill(locale, template, params);
  };
}

/**
 * Splits a message with one link, marked by square brackets, into the text before, the link's
 * words and the text after: "[all stories], newest first;" -> ["", "all stories", ", newest
 * first;"]. A message without brackets is all "before".
 */
export function linkParts(message: string): [before: string, link: string, after: string] {
  const match = /^([^[]*)\[([^\]]+)\](.*)$/s.exec(message);
  return match ? [match[1] ?? "", match[2] ?? "", match[3] ?? ""] : [message, "", ""];
}

/**
 * A message split around one placeholder, for markup in the middle of a sentence:
 * around(t, "footer.updated", "date") -> ["updated ", ""], and the page writes
 * {before}<time>...</time>{after}.
 */
export function around(
  t: Translate,
  key: MessageKey,
  name: string,
  params: Params = {},
): [before: string, after: string] {
  const MARK = "\u0000";
  const [before = "", after = ""] = t(key, { ...params, [name]: MARK }).split(MARK);
  return [before, after];
}
export * from "./routes.ts";
