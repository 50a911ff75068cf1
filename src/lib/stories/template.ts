/** The text of a new story written by `npm run new:story` (scripts/new-story.mjs). */

/**
 * The scaffold's stand-in source id. Drafts may keep it (the preview shows "Example source"),
 * but the checkers refuse it in a story that is not a draft, so an example citation can never
 * be published by accident.
 */
export const EXAMPLE_SOURCE_ID = "example-source";

/** The message for the stand-in id in a story that is not a draft; `what` is how it was written. */
export function exampleSourceProblem(what: string): string {
  return `${what} is the scaffold's example source, and this story is not a draft. Replace it with the id of the source you rely on (from the id column of data/sources.csv), or delete the example.`;
}

/**
 * The scaffold's stand-in words. Like the example source, a draft may keep them, and the story
 * checker refuses each one, with its line, in a story that is not a draft.
 */
export const SCAFFOLD_TEXT = {
  dek: "One or two sentences saying what the story shows.",
  paragraph: "Write the first paragraph here.",
  caption: "One line saying what the reader should notice.",
  label: "Say in plain words what this number counts",
  quote: "Replace with the exact words: one or two sentences.",
  person: "Name as the source gives it",
  outlet: "The outlet that published the words",
  callout: "Background the reader needs, in your own words.",
} as const;

/** The message for scaffold words left in a story that is not a draft. */
export function scaffoldTextProblem(text: string): string {
  return `"${text}" is the scaffold's example text, and this story is not a draft. Write your own words in its place, or delete the example.`;
}

/** Where each scaffold text is left in a story's source, as 1-based line and column. */
export function scaffoldTextLeft(raw: string): { line: number; column: number; message: string }[] {
  const found: { line: number; column: number; message: string }[] = [];
  for (const text of Object.values(SCAFFOLD_TEXT)) {
    const at = raw.indexOf(text);
    if (at === -1) continue;
    const before = raw.slice(0, at).split("\n");
    found.push({
      line: before.length,
      column: (before.at(-1)?.length ?? 0) + 1,
      message: scaffoldTextProblem(text),
    });
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

export interface TemplateFacts {
  title: string;
  /** YYYY-MM-DD. */
  today: string;
  /** A real totals row for the KeyFigure example (its id and source), if the data has one. */
  total: { id: string; sourceId: string } | null;
}

/**
 * The story text. It is written the way Prettier formats MDX (one-line comments, block-list
 * sources, a blank line inside <Callout>), and scripts/new-story.mjs runs Prettier on it too,
 * so a new story passes `npm run check` untouched.
 */
export function storyTemplate(f: TemplateFacts): string {
  const sources = [EXAMPLE_SOURCE_ID, ...(f.total ? [f.total.sourceId] : [])];
  const keyFigure = f.total
    ? `<KeyFigure
  row="totals:${f.total.id}"
  label="${SCAFFOLD_TEXT.label}"
/>`
    : `{/* KeyFigure example: <KeyFigure row="totals:<id>" label="what it counts" /> (data/totals.csv has no rows yet) */}`;
  return `---
title: ${JSON.stringify(f.title)}
dek: "${SCAFFOLD_TEXT.dek}"
byline: "Captivity Ledger staff"
published: ${f.today}
topics: ["exchanges"]
sources:
${sources.map((id) => `  - ${JSON.stringify(id)}`).join("\n")}
draft: true
language: en
---

{/* A draft: it shows in npm run dev, never on the published site. Set draft: false when ready. */}

{/* Every component below is an example; docs/editors.md explains each one. */}

{/* "${EXAMPLE_SOURCE_ID}" stands in for a real source id from data/sources.csv: replace it. */}

${SCAFFOLD_TEXT.paragraph} Cite a source after the sentence it supports.<Cite id="${EXAMPLE_SOURCE_ID}" />

<Chart
  name="exchanges"
  from="2024"
  to="2024"
  caption="${SCAFFOLD_TEXT.caption}"
/>

${keyFigure}

<PullQuote
  quote="${SCAFFOLD_TEXT.quote}"
  person="${SCAFFOLD_TEXT.person}"
  outlet="${SCAFFOLD_TEXT.outlet}"
  source="${EXAMPLE_SOURCE_ID}"
/>

<Callout kind="context">

${SCAFFOLD_TEXT.callout}

</Callout>
`;
}
