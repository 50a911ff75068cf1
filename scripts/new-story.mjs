// npm run new:story -- "Title of the story"
// Creates src/content/stories/<slug>/index.mdx with valid frontmatter (draft: true) and one
// example of each component, then tells the editor what to do next. Never overwrites.
// The file is formatted by Prettier with the project's settings, so `npm run check` passes on
// it untouched. CAPTIVITY_STORIES_DIR writes elsewhere (tests scaffold into a temporary folder).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { load } from "../src/lib/data/index.ts";
import { slugify } from "../src/lib/stories/slug.ts";
import { storyTemplate } from "../src/lib/stories/template.ts";

const title = process.argv.slice(2).join(" ").trim();
if (!title) {
  console.error('Give the story a title: npm run new:story -- "Title of the story"');
  process.exit(1);
}
const slug = slugify(title);
if (!slug) {
  console.error(
    `Could not make an address from "${title}". Use a title with some letters or digits.`,
  );
  process.exit(1);
}
const storiesDir = process.env["CAPTIVITY_STORIES_DIR"] ?? join("src", "content", "stories");
const dir = join(storiesDir, slug);
const file = join(dir, "index.mdx");
if (existsSync(dir)) {
  console.error(`${file} already exists. Choose another title, or edit that story.`);
  process.exit(1);
}

const total = load("totals")[0];
const today = new Date().toISOString().slice(0, 10);
const text = storyTemplate({
  title,
  today,
  total: total ? { id: total.id, sourceId: total.source_id } : null,
});
// The project's Prettier settings, as `npm run check` applies them to this path.
const config =
  (await prettier.resolveConfig(join("src", "content", "stories", slug, "index.mdx"))) ?? {};
const formatted = await prettier.format(text, { ...config, filepath: file });
mkdirSync(dir, { recursive: true });
writeFileSync(file, formatted, { flag: "wx" });
console.log(`Created ${file}
Next:
  1. npm run dev, then open http://localhost:4321/stories/${slug}/
  2. Replace the example text and components (docs/editors.md explains each one), and the
     stand-in source id "example-source" with real ids from data/sources.csv.
  3. When it is ready, set draft: false and run: npm run check:story -- ${slug}`);
