/**
 * The story checker: an mdast plugin for Astro 7's Markdown processor (Sätteri), the successor
 * of a remark plugin. For every story it
 * - checks each component and its props against the vocabulary (vocabulary.ts), the chart
 *   registry and data/sources.csv through the data reader;
 * - rejects code in a story (import/export lines, {expressions} other than comments);
 * - rejects impossible dates in the frontmatter (YAML turns 2026-02-30 into 2 March silently);
 * - numbers citations in order of first citation: each <Cite>, <KeyFigure> and <PullQuote> gets
 *   a prop n="1", n="2"..., and the ordered list of cited ids is added to the frontmatter as
 *   `citations` (read by the Story layout through render()'s remarkPluginFrontmatter);
 * - lists the story's charts (name and filters of each valid <Chart>) in the frontmatter as
 *   `charts`, so the site writes one CSV download per chart slice (src/pages/charts/data/).
 * Problems are collected and thrown together as one Error whose every line starts with
 * `src/content/stories/<slug>/index.mdx:LINE:COL`.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineMdastPlugin, type MdastPluginEntry } from "satteri";
import { load } from "../data";
import { parseDay } from "./frontmatter";
import { formatProblems, type StoryProblem } from "./problems";
import { fieldPosition } from "./story-errors";
import { scaffoldTextLeft } from "./template";
import type { ChartUse } from "../charts/registry";
import { checkComponent, type CheckContext, type PropValue } from "./vocabulary";
import { translationProblems } from "./translation";

export { formatProblems, type StoryProblem } from "./problems";

export interface StoryCheckerOptions {
  /** Ids of data/sources.csv; defaults to the data reader. */
  knownSourceIds?: () => ReadonlySet<string>;
  /** Reads the raw file (for frontmatter date lines); defaults to the file system. */
  readSource?: (path: string) => string | null;
  /** Project root that file names are shown relative to; defaults to the working directory. */
  root?: string;
}

/** Components that are blocks: they must stand on their own line, not inside a sentence. */
const BLOCK_COMPONENTS: ReadonlySet<string> = new Set([
  "Chart",
  "KeyFigure",
  "PullQuote",
  "Callout",
]);

/** The few HTML tags Markdown cannot express; any other tag (script, iframe, img...) is refused. */
const ALLOWED_HTML: ReadonlySet<string> = new Set([
  "abbr",
  "br",
  "sub",
  "sup",
  "small",
  "span",
  "time",
]);

/** Files the checker applies to. Other MDX (none today) is left alone. */
const STORY_PATH = /[\\/]src[\\/]content[\\/]stories[\\/]/;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxNode {
  name: string | null;
  attributes: readonly JsxAttribute[];
  children?: readonly unknown[];
  position?: { start: { line: number; column: number } } | undefined;
}

function propsOf(node: JsxNode): { props: Map<string, PropValue>; spread: boolean } {
  const props = new Map<string, PropValue>();
  let spread = false;
  for (const attribute of node.attributes) {
    if (attribute.type !== "mdxJsxAttribute" || attribute.name === undefined) {
      spread = true;
      continue;
    }
    const value = attribute.value;
    if (typeof value === "string") props.set(attribute.name, { kind: "string", value });
    else if (value && typeof value === "object" && "value" in value) {
      props.set(attribute.name, { kind: "expression", value: String(value.value) });
    } else props.set(attribute.name, { kind: "bare" });
  }
  return { props, spread };
}

/** `published: 2026-02-30` lines whose date does not exist, with their line numbers. */
export function frontmatterDateProblems(raw: string): StoryProblem[] {
  const lines = raw.split(/\r?\n/);
  if (lines[0]?.trim() !== "---") return [];
  const problems: StoryProblem[] = [];
  for (let i = 1; i < lines.length && lines[i]?.trim() !== "---"; i++) {
    const m = /^(published|updated):\s*["']?([^"'#]*?)["']?\s*(#.*)?$/.exec(lines[i] ?? "");
    if (!m) continue;
    const [, field, value = ""] = m;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value) && parseDay(value) === null) {
      problems.push({
        line: i + 1,
        column: (lines[i] ?? "").indexOf(value) + 1,
        message: `${field} "${value}" is not a real date. Write ${field}: YYYY-MM-DD with a day that exists, e.g. 2026-11-23.`,
      });
    }
  }
  return problems;
}

function isCommentOnly(expression: string): boolean {
  return /^\s*(\/\*[\s\S]*?\*\/\s*)*$/.test(expression);
}

function defaultSourceIds(): ReadonlySet<string> {
  return new Set(load("sources").map((s) => s.id));
}

