/**
 * What can be wrong with a language's strings file, compared with the English original: a
 * missing or extra key, a placeholder lost or invented, a link's brackets dropped, a plural form
 * the language needs left out, or text left in English. tests/unit/i18n/messages.test.ts runs it
 * on every language; docs/translating.md explains each message.
 */
import type { Message } from "./messages/en.ts";

/** Keys whose text is the same in every language (names that are not translated). */
export const SAME_IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(["site.name"]);

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
const forms = (message: Message): string[] =>
  typeof message === "string" ? [message] : Object.values(message).filter((v) => v !== undefined);

export function messageProblems(
  original: Readonly<Record<string, Message>>,
  translation: Readonly<Record<string, Message | undefined>>,
  pluralCategories: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(translation)) {
    if (!Object.hasOwn(original, key))
      problems.push(`${key}: not in the English strings (a typo?)`);
  }
  for (const [key, source] of Object.entries(original)) {
    const text = translation[key];
    if (text === undefined) {
      problems.push(`${key}: missing; translate "${forms(source)[0]}"`);
      continue;
    }
    const wanted = placeholders(forms(source)[0] ?? "").join(",");
    for (const form of forms(text)) {
      if (placeholders(form).join(",") !== wanted) {
        problems.push(`${key}: "${form}" must use exactly the placeholders {${wanted}}`);
      }
      if (/\[[^\]]+\]/.test(forms(source)[0] ?? "") !== /\[[^\]]+\]/.test(form)) {
        problems.push(
          `${key}: "${form}" must mark its link with [square brackets] as the English does`,
        );
      }
      if (!SAME_IN_EVERY_LANGUAGE.has(key) && forms(source).includes(form)) {
        problems.push(`${key}: "${form}" is still the English text`);
      }
    }
    if (typeof source !== "string") {
      if (typeof text === "string") {
        problems.push(`${key}: needs plural forms (${pluralCategories.join(", ")}), not one text`);
      } else {
        const missing = pluralCategories.filter((c) => !Object.hasOwn(text, c));
        if (missing.length > 0)
          problems.push(`${key}: plural forms missing: ${missing.join(", ")}`);
      }
    }
  }
  return problems;
}
