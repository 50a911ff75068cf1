/** The text of a new story written by `npm run new:story` (scripts/new-story.mjs). */
export interface TemplateFacts {
  title: string;
  /** YYYY-MM-DD. */
  today: string;
  /** A real source id to show how citing works. */
  sourceId: string;
  /** A real totals row for the KeyFigure example (its id and source), if the data has one. */
  total: { id: string; sourceId: string } | null;
}

export function storyTemplate(f: TemplateFacts): string {
  const keyFigure = f.total
    ? `<KeyFigure row="totals:${f.total.id}" label="Say in plain words what this number counts" />`
    : `{/* KeyFigure example: <KeyFigure row="totals:<id>" label="what it counts" /> (data/totals.csv has no rows yet) */}`;
  return `---
title: ${JSON.stringify(f.title)}
dek: "One or two sentences saying what the story shows."
byline: "Captivity Ledger staff"
published: ${f.today}
topics: ["exchanges"]
sources: [${[...new Set([f.sourceId, ...(f.total ? [f.total.sourceId] : [])])].map((id) => JSON.stringify(id)).join(", ")}]
draft: true
language: en
---

{/* A draft: it shows in npm run dev, never on the published site. Set draft: false when ready.
    Every component below is an example; docs/editors.md explains each one. */}

Write the first paragraph here. Cite a source after the sentence it supports.<Cite id="${f.sourceId}" />

<Chart name="exchanges" from="2024" to="2024" caption="One line saying what the reader should notice." />

${keyFigure}

<PullQuote
  quote="Replace with the exact words: one or two sentences."
  person="Name as the source gives it"
  outlet="The outlet that published the words"
  source="${f.sourceId}"
/>

<Callout kind="context">
Background the reader needs, in your own words.
</Callout>
`;
}
