/**
 * Translations of a story (src/content/stories/<slug>/<locale>.mdx) and their English original
 * (index.mdx): whether a translation still follows the original, and whether it cites the same
 * things in the same order. Framework-free: the story checker, the story pages, the
 * new:translation scaffold and the tests share it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** How a translation records the version of the original it follows. */
export const FINGERPRINT_LENGTH = 12;

/**
 * The original's fingerprint: the first 12 hex digits of the SHA-256 of its file. Any change to
 * the English file changes it, so a translation made before the change is reported as possibly
 * out of date until its translator brings it up to date and records the new fingerprint.
 */
export function fingerprint(originalFile: string): string {
  return createHash("sha256").update(originalFile).digest("hex").slice(0, FINGERPRINT_LENGTH);
}

/** The props that tie a component to data or sources: a translation must keep them unchanged. */
const ANCHOR_PROPS: Readonly<Record<string, readonly string[]>> = {
  Cite: ["id"],
  PullQuote: ["source"],
  KeyFigure: ["row", "field", "value", "source"],
  Chart: ["name", "from", "to", "side", "measure", "channel"],
  Callout: ["kind"],
};

/** One component of a story as its data and sources see it, e.g. `<Cite id="ap-2024">`. */
export interface Anchor {
  /** 1-based line in the file. */
  line: number;
  /** `Cite id="..."`: the component and its anchoring props, in a fixed order. */
  text: string;
}

const ELEMENT = /<(Cite|PullQuote|KeyFigure|Chart|Callout)\b((?:[^>"{}]|"[^"]*"|\{[^}]*\})*)>/g;
const PROP = /(\w+)\s*=\s*(?:"([^"]*)"|\{\s*["'`]?([^}"'`]*)["'`]?\s*\})/g;

/** The components of an MDX story that cite or draw data, in reading order. */
export function anchorsOf(mdx: string): Anchor[] {
  const anchors: Anchor[] = [];
  for (const match of mdx.matchAll(ELEMENT)) {
    const name = match[1] ?? "";
    const props = new Map<string, string>();
    for (const prop of (match[2] ?? "").matchAll(PROP)) {
      props.set(prop[1] ?? "", (prop[2] ?? prop[3] ?? "").trim());
    }
    const kept = (ANCHOR_PROPS[name] ?? [])
      .filter((p) => props.has(p))
      .map((p) => `${p}="${props.get(p)}"`);
    const line = mdx.slice(0, match.index).split("\n").length;
    anchors.push({ line, text: [name, ...kept].join(" ") });
  }
  return anchors;
}

/**
 * Where a translation's citations, quotations, key figures and charts differ from the
 * original's: one plain-language problem per difference, naming the translation's line.
 */
export function anchorDifferences(original: string, translation: string): string[] {
  const a = anchorsOf(original);
  const b = anchorsOf(translation);
  const problems: string[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const want = a[i];
    const got = b[i];
    if (want && got && want.text === got.text) continue;
    if (want && got) {
      problems.push(
        `line ${got.line}: the original's component number ${i + 1} (its line ${want.line}) is <${want.text} />, the translation has <${got.text} />. Keep the same citations, quotations, key figures and charts, in the same order and with the same ids.`,
      );
    } else if (want) {
      problems.push(
        `end of file: the translation is missing <${want.text} /> (line ${want.line} of the original) and ${a.length - b.length - 1} more after it. Translate every paragraph, keeping its components.`,
      );
    } else if (got) {
      problems.push(
        `line ${got.line}: <${got.text} /> is not in the original. A translation adds no citations, quotations, key figures or charts.`,
      );
    }
    break;
  }
  return problems;
}

/**
 * The first version of a translation: the original's text under translation frontmatter, as a
 * draft, recording the original's fingerprint and the day it was started.
 */
export function translationTemplate(originalFile: string, today: string): string {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(originalFile);
  const front = match?.[1] ?? "";
  const body = match?.[2] ?? originalFile;
  const field = (name: string): string => {
    const line = new RegExp(`^${name}:\\s*(.*)$`, "m").exec(front);
    return line?.[1]?.trim() ?? '""';
  };
  return [
    "---",
    `# Translate the title, dek and byline; leave "original" as it is (docs/translating.md).`,
    `title: ${field("title")}`,
    `dek: ${field("dek")}`,
    `byline: ${field("byline")}`,
    `translated: ${today}`,
    `original: "${fingerprint(originalFile)}"`,
    "draft: true",
    "---",
    body,
  ].join("\n");
}

