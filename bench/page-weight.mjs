// npm run bench:weight [-- --dist <dir>]
// Page weight of the built site: for every page, the bytes of HTML, CSS (stylesheet files it
// links plus <style> outside SVG), inline SVG and JS (script files plus inline scripts; JSON-LD
// is data, not JS), raw and gzipped (level 6, what static hosts typically send). Story pages
// (/stories/<slug>/) are held to two goals: 0 bytes of JS, and HTML + CSS transfer (gzip)
// under 60 KB. Writes bench/tmp/page-weight.{md,json}; exits 1 when a story page misses a goal.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const distArg = args.indexOf("--dist");
const DIST = resolve(distArg >= 0 ? args[distArg + 1] : "dist");
const GOAL_TRANSFER = 60 * 1024;

if (!existsSync(join(DIST, "index.html"))) {
  console.error(`${DIST}/index.html is missing: build the site first (npm run build).`);
  process.exit(1);
}

const gz = (buf) => gzipSync(buf, { level: 6 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)}`;

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...htmlFiles(full));
    else if (name.endsWith(".html")) out.push(full);
  }
  return out;
}

const fileCache = new Map();
function localFile(ref, pageDir) {
  if (/^[a-z]+:/i.test(ref) || ref.startsWith("//")) return null;
  const clean = ref.split(/[?#]/)[0];
  const full = clean.startsWith("/") ? join(DIST, clean) : join(pageDir, clean);
  if (!fileCache.has(full)) fileCache.set(full, existsSync(full) ? readFileSync(full) : null);
  return fileCache.get(full);
}

const attr = (tag, name) =>
  tag
    .match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i"))
    ?.slice(1)
    .find((v) => v !== undefined);

function measure(file) {
  const html = readFileSync(file);
  const text = html.toString("utf8");
  const pageDir = join(file, "..");
  const svgs = text.match(/<svg[\s>][\s\S]*?<\/svg>/gi) ?? [];
  const outsideSvg = text.replace(/<svg[\s>][\s\S]*?<\/svg>/gi, "");

  const cssParts = [];
  for (const tag of outsideSvg.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?[^"'>]*stylesheet/i.test(tag)) continue;
    const buf = localFile(attr(tag, "href") ?? "", pageDir);
    if (buf) cssParts.push({ external: true, buf });
  }
  for (const m of outsideSvg.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    cssParts.push({ external: false, buf: Buffer.from(m[1]) });

  const jsParts = [];
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(`<x ${m[1]}>`, "type") ?? "";
    if (/json/i.test(type)) continue;
    const src = attr(`<x ${m[1]}>`, "src");
    if (src) {
      const buf = localFile(src, pageDir);
      if (buf) jsParts.push({ external: true, buf });
    } else if (m[2].trim()) jsParts.push({ external: false, buf: Buffer.from(m[2]) });
  }

  const sum = (parts) => parts.reduce((n, p) => n + p.buf.length, 0);
  const sumGz = (parts) => parts.reduce((n, p) => n + gz(p.buf), 0);
  const svgBuf = Buffer.from(svgs.join(""));
  const htmlGz = gz(html);
  const cssExternal = cssParts.filter((p) => p.external);
  return {
    path: `/${relative(DIST, file).split(sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1"),
    html: html.length,
    htmlGz,
    css: sum(cssParts),
    cssGz: sumGz(cssParts),
    svg: svgBuf.length,
    svgGz: svgs.length ? gz(svgBuf) : 0,
    svgCount: svgs.length,
    js: sum(jsParts),
    jsGz: sumGz(jsParts),
    // What a first visit downloads for the page to read: the HTML (with its inline SVG and
    // styles) and the stylesheet files, gzipped. Scripts counted separately.
    transfer: htmlGz + sumGz(cssExternal),
  };
}

const pages = htmlFiles(DIST)
  .map(measure)
  .sort((a, b) => b.transfer - a.transfer);
// Story pages in every language (/stories/<slug>/, /uk/stories/<slug>/, ...).
const stories = pages.filter((p) => /^\/(?:[a-z]{2,3}\/)?stories\/[^/]+\/$/.test(p.path));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : 0;
};
const total = (key) => pages.reduce((n, p) => n + p[key], 0);

const row = (p) =>
  `| ${p.path} | ${kb(p.html)} / ${kb(p.htmlGz)} | ${kb(p.css)} / ${kb(p.cssGz)} | ${kb(p.svg)} / ${kb(p.svgGz)} (${p.svgCount}) | ${kb(p.js)} / ${kb(p.jsGz)} | **${kb(p.transfer)}** |`;
const header = [
  "| page | HTML raw / gz | CSS raw / gz | inline SVG raw / gz (count) | JS raw / gz | transfer HTML+CSS gz |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
];
const storyJsMax = Math.max(0, ...stories.map((p) => p.js));
const storyTransferMax = Math.max(0, ...stories.map((p) => p.transfer));
const storyFailures = stories.filter((p) => p.js > 0 || p.transfer >= GOAL_TRANSFER);

const md = [
  `### Page weight`,
  "",
  `Built site: \`${relative(process.cwd(), DIST).startsWith("..") ? DIST : relative(process.cwd(), DIST) || "."}\`, ${pages.length} pages (${stories.length} story pages). All sizes in KB (1 KB = 1,024 bytes); gzip level 6.`,
  "",
  `- Whole site, all pages: HTML ${kb(total("html"))} KB raw / ${kb(total("htmlGz"))} KB gz; inline SVG ${kb(total("svg"))} KB raw; JS referenced by pages ${kb(total("js"))} KB raw.`,
  stories.length
    ? `- Story pages: JS required per page max **${storyJsMax} bytes** (goal 0); transfer (HTML + CSS, gz) median **${kb(median(stories.map((p) => p.transfer)))} KB**, max **${kb(storyTransferMax)} KB** (goal < 60 KB): ${storyFailures.length ? `**${storyFailures.length} story page(s) miss a goal**: ${storyFailures.map((p) => p.path).join(", ")}` : "every story page meets both goals"}.`
    : "- No story pages (/stories/<slug>/, /<language>/stories/<slug>/) built yet: the story goals were not measured.",
  "",
  "Largest pages by transfer (up to 15):",
  "",
  ...header,
  ...pages.slice(0, 15).map(row),
  "",
  ...(stories.length ? ["Every story page:", "", ...header, ...stories.map(row), ""] : []),
  "The search page also loads Pagefind's script, WebAssembly and index files after the reader types; they are not counted above (they are not referenced in its HTML).",
  "",
].join("\n");

mkdirSync("bench/tmp", { recursive: true });
writeFileSync("bench/tmp/page-weight.md", md);
writeFileSync(
  "bench/tmp/page-weight.json",
  JSON.stringify(
    {
      dist: DIST,
      pages,
      storyJsMax,
      storyTransferMax,
      storyFailures: storyFailures.map((p) => p.path),
    },
    null,
    2,
  ),
);
console.log(md);
process.exit(storyFailures.length ? 1 : 0);
