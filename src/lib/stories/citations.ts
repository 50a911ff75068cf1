/**
 * The Sources list at the end of a story: the cited sources numbered in order of first
 * citation (as the story checker numbered the notes), then sources the frontmatter lists
 * that the text never cites, unnumbered, then the sources of the rows the story's charts
 * draw that are not already in the list.
 */
export interface SourceList {
  /** Cited, in note order: entry i is note i + 1. */
  numbered: readonly string[];
  /** Listed in the frontmatter but not cited in the text. */
  alsoConsulted: readonly string[];
  /** Behind the story's charts, and not cited or listed. */
  chartData: readonly string[];
}

export function sourceList(
  citations: readonly string[],
  frontmatterSources: readonly string[],
  chartSources: readonly string[] = [],
): SourceList {
  const numbered = [...new Set(citations)];
  const alsoConsulted = [...new Set(frontmatterSources)].filter((id) => !numbered.includes(id));
  const chartData = [...new Set(chartSources)].filter(
    (id) => !numbered.includes(id) && !alsoConsulted.includes(id),
  );
  return { numbered, alsoConsulted, chartData };
}

/** Ids cited in an MDX body without compiling it: <Cite id="..."> and source="..." props. */
export function citedInBody(body: string): string[] {
  const ids: string[] = [];
  for (const m of body.matchAll(
    /<(?:Cite\s[^>]*?\bid|(?:KeyFigure|PullQuote)\s[^>]*?\bsource)="([^"]+)"/g,
  )) {
    if (m[1] !== undefined && !ids.includes(m[1])) ids.push(m[1]);
  }
  return ids;
}
