import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { mdxToJs, type MdxToJsResult } from "satteri";
import { describe, expect, it } from "vitest";
import { frontmatterDateProblems, storyChecker } from "../../../src/lib/stories/remark-story";

const FILE = "src/content/stories/fixture/index.mdx";
const KNOWN = new Set(["seed-a", "seed-b", "not-listed"]);

/** Compiles a story the way Astro does: frontmatter blanked out, parsed frontmatter in data. */
function compile(
  body: string,
  // A draft by default: drafts may list sources they do not cite yet (tested below without).
  frontmatter: Record<string, unknown> = { sources: ["seed-a", "seed-b"], draft: true },
  raw = `---\ntitle: Fixture\npublished: 2026-11-23\n---\n${body}`,
) {
  const blanked = raw.replace(/^---[\s\S]*?\n---/, (m) => m.replace(/[^\n]/g, " "));
  const data: Record<string, unknown> = { astro: { frontmatter: { ...frontmatter } } };
  const result = mdxToJs(blanked, {
    mdastPlugins: [
      storyChecker({ knownSourceIds: () => KNOWN, readSource: () => raw, root: process.cwd() }),
    ],
    fileURL: pathToFileURL(resolve(FILE)),
    data,
  }) as MdxToJsResult; // synchronous: the checker has no async visitors
  return { result, data };
}

