/**
 * Content collections. Stories are MDX, one folder each (src/content/stories/<slug>/index.mdx);
 * corrections are short Markdown notes. Schemas live in src/lib/stories/frontmatter.ts, where
 * each field is documented and every error message says how to fix it.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { correctionSchema, storySchema } from "./lib/stories/frontmatter";
import { knownSourceIds } from "./lib/stories/sources";

const stories = defineCollection({
  // The folder name is the slug: src/content/stories/calls-home/index.mdx -> /stories/calls-home/
  loader: glob({
    pattern: "*/index.mdx",
    base: "./src/content/stories",
    generateId: ({ entry }) => entry.split("/")[0] ?? entry,
  }),
  schema: storySchema(knownSourceIds),
});

const corrections = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/corrections" }),
  schema: correctionSchema,
});

export const collections = { stories, corrections };