function defaultRead(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

/** The plugin entry for `satteri({ mdastPlugins: [storyChecker()] })` and for tests. */
export function storyChecker(options: StoryCheckerOptions = {}): MdastPluginEntry {
  const knownSourceIds = options.knownSourceIds ?? defaultSourceIds;
  const readSource = options.readSource ?? defaultRead;
  const root = options.root ?? process.cwd();

  // A factory: Sätteri calls it once per compiled document, so state never leaks between files.
  return ({ fileURL }) => {
    if (!fileURL || !STORY_PATH.test(fileURLToPath(fileURL))) return null;
    const path = fileURLToPath(fileURL);
    const file = relative(root, path).split("\\").join("/");
    const problems: StoryProblem[] = [];
    const order: string[] = [];
    const charts: ChartUse[] = [];
    let ctxFor: CheckContext | null = null;

    const at = (node: { position?: JsxNode["position"] }, message: string) => {
      const start = node.position?.start ?? { line: 1, column: 1 };
      problems.push({ line: start.line, column: start.column, message });
    };

    const visitJsx = (
      node: JsxNode,
      ctx: {
        replaceNode: (node: unknown, replacement: unknown) => void;
        data: Record<string, unknown>;
      },
      flow: boolean,
    ) => {
      if (node.name === null) return;
      if (!/^[A-Z]/.test(node.name)) {
        if (!ALLOWED_HTML.has(node.name)) {
          at(
            node,
            `<${node.name}> is not allowed in a story. Write it in Markdown (## heading, *italic*, [link](address), - list) or use a story component.`,
          );
        }
        return;
      }
      if (!flow && BLOCK_COMPONENTS.has(node.name)) {
        at(node, `Put <${node.name}> on its own line, with an empty line before and after it.`);
      }
      ctxFor ??= {
        knownSourceIds: knownSourceIds(),
        frontmatterSources: frontmatterSources(ctx.data),
        draft: isDraft(ctx.data),
      };
      const { props, spread } = propsOf(node);
      if (spread)
        at(
          node,
          `Write each prop of <${node.name}> as name="value"; {...} is not allowed in stories.`,
        );
      const result = checkComponent(node.name, props, ctxFor);
      for (const message of result.problems) at(node, message);
      if (result.chart !== undefined) charts.push(result.chart);
      if (result.problems.length === 0 && result.cites !== null) {
        if (!order.includes(result.cites)) order.push(result.cites);
        const n = order.indexOf(result.cites) + 1;
        // Attributes cannot be set in place; an equal node with the extra prop replaces it.
        ctx.replaceNode(node, {
          type: flow ? "mdxJsxFlowElement" : "mdxJsxTextElement",
          name: node.name,
          attributes: [
            ...node.attributes.filter((a) => a.name !== "n"),
            { type: "mdxJsxAttribute", name: "n", value: String(n) },
          ],
          children: node.children ?? [],
        });
      }
    };

    return defineMdastPlugin({
      name: "captivity-ledger-story-checker",
      options: { position: true },
      mdxJsxFlowElement: (node, ctx) => visitJsx(node as unknown as JsxNode, ctx as never, true),
      mdxJsxTextElement: (node, ctx) => visitJsx(node as unknown as JsxNode, ctx as never, false),
      image: (node) => {
        if (/^(https?:)?\/\//i.test(node.url)) {
          at(
            node,
            "Images from other websites are not allowed: readers' browsers would contact that site. Save the image in the story's folder and write ![description](./file.png).",
          );
        }
      },
      mdxjsEsm: (node) =>
        at(
          node,
          "Stories need no import or export lines: the components are available already. Remove this line.",
        ),
      mdxFlowExpression: (node) => {
        if (!isCommentOnly(node.value)) {
          at(
            node,
            "Curly braces { } run code, which stories may not do. Write plain text, or use a component.",
          );
        }
      },
      mdxTextExpression: (node) => {
        if (!isCommentOnly(node.value)) {
          at(
            node,
            "Curly braces { } run code, which stories may not do. Write plain text, or use a component.",
          );
        }
      },
      after: (_root, ctx) => {
        const raw = readSource(path);
        if (raw !== null) problems.push(...frontmatterDateProblems(raw));
        if (raw !== null) problems.push(...translationProblems(path, raw, readSource));
        // The scaffold's stand-in words, left in a story about to be published.
        if (raw !== null && !isDraft(ctx.data)) problems.push(...scaffoldTextLeft(raw));
        // Listed but never cited: a leftover (often the scaffold's example) that would be
        // published as "Also consulted". Drafts may list sources they have yet to cite.
        const listed = frontmatterSources(ctx.data);
        if (listed && !isDraft(ctx.data)) {
          [...listed].forEach((id, index) => {
            if (order.includes(id)) return;
            problems.push({
              ...(raw !== null ? fieldPosition(raw, ["sources", index]) : { line: 1, column: 1 }),
              message: `Source "${id}" is listed in sources: but never cited. Cite it after the sentence that relies on it (<Cite id="${id}" />), or remove it from sources:.`,
            });
          });
        }
        const astro = ctx.data["astro"] as { frontmatter?: Record<string, unknown> } | undefined;
        if (astro?.frontmatter) {
          astro.frontmatter["citations"] = [...order];
          astro.frontmatter["charts"] = [...charts];
        }
        ctx.data["citations"] = [...order];
        ctx.data["charts"] = [...charts];
        if (problems.length > 0) throw storyError(file, problems);
      },
    });
  };
}

function isDraft(data: Record<string, unknown>): boolean {
  const astro = data["astro"] as { frontmatter?: { draft?: unknown } } | undefined;
  return astro?.frontmatter?.draft === true;
}

function frontmatterSources(data: Record<string, unknown>): ReadonlySet<string> | null {
  const astro = data["astro"] as { frontmatter?: { sources?: unknown } } | undefined;
  const sources = astro?.frontmatter?.sources;
  return Array.isArray(sources) ? new Set(sources.map(String)) : null;
}

/** The Error thrown to Astro; `line`/`column` also make Astro's "Location:" point at the first problem. */
function storyError(file: string, problems: readonly StoryProblem[]): Error {
  const first = [...problems].sort((a, b) => a.line - b.line || a.column - b.column)[0];
  return Object.assign(new Error(formatProblems(file, problems)), {
    line: first?.line,
    column: first?.column,
  });
}
