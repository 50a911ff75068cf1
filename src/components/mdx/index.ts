/**
 * The whole MDX vocabulary of a story, in one place. Story pages pass `components` to the
 * rendered MDX, so editors write <Chart />, <Cite /> ... without import lines.
 * Each component documents its props where they are declared; docs/editors.md has examples.
 */
import Callout from "./Callout.astro";
import Chart from "./Chart.astro";
import Cite from "./Cite.astro";
import KeyFigure from "./KeyFigure.astro";
import PullQuote from "./PullQuote.astro";

export { Callout, Chart, Cite, KeyFigure, PullQuote };

export const components = { Callout, Chart, Cite, KeyFigure, PullQuote } as const;
