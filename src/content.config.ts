/**
 * Content collections. Stories are MDX, one folder each (src/content/stories/<slug>/index.mdx),
 * with their translations beside them (<slug>/uk.mdx, <slug>/ru.mdx); the site's prose pages
 * are MDX per language (src/content/pages/<page>/<locale>.mdx); corrections are short Markdown
 * notes. Story schemas live in src/lib/stories/frontmatter.ts, where each field is documented
 * and every error message says how to fix it.
 */
import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { glob } from "astro/loaders";
import { correctionSchema, parseDay, storySchema } from "./lib/stories/frontmatter";
import { knownSourceIds } from "./lib/stories/sources";
import { DEFAULT_LOCALE, LOCALES } from "./lib/i18n/locales";
import { FINGERPRINT_LENGTH } from "./lib/stories/translation";

/** A glob alternative of file names: "{uk,ru}.mdx", or "uk.mdx" for one name. */
const anyOf = (names: readonly string[]): string =>
  names.length === 1 ? `${names[0]}.mdx` : `{${names.join(",")}}.mdx`;

const stories = defineCollection({
  // The folder name is the slug: src/content/stories/calls-home/index.mdx -> /stories/calls-home/
  loader: glob({
    pattern: "*/index.mdx",
    base: "./src/content/stories",
    generateId: ({ entry }) => entry.split("/")[0] ?? entry,
  }),
  schema: storySchema(knownSourceIds),
});

const text = (field: string, example: string) =>
  z
    .string({ error: `${field} is missing or not text. Add a line such as: ${field}: ${example}` })
    .trim()
    .min(1, { error: `${field} is empty. Add a line such as: ${field}: ${example}` });

/**
 * A translation: src/content/stories/<slug>/<locale>.mdx, id "<slug>/<locale>". Topics, sources
 * and dates come from the original; the translation gives its own words and the fingerprint of
 * the original it follows (docs/translating.md).
 */
const translations = defineCollection({
  loader: glob({
    pattern: `*/${anyOf(LOCALES.filter((l) => l !== DEFAULT_LOCALE))}`,
    base: "./src/content/stories",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z.object({
    title: text("title", '"Дзвінки додому"'),
    dek: text("dek", '"One or two sentences, translated."'),
    byline: text("byline", '"Редакція Captivity Ledger"'),
    /** The day the translation was made or last brought up to date with the original. */
    translated: z.union([z.date(), z.string()]).transform((value, ctx) => {
      const date = value instanceof Date ? value : parseDay(value.trim());
      if (date === null || Number.isNaN(date.getTime())) {
        ctx.addIssue({
          code: "custom",
          message: `translated "${String(value)}" is not a date. Write translated: 2026-12-01 (year-month-day).`,
        });
        return z.NEVER;
      }
      return date;
    }),
    /** The first 12 hex digits of the SHA-256 of the English index.mdx it follows. */
    original: z
      .string({
        error:
          'original is missing. Copy it from the scaffold (npm run new:translation), or write the fingerprint docs/translating.md explains how to get.',
      })
      .regex(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`), {
        error: `original must be the ${FINGERPRINT_LENGTH} hex digits of the English file's fingerprint (docs/translating.md).`,
      }),
    /** Shown before the text when the original has one: the original's content note, translated. */
    contentNote: text("contentNote", "one translated sentence").optional(),
    draft: z.boolean({ error: "draft must be true or false (no quotes)." }).default(false),
  }),
});

/** The prose of the about, methodology and standards pages, one MDX file per language. */
const pages = defineCollection({
  loader: glob({
    pattern: `*/${anyOf(LOCALES)}`,
    base: "./src/content/pages",
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z.object({
    title: text("title", '"About"'),
    description: text("description", '"One or two sentences for search engines."'),
    /** The h1, when it differs from the title (which the browser tab shows). */
    heading: z.string().optional(),
    dek: z.string().optional(),
  }),
});

const corrections = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/corrections" }),
  schema: correctionSchema,
});

export const collections = { stories, translations, pages, corrections };
