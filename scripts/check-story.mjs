// npm run check:story -- <slug>
// The one command an editor runs before handing a story in. It runs what CI runs on a story:
//   1. Prettier on the story's folder (CI's `npm run check` fails on formatting);
//   2. the frontmatter and syntax checks, the story checker and the data checks, through a full
//      production build (`npm run build`, which runs `npm run check:data` first), with drafts
//      checked too (CAPTIVITY_CHECK_DRAFTS=1; an ordinary build leaves drafts out unchecked;
//      either way a draft's page is not published);
//   3. the checks CI runs on the built pages (`vitest run tests/build`: links, HTML, language,
//      sources), so "Ready to hand in" means CI will pass too. The browser tests (axe, console)
//      are not run here: they need Chromium and sample pages; CI runs them.
// It stops at the first step that fails and says what to do. Without a slug it checks every
// story folder that git sees as new or changed.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HAND_IN_ENV } from "./lib/hand-in.mjs";

const STORIES = join("src", "content", "stories");

function run(title, command, args, env = {}) {
  console.log(`\n== ${title}: ${[command, ...args].join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/** Story folders git sees as added or modified (committed on this branch or not). */
function changedStories() {
  const out = spawnSync("git", ["status", "--porcelain", "--untracked-files=all", "--", STORIES], {
    encoding: "utf8",
  });
  const slugs = new Set();
  for (const line of (out.stdout ?? "").split("\n")) {
    const m = /src\/content\/stories\/([^/]+)\//.exec(line);
    if (m?.[1]) slugs.add(m[1]);
  }
  return [...slugs];
}

const given = process.argv.slice(2).filter((a) => a.trim() !== "");
const slugs = given.length > 0 ? given : changedStories();
if (slugs.length === 0) {
  console.error(
    "Which story? Run: npm run check:story -- <slug> (the folder name in src/content/stories/).",
  );
  process.exit(1);
}
for (const slug of slugs) {
  const file = join(STORIES, slug, "index.mdx");
  if (!existsSync(file)) {
    console.error(
      `${file} does not exist. Give the story's folder name, e.g. npm run check:story -- calls-home.`,
    );
    process.exit(1);
  }
}

const folders = slugs.map((slug) => join(STORIES, slug));
if (!run("Formatting", join("node_modules", ".bin", "prettier"), ["--check", ...folders])) {
  console.error(
    `\nFormatting: the files listed above are not formatted the project's way, and CI would fail.\nFix it with: npx prettier --write ${folders.join(" ")}\nthen look at the change (git diff) and run this command again.`,
  );
  process.exit(1);
}
if (!run("Data, stories and build (drafts included)", "npm", ["run", "build"], HAND_IN_ENV)) {
  console.error(
    '\nThe build failed: the lines above name the file, line and column and say what to do (docs/editors.md, "Error messages").',
  );
  process.exit(1);
}
if (
  !run("The built pages, as CI checks them", join("node_modules", ".bin", "vitest"), [
    "run",
    "tests/build",
  ])
) {
  console.error(
    '\nA check of the built pages failed: the test names above give the page (e.g. stories/<slug>/index.html) and what was expected. docs/editors.md, "Before you hand in", explains the common ones; ask a developer if it is not clear.',
  );
  process.exit(1);
}

const drafts = slugs.filter((slug) =>
  /^draft:\s*true\s*$/m.test(readFileSync(join(STORIES, slug, "index.mdx"), "utf8")),
);
const lock = spawnSync("git", ["status", "--porcelain", "--", "package-lock.json"], {
  encoding: "utf8",
});
console.log(`\nReady to hand in: ${slugs.join(", ")} passed every check CI runs on a story.`);
if (drafts.length > 0)
  console.log(
    `Still a draft (it will not be published until you set draft: false): ${drafts.join(", ")}.`,
  );
if ((lock.stdout ?? "").trim() !== "")
  console.log(
    "package-lock.json has changed on this machine: do not commit it (git restore package-lock.json).",
  );
