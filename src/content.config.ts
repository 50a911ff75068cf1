/**
 * Content collections. Stories are MDX, one folder each (src/content/stories/<slug>/index.mdx),
 * with their translations beside them (<slug>/uk.mdx, <slug>/ru.mdx); the site's prose pages
 * are MDX per language (src/content/pages/<page>/<locale>.mdx); corrections are short Markdown
 * notes. The rules for their frontmatter live in
 * src/lib/stories/frontmatter.ts (framework-free, every field documented, every message a fix).
 *
 * Each file is checked here as it is loaded, by `checked()` below: frontmatter and MDX syntax
 * problems become house-style lines naming the file, line and column
 * (src/lib/stories/story-errors.ts). A build stops on them. `npm run dev` keeps serving, and
 * every page shows the problem in the browser until the file is fixed (src/middleware.ts).
 */
import { defineCollection } from "astro:content";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { z } from "astro/zod";
import {
  correctionSchema,
  storySchema,
  type Checker,
  type CorrectionFrontmatter,
  type StoryFrontmatter,
} from "./lib/stories/frontmatter";
import { knownSourceIds } from "./lib/stories/sources";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkStoryFile, frontmatterSyntaxError, setStoryError } from "./lib/stories/story-errors";
import { parseDay } from "./lib/stories/frontmatter";
import { DEFAULT_LOCALE, LOCALES } from "./lib/i18n/locales";
import { FINGERPRINT_LENGTH } from "./lib/stories/translation";

/**
 * A loader that does not warn when its folder holds no files yet (a project with no
 * translations or no prose pages is normal): Astro's glob loader warns on every build otherwise.
 */
function quietWhenEmpty(loader: Loader): Loader {
  return {
    name: `quiet-${loader.name}`,
    load: async (context: LoaderContext) => {
      await loader.load({ ...context, logger: quietLogger(context.logger) });
      registerIfEmpty(context);
    },
  };
}

/**
 * getCollection() warns on every call for a collection the store has never seen. An empty
 * folder is normal here: register the collection, with no entries.
 */
function registerIfEmpty(context: LoaderContext): void {
  if (context.store.keys().length > 0) return;
  context.store.set({ id: "(none)", data: {} });
  context.store.delete("(none)");
}