/**
 * Paragraphs of a translation still in English: more Latin than Cyrillic letters once tags,
 * props and links are set aside (names of outlets and people in Latin script are fine; a whole
 * sentence is not). Returns the 1-based line of each such paragraph of the body.
 */
export function untranslatedLines(mdx: string): number[] {
  const front = /^---\n[\s\S]*?\n---\n?/.exec(mdx)?.[0] ?? "";
  const offset = front.split("\n").length - 1;
  const lines: number[] = [];
  let line = offset + 1;
  for (const block of mdx.slice(front.length).split(/\n\s*\n/)) {
    const words = block
      .replace(/<[A-Z][\s\S]*?\/>/g, (tag) => props(tag))
      .replace(/<\/?[A-Za-z][^>]*>/g, " ")
      .replace(/\]\([^)]*\)/g, "]");
    const latin = (words.match(/[A-Za-z]/g) ?? []).length;
    const cyrillic = (words.match(/[\u0400-\u04ff]/g) ?? []).length;
    if (latin > 40 && latin > cyrillic) lines.push(line + (block.match(/^\n*/)?.[0].length ?? 0));
    line += block.split("\n").length + 1;
  }
  return lines;
}

/** Of a self-closing component, only the human-language props a translator must translate. */
function props(tag: string): string {
  return [...tag.matchAll(/\b(quote|person|label|caption|title)="([^"]*)"/g)]
    .map((m) => m[2])
    .join(" ");
}

/** A translation file: src/content/stories/<slug>/<locale>.mdx, for a language other than English. */
const TRANSLATION_PATH = /[\\/]src[\\/]content[\\/]stories[\\/]([^\\/]+)[\\/]([a-z]{2,3})\.mdx$/;

export function translationOf(path: string): { slug: string; locale: string } | null {
  const match = TRANSLATION_PATH.exec(path);
  return match?.[1] && match[2] ? { slug: match[1], locale: match[2] } : null;
}

/**
 * What the story checker adds for a translation: citations, quotations, key figures and charts
 * that differ from the original's (when it records the original's current fingerprint), and
 * paragraphs left in English (once it is no longer a draft). `readOriginal` returns the English index.mdx next to it, or null if there is none.
 */
export function translationProblems(
  path: string,
  raw: string,
  readOriginal: (path: string) => string | null,
): { line: number; column: number; message: string }[] {
  const of = translationOf(path);
  if (!of) return [];
  const originalPath = path.replace(/[a-z]{2,3}\.mdx$/, "index.mdx");
  const original = readOriginal(originalPath);
  if (original === null) {
    return [
      {
        line: 1,
        column: 1,
        message: `There is no English story "${of.slug}" (index.mdx) next to this translation. A translation lives in the folder of the story it translates.`,
      },
    ];
  }
  // A translation that follows an older English version is shown with an out-of-date warning
  // (computed by the story page) and not held to the new version's citations: a correction to
  // the English must never wait for its translations. One that records the current version must
  // cite exactly what it cites.
  const front = /^---\n([\s\S]*?)\n---/.exec(raw)?.[1] ?? "";
  const follows = /^original:\s*["']?([0-9a-f]+)["']?\s*$/m.exec(front)?.[1];
  const current = follows === fingerprint(original);
  const problems = (current ? anchorDifferences(original, raw) : []).map((message) => {
    const line = /^line (\d+): /.exec(message);
    return {
      line: line ? Number(line[1]) : raw.split("\n").length,
      column: 1,
      message: message.replace(/^(line \d+|end of file): /, ""),
    };
  });
  const draft = /^draft:\s*true\s*$/m.test(front);
  if (!draft) {
    for (const line of untranslatedLines(raw)) {
      problems.push({
        line,
        column: 1,
        message:
          "This paragraph is still in English. Translate it (names of people and outlets may stay in Latin letters), or keep draft: true until the translation is finished.",
      });
    }
  }
  return problems;
}

/**
 * Whether a translation that records `recorded` still follows its English original,
 * src/content/stories/<slug>/index.mdx under `root`: false once the original has changed (or is
 * gone), which the story page shows as "may be out of date".
 */
export function followsOriginal(slug: string, recorded: string, root = "."): boolean {
  const file = join(root, "src", "content", "stories", slug, "index.mdx");
  return existsSync(file) && fingerprint(readFileSync(file, "utf8")) === recorded;
}
