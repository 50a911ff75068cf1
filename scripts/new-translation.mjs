// npm run new:translation -- <slug> <language>
// Creates src/content/stories/<slug>/<language>.mdx: a draft translation that starts as a copy of
// the English story, with the original's fingerprint recorded, so that every citation, quotation,
// key figure and chart is already in place; the translator replaces the words around them.
// Never overwrites. docs/translating.md walks through the rest.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEFAULT_LOCALE, LOCALES, LOCALE_CONFIG } from "../src/lib/i18n/locales.ts";
import { translationTemplate } from "../src/lib/stories/translation.ts";

const [slug, locale] = process.argv.slice(2);
const others = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
if (!slug || !locale) {
  console.error(
    `Give the story and the language: npm run new:translation -- calls-home ${others[0]}`,
  );
  process.exit(1);
}
if (!others.includes(locale)) {
  console.error(
    `"${locale}" is not a language of the site. Use one of: ${others.join(", ")} (see src/lib/i18n/locales.ts).`,
  );
  process.exit(1);
}
const dir = join("src", "content", "stories", slug);
const originalFile = join(dir, "index.mdx");
if (!existsSync(originalFile)) {
  console.error(
    `There is no story "${slug}" (${originalFile} does not exist). The slug is the story's folder name in src/content/stories/.`,
  );
  process.exit(1);
}
const file = join(dir, `${locale}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists: edit it instead.`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
writeFileSync(file, translationTemplate(readFileSync(originalFile, "utf8"), today), { flag: "wx" });
console.log(`Created ${file} (${LOCALE_CONFIG[locale].name}), a draft copy of the English story.
Next:
  1. npm run dev, then open http://localhost:4321/${locale}/stories/${slug}/
  2. Translate the title, the standfirst and every paragraph. Keep every <Cite />, <PullQuote />,
     <KeyFigure /> and <Chart /> where it is, with the same ids.
  3. When it is ready, set draft: false. docs/translating.md explains the rest.`);