/** The loader's logger without the "no files found" warning. */
function quietLogger(logger: LoaderContext["logger"]): LoaderContext["logger"] {
  return new Proxy(logger, {
    get(target, key, receiver) {
      if (key === "warn")
        return (message: string) => {
          if (!/^No files found matching|does not exist/.test(message)) target.warn(message);
        };
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** What an entry type (.mdx, .md) does with a file: reads its frontmatter and body. */
interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

/** `draft: true` on a line of its own, as an editor writes it. */
const DRAFT_LINE = /^draft:\s*true\s*(#.*)?$/m;
/** The text between the first two --- lines (all of `raw` if there are none). */
const frontmatterText = (raw: string): string =>
  /^\uFEFF?---\r?\n([\s\S]*?)^---/m.exec(raw)?.[1] ?? raw;

/** The data of a file whose frontmatter cannot be read (dev only): never checked or stored. */
const UNREADABLE = Symbol.for("captivity-ledger.unreadable-frontmatter");
const unreadable = (data: unknown): boolean =>
  typeof data === "object" && data !== null && UNREADABLE in data;

/**
 * Wraps a glob loader so a frontmatter that cannot be read at all (an unclosed quote, a tab, a
 * line with no colon, a field written twice) is reported like every other story error: with the
 * file, line, column and a fix (src/lib/stories/yaml-errors.ts). Astro reads the frontmatter in
 * the entry type's getEntryInfo (@astrojs/mdx, and Astro's own for .md), before `parseData`;
 * its error there names a line counted from inside the frontmatter, with no fix. A build stops
 * on the error. `npm run dev` records it for every page to show (src/middleware.ts) and keeps
 * the last good entry in the store (the loader goes on, so it still watches the file); the
 * error clears as soon as the file reads again.
 * `skipDrafts` (as in `checked` below): in a production build, a file whose frontmatter has the
 * line `draft: true` is left out even when the rest cannot be read, like any broken draft.
 */
function readable(loader: Loader, options: { skipDrafts?: boolean } = {}): Loader {
  return {
    name: loader.name,
    load: async (context: LoaderContext) => {
      const dev = context.watcher !== undefined;
      const skipDrafts =
        options.skipDrafts === true && !dev && process.env["CAPTIVITY_CHECK_DRAFTS"] !== "1";
      const root = fileURLToPath(context.config.root);
      // Astro hands every loader its entry types (glob.js reads context.entryTypes), but the
      // public LoaderContext type does not list them.
      const given = (context as LoaderContext & { entryTypes?: Map<string, EntryType> }).entryTypes;
      if (!given) throw new Error("Astro no longer gives loaders entryTypes: see readable().");
      const entryTypes = new Map(
        [...given].map(([extension, type]) => [
          extension,
          {
            ...type,
            getEntryInfo: async (params: { fileUrl: URL; contents: string }) => {
              const file = fileURLToPath(params.fileUrl);
              try {
                const info = await type.getEntryInfo(params);
                setStoryError(file, null, "read");
                return info;
              } catch (thrown) {
                const error = frontmatterSyntaxError(file, params.contents, thrown, { root });
                if (!error) throw thrown;
                if (skipDrafts && DRAFT_LINE.test(frontmatterText(params.contents))) {
                  context.logger.info(
                    `${relative(root, file).split("\\").join("/")}: a draft, left out of this build.`,
                  );
                  return { data: { [UNREADABLE]: true }, rawData: "", body: "", slug: "" };
                }
                if (!dev) throw error;
                setStoryError(file, error, "read");
                context.logger.error(error.message);
                return { data: { [UNREADABLE]: true }, rawData: "", body: "", slug: "" };
              }
            },
          },
        ]),
      );
      const store = new Proxy(context.store, {
        get(target, key, receiver) {
          if (key === "set")
            return (entry: Parameters<typeof target.set>[0]) =>
              unreadable(entry.data) ? false : target.set(entry);
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
      await loader.load({
        ...context,
        ...{ entryTypes },
        store,
        parseData: async (props) =>
          unreadable(props.data) ? props.data : context.parseData(props),
      });
    },
  };
}

/** A glob alternative of file names: "{uk,ru}.mdx", or "uk.mdx" for one name. */
const anyOf = (names: readonly string[]): string =>
  names.length === 1 ? `${names[0]}.mdx` : `{${names.join(",")}}.mdx`;

/**
 * Wraps a glob loader so each entry goes through `checker` with its file, line and column.
 * `quietWhenEmpty`: an empty or absent folder is normal (no corrections yet), not a warning.
 * `skipDrafts`: a production build leaves drafts out of the collection altogether, so they are
 * never compiled and a broken draft cannot stop other stories from being published. Set
 * CAPTIVITY_CHECK_DRAFTS=1 (npm run check:story does) to build and check drafts too.
 */
function checked<T>(
  loader: Loader,
  checker: Checker<T>,
  options: { mdx: boolean; quietWhenEmpty?: boolean; skipDrafts?: boolean },
): Loader {
  return {
    name: `checked-${loader.name}`,
    load: async (context: LoaderContext) => {
      const dev = context.watcher !== undefined;
      const skipDrafts =
        options.skipDrafts === true && !dev && process.env["CAPTIVITY_CHECK_DRAFTS"] !== "1";
      const isDraft = (data: unknown) =>
        typeof data === "object" && data !== null && (data as { draft?: unknown }).draft === true;
      const store = skipDrafts
        ? new Proxy(context.store, {
            get(target, key, receiver) {
              if (key === "set")
                return (entry: Parameters<typeof target.set>[0]) => {
                  if (isDraft(entry.data)) {
                    context.logger.info(
                      `${entry.filePath ?? entry.id}: a draft, left out of this build.`,
                    );
                    // Astro's content cache may still hold it from a build where it was not
                    // a draft: drop that copy too.
                    target.delete(entry.id);
                    return false;
                  }
                  return target.set(entry);
                };
              const value: unknown = Reflect.get(target, key, receiver);
              return typeof value === "function" ? value.bind(target) : value;
            },
          })
        : context.store;
      const logger = options.quietWhenEmpty ? quietLogger(context.logger) : context.logger;
      await loader.load({
        ...context,
        logger,
        store,
        parseData: async (props) => {
          const file = props.filePath;
          if (!file) return context.parseData(props);
          // A draft left out of this build is not checked either (it is not compiled).
          if (skipDrafts && isDraft(props.data)) return props.data;
          const result = checkStoryFile(file, props.data, checker, { mdx: options.mdx });
          // The build stops here; the dev server records it and shows it on every page.
          if (!dev && result.error) throw result.error;
          setStoryError(file, result.error);
          if (result.error) context.logger.error(result.error.message);
          return context.parseData({ ...props, data: result.data as unknown as typeof props.data });
        },
      });
      // An unchanged file is not loaded again: a draft kept in Astro's content cache from an
      // earlier build (npm run check:story keeps drafts) is dropped here.
      if (skipDrafts) {
        for (const entry of context.store.values())
          if (isDraft(entry.data)) context.store.delete(entry.id);
      }
      if (options.quietWhenEmpty) registerIfEmpty(context);
    },
  };
}

const stories = defineCollection({
  // The folder name is the slug: src/content/stories/calls-home/index.mdx -> /stories/calls-home/
  loader: checked(
    readable(
      glob({
        pattern: "*/index.mdx",
        base: "./src/content/stories",
        generateId: ({ entry }) => entry.split("/")[0] ?? entry,
      }),
      { skipDrafts: true },
    ),
    storySchema(knownSourceIds),
    { mdx: true, skipDrafts: true },
  ),
  // Already checked by the loader: the schema only gives pages the type.
  schema: z.custom<StoryFrontmatter>(),
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
  loader: quietWhenEmpty(
    readable(
      glob({
        pattern: `*/${anyOf(LOCALES.filter((l) => l !== DEFAULT_LOCALE))}`,
        base: "./src/content/stories",
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
      }),
    ),
  ),
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
          "original is missing. Copy it from the scaffold (npm run new:translation), or write the fingerprint docs/translating.md explains how to get.",
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
  loader: quietWhenEmpty(
    readable(
      glob({
        pattern: `*/${anyOf(LOCALES)}`,
        base: "./src/content/pages",
        generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
      }),
    ),
  ),
  schema: z.object({
    title: text("title", '"About"'),
    description: text("description", '"One or two sentences for search engines."'),
    /** The h1, when it differs from the title (which the browser tab shows). */
    heading: z.string().optional(),
    dek: z.string().optional(),
  }),
});

const corrections = defineCollection({
  loader: checked(
    readable(glob({ pattern: "*.md", base: "./src/content/corrections" })),
    correctionSchema,
    {
      mdx: false,
      quietWhenEmpty: true,
    },
  ),
  schema: z.custom<CorrectionFrontmatter>(),
});

export const collections = { stories, translations, pages, corrections };
