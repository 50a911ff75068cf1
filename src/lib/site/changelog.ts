/**
 * data/CHANGELOG.md -> dated entries for the data pages. The text comes from the data reader
 * (`loadPackage().changelogText`), the only module that reads data/.
 */
import { loadPackage } from "../data";

export interface ChangelogEntry {
  version: string;
  date: string;
  /** Body blocks: paragraphs and bullet lists, as plain text with `code` spans left in. */
  blocks: ({ kind: "p"; text: string } | { kind: "ul"; items: string[] })[];
}

/** Parses `## <version> - <date>` sections; anything before the first section is ignored. */
export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | null = null;
  let paragraph: string[] = [];
  const flush = (): void => {
    if (current && paragraph.length) current.blocks.push({ kind: "p", text: paragraph.join(" ") });
    paragraph = [];
  };
  for (const raw of markdown.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.trimEnd();
    const heading = /^##\s+\[?([^\]\s]+)\]?\s+[-–—]\s+(\S+)/.exec(line);
    if (heading?.[1] && heading[2]) {
      flush();
      current = { version: heading[1], date: heading[2], blocks: [] };
      entries.push(current);
      continue;
    }
    if (!current) continue;
    const item = /^\s*[-*]\s+(.*)$/.exec(line);
    if (item?.[1] !== undefined) {
      flush();
      const last = current.blocks.at(-1);
      if (last?.kind === "ul") last.items.push(item[1]);
      else current.blocks.push({ kind: "ul", items: [item[1]] });
    } else if (line.trim() === "") {
      flush();
    } else if (
      /^\s{2,}\S/.test(line) &&
      current.blocks.at(-1)?.kind === "ul" &&
      paragraph.length === 0
    ) {
      const list = current.blocks.at(-1) as { kind: "ul"; items: string[] };
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else if (!/^#/.test(line)) {
      paragraph.push(line.trim());
    }
  }
  flush();
  return entries;
}

/** Splits text on `code` spans so a template can render them as <code> without set:html. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((part) => part !== "")
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1
        ? { code: true, text: part.slice(1, -1) }
        : { code: false, text: part.replace(/\*\*([^*]+)\*\*/g, "$1") },
    );
}

export function readChangelog(): ChangelogEntry[] {
  return parseChangelog(loadPackage().changelogText);
}