function errorOf(body: string): string {
  try {
    compile(body);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected the story checker to fail");
}

// The fixture's body starts on line 5 (four frontmatter lines).
describe("story checker: editor mistakes fail with file:line:col and a fix", () => {
  it("unknown chart name", () => {
    expect(errorOf('Text.\n\n<Chart name="exchange" />\n')).toMatch(
      /^src\/content\/stories\/fixture\/index\.mdx:7:1 "exchange" is not a chart\. Write name= one of: "exchanges", "contact", "abuses"\.\n/,
    );
  });

  it("bad chart filter", () => {
    expect(errorOf('<Chart name="exchanges" from="2024-13" />\n')).toMatch(
      /^src\/content\/stories\/fixture\/index\.mdx:5:1 from="2024-13" is not a date\. Write a year \(2024\), a month \(2024-05\) or a day \(2024-05-27\)\./,
    );
  });

  it("unknown source id in a Cite", () => {
    expect(errorOf('A sentence.<Cite id="seed-z" />\n')).toMatch(
      /^src\/content\/stories\/fixture\/index\.mdx:5:12 id="seed-z" is not a source id in data\/sources\.csv\. Copy the id exactly/,
    );
  });

  it("a cited source missing from the frontmatter", () => {
    expect(errorOf('A sentence.<Cite id="not-listed" />\n')).toContain(
      `${FILE}:5:12 Source "not-listed" is cited but not listed in the frontmatter. Add "not-listed" to sources: at the top of the file.`,
    );
  });

  it("quote without attribution", () => {
    const message = errorOf(
      '\n<PullQuote quote="People are not made of steel." person="Alexander" source="seed-a" />\n',
    );
    expect(message).toMatch(
      /^src\/content\/stories\/fixture\/index\.mdx:6:1 <PullQuote> is missing outlet="\.\.\."\. Every quote needs the outlet that published it\./,
    );
  });

  it("quote too long", () => {
    expect(
      errorOf('<PullQuote quote="One. Two. Three." person="A" outlet="B" source="seed-a" />\n'),
    ).toContain(`${FILE}:5:1 The quote has 3 sentences; the limit is 2.`);
  });

  it("unknown component, unknown prop, code in braces, imports", () => {
    const message = errorOf(
      'import X from "x";\n\n<Chrt name="exchanges" />\n\n<Callout kind="context" colour="red">A</Callout>\n\n{1 + 1}\n',
    );
    expect(message.split("\n").slice(0, 4)).toEqual([
      `${FILE}:5:1 Stories need no import or export lines: the components are available already. Remove this line.`,
      `${FILE}:7:1 <Chrt> is not a story component. Use one of: <Chart>, <Cite>, <KeyFigure>, <PullQuote>, <Callout>.`,
      `${FILE}:9:1 <Callout> has no prop "colour". Its props are: kind, title. Example: <Callout kind="context">...</Callout>`,
      `${FILE}:11:1 Curly braces { } run code, which stories may not do. Write plain text, or use a component.`,
    ]);
  });

  it("raw HTML other than a few inline tags, and images from other sites", () => {
    const message = errorOf(
      'Fine: H<sub>2</sub>O.\n\n<script src="x.js"></script>\n\n![A map](https://example.org/map.png)\n',
    );
    expect(message.split("\n").slice(0, 2)).toEqual([
      `${FILE}:7:1 <script> is not allowed in a story. Write it in Markdown (## heading, *italic*, [link](address), - list) or use a story component.`,
      `${FILE}:9:1 Images from other websites are not allowed: readers' browsers would contact that site. Save the image in the story's folder and write ![description](./file.png).`,
    ]);
  });

  it("a block component inside a sentence", () => {
    expect(errorOf('See <Chart name="exchanges" /> here.\n')).toContain(
      `${FILE}:5:5 Put <Chart> on its own line, with an empty line before and after it.`,
    );
  });

  it("an impossible frontmatter date, with its line", () => {
    expect(frontmatterDateProblems("---\ntitle: x\npublished: 2026-02-30\n---\n")).toEqual([
      {
        line: 3,
        column: 12,
        message:
          'published "2026-02-30" is not a real date. Write published: YYYY-MM-DD with a day that exists, e.g. 2026-11-23.',
      },
    ]);
  });
});

describe("story checker: KeyFigure rows are looked up in the real data", () => {
  it("a row that does not exist", () => {
    expect(errorOf('<KeyFigure row="totals:no-such-row" label="x" />\n')).toMatch(
      /^src\/content\/stories\/fixture\/index\.mdx:5:1 There is no row "no-such-row" in data\/totals\.csv\. Check the id column/,
    );
  });

  it("an exchange row without a field, and a malformed reference", () => {
    expect(errorOf('<KeyFigure row="exchanges:2024-01-31" label="x" />\n')).toContain(
      `${FILE}:5:1 A figure from data/exchanges.csv needs field="...": one of returned_to_ukraine,`,
    );
    expect(errorOf('<KeyFigure row="totals" label="x" />\n')).toContain(
      `${FILE}:5:1 row="totals" is not a row reference.`,
    );
  });

  it("a figure with neither a row nor a value and source", () => {
    expect(errorOf('<KeyFigure value="12" label="x" />\n')).toContain(
      `${FILE}:5:1 A KeyFigure needs a number and its source.`,
    );
  });
});

describe("story checker: citations", () => {
  it("numbers sources in order of first citation and records the order", () => {
    const { result, data } = compile(
      'First<Cite id="seed-b" /> then<Cite id="seed-a" /> and again<Cite id="seed-b" />.\n\n<PullQuote quote="Short." person="A" outlet="B" source="seed-a" />\n\n{/* a comment is fine */}\n',
    );
    expect(data["citations"]).toEqual(["seed-b", "seed-a"]);
    const frontmatter = (data["astro"] as { frontmatter: Record<string, unknown> }).frontmatter;
    expect(frontmatter["citations"]).toEqual(["seed-b", "seed-a"]);
    const ns = [...result.code.matchAll(/n: "(\d)"/g)].map((m) => m[1]);
    expect(ns).toEqual(["1", "2", "1", "2"]);
  });
});

describe("story checker: charts", () => {
  it("lists each chart with the filters its props give, in order, for the CSV downloads", () => {
    const { data } = compile(
      'Text.\n\n<Chart name="exchanges" />\n\n<Chart name="exchanges" from="2023" to={2024} caption="Two years." />\n\n<Chart name="contact" side="ukraine" headingLevel="3" />\n',
    );
    const expected = [
      { name: "exchanges", filters: {} },
      { name: "exchanges", filters: { from: "2023", to: "2024" } },
      { name: "contact", filters: { side: "ukraine" } },
    ];
    expect(data["charts"]).toEqual(expected);
    const frontmatter = (data["astro"] as { frontmatter: Record<string, unknown> }).frontmatter;
    expect(frontmatter["charts"]).toEqual(expected);
  });

  it("lists no charts for a story without any", () => {
    const { data } = compile("Only text.\n");
    expect(data["charts"]).toEqual([]);
  });
});

describe("story checker: sources and the scaffold's example", () => {
  const RAW_HEAD = '---\ntitle: Fixture\nsources: ["seed-a", "seed-b"]\ndraft: false\n---\n';

  function problemsOf(body: string, frontmatter: Record<string, unknown>): string {
    try {
      compile(body, frontmatter, `${RAW_HEAD}${body}`);
    } catch (e) {
      return (e as Error).message;
    }
    return "";
  }

  it("reports a source listed in the frontmatter but never cited, at its place in the list", () => {
    expect(
      problemsOf('A sentence.<Cite id="seed-a" />\n', {
        sources: ["seed-a", "seed-b"],
        draft: false,
      }),
    ).toBe(
      `${FILE}:3:21 Source "seed-b" is listed in sources: but never cited. Cite it after the sentence that relies on it (<Cite id="seed-b" />), or remove it from sources:.\n(1 problem in ${FILE}; see docs/editors.md, "Error messages".)`,
    );
  });

  it("lets a draft list sources it does not cite yet", () => {
    expect(
      problemsOf('A sentence.<Cite id="seed-a" />\n', {
        sources: ["seed-a", "seed-b"],
        draft: true,
      }),
    ).toBe("");
  });

  it("refuses the scaffold's example source id once the story is not a draft", () => {
    const body = 'A sentence.<Cite id="example-source" />\n';
    expect(problemsOf(body, { sources: ["example-source"], draft: true })).toBe("");
    expect(problemsOf(body, { sources: ["example-source"], draft: false })).toContain(
      `${FILE}:6:12 id="example-source" is the scaffold's example source, and this story is not a draft. Replace it with the id of the source you rely on`,
    );
  });

  it("refuses the scaffold's example words once the story is not a draft, each at its place", () => {
    const body =
      'Write the first paragraph here. A sentence.<Cite id="seed-a" />\n\n<Callout kind="context">\n\nBackground the reader needs, in your own words.\n\n</Callout>\n';
    const front = { sources: ["seed-a"] };
    expect(problemsOf(body, { ...front, draft: true })).toBe("");
    const problems = problemsOf(body, { ...front, draft: false });
    expect(problems).toContain(
      `${FILE}:6:1 "Write the first paragraph here." is the scaffold's example text, and this story is not a draft. Write your own words in its place, or delete the example.`,
    );
    expect(problems).toContain(
      `${FILE}:10:1 "Background the reader needs, in your own words." is the scaffold's example text`,
    );
    expect(
      problemsOf('Our own first paragraph.<Cite id="seed-a" />\n', { ...front, draft: false }),
    ).toBe("");
  });
});
