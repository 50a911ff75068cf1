// npm run new:story -- "Title of the story"
// Creates src/content/stories/<slug>/index.mdx with valid frontmatter (draft: true) and one
// example of each component, then tells the editor what to do next. Never overwrites.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
const dir = join("src", "content", "stories", slug);
const file = join(dir, "index.mdx");
if (existsSync(dir)) {
  console.error(`${file} already exists. Choose another title, or edit that story.`);
  process.exit(1);
}

const sources = load("sources");
const source = sources.find((s) => s.seed_file) ?? sources[0];
const total = load("totals")[0];
if (!source) {
  console.error("data/sources.csv has no sources yet; a story needs at least one.");
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
mkdirSync(dir, { recursive: true });
writeFileSync(
  file,
  storyTemplate({
    title,
    today,
    sourceId: source.id,
    total: total ? { id: total.id, sourceId: total.source_id } : null,
  }),
  {
    flag: "wx",
  },
);
console.log(`Created ${file}
Next:
  1. npm run dev, then open http://localhost:4321/stories/${slug}/
  2. Replace the example text and components (docs/editors.md explains each one).
  3. When it is ready, set draft: false.`);
