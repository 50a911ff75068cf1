/**
 * The MDX vocabulary an editor may use in a story, and the checks on each use. The remark
 * (Sätteri mdast) plugin calls `checkComponent` for every capitalised tag it finds; each
 * problem becomes one line of the build error, with file, line and column.
 * The components themselves live in src/components/mdx/ and take the same props.
 */
import {
  CHART_NAMES,
  FILTER_KEYS,
  isChartName,
  validateFilters,
  type ChartFilters,
  type ChartUse,
} from "../charts/registry";
import { quoteProblems } from "./quote";
import { EXAMPLE_SOURCE_ID, exampleSourceProblem } from "./template";
import { lookupFigure, parseRowRef } from "./rows";

/** A prop as written in MDX: a quoted string, an expression in braces, or a bare name. */
export type PropValue =
  { kind: "string"; value: string } | { kind: "expression"; value: string } | { kind: "bare" };

export interface ComponentSpec {
  required: readonly string[];
  optional: readonly string[];
  example: string;
}

export const COMPONENTS = {
  Chart: {
    required: ["name"],
    optional: ["from", "to", "side", "measure", "channel", "caption", "headingLevel"],
    example: '<Chart name="exchanges" from="2024" to="2024" caption="..." />',
  },
  Cite: { required: ["id"], optional: [], example: '<Cite id="source-id" />' },
  KeyFigure: {
    required: ["label"],
    optional: ["value", "row", "field", "source"],
    example: '<KeyFigure row="totals:<id>" label="what the number counts" />',
  },
  PullQuote: {
    required: ["quote", "person", "outlet", "source"],
    optional: [],
    example: '<PullQuote quote="..." person="..." outlet="..." source="source-id" />',
  },
  Callout: {
    required: ["kind"],
    optional: ["title"],
    example: '<Callout kind="context">...</Callout>',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

export function isComponentName(x: string): x is ComponentName {
  return Object.hasOwn(COMPONENTS, x);
}

export interface CheckContext {
  /** Ids in data/sources.csv. */
  knownSourceIds: ReadonlySet<string>;
  /** Ids listed in the story's frontmatter `sources`, or null when unknown. */
  frontmatterSources: ReadonlySet<string> | null;
  /** Whether the story is a draft: only drafts may keep the scaffold's example source id. */
  draft?: boolean;
}

export interface CheckResult {
  problems: string[];
  /** The source this use cites (numbered in order of first citation), if any. */
  cites: string | null;
  /** A valid <Chart>: which chart and slice it draws (the site writes its CSV download). */
  chart?: ChartUse;
}

/** A literal prop value as text: "2024", {2024} and {"2024"} all give "2024". */
export function literal(value: PropValue | undefined): string | undefined {
  if (value === undefined || value.kind === "bare") return undefined;
  if (value.kind === "string") return value.value;
  const expr = value.value.trim();
  if (/^-?\d+(\.\d+)?$/.test(expr)) return expr;
  const quoted = /^(["'])(.*)\1$/s.exec(expr);
  return quoted ? quoted[2] : undefined;
}

function checkSource(id: string, prop: string, ctx: CheckContext): string[] {
  if (id === EXAMPLE_SOURCE_ID) {
    return ctx.draft === true ? [] : [exampleSourceProblem(`${prop}="${id}"`)];
  }
  if (!ctx.knownSourceIds.has(id)) {
    return [
      `${prop}="${id}" is not a source id in data/sources.csv. Copy the id exactly from the id column of data/sources.csv (or from the address of its page, /sources/<id>/).`,
    ];
  }
  if (ctx.frontmatterSources && !ctx.frontmatterSources.has(id)) {
    return [
      `Source "${id}" is cited but not listed in the frontmatter. Add "${id}" to sources: at the top of the file.`,
    ];
  }
  return [];
}

type Props = ReadonlyMap<string, PropValue>;

function checkChart(props: Props): CheckResult {
  const name = literal(props.get("name")) ?? "";
  if (!isChartName(name)) {
    return {
      problems: [
        `"${name}" is not a chart. Write name= one of: ${CHART_NAMES.map((n) => `"${n}"`).join(", ")}.`,
      ],
      cites: null,
    };
  }
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = literal(props.get(key));
    if (value !== undefined) filters[key] = value;
  }
  const problems = validateFilters(name, filters as ChartFilters);
  const level = literal(props.get("headingLevel"));
  if (level !== undefined && level !== "2" && level !== "3") {
    problems.push(`headingLevel="${level}" must be 2 or 3.`);
  }
  return problems.length > 0
    ? { problems, cites: null }
    : { problems, cites: null, chart: { name, filters: filters as ChartFilters } };
}

function checkKeyFigure(props: Props, ctx: CheckContext): CheckResult {
  const row = literal(props.get("row"));
  const value = literal(props.get("value"));
  const source = literal(props.get("source"));
  const field = literal(props.get("field"));
  if (row === undefined) {
    if (value === undefined || source === undefined) {
      return {
        problems: [
          'A KeyFigure needs a number and its source. Prefer row="<file>:<id>" (e.g. row="totals:<id>"), which takes both from the data; otherwise give value="..." and source="<source id>".',
        ],
        cites: null,
      };
    }
    if (field !== undefined)
      return { problems: ['field="..." only works with row="...". Remove it.'], cites: null };
    return { problems: checkSource(source, "source", ctx), cites: source };
  }
  if (value !== undefined) {
    return {
      problems: [
        'Give either row="..." or value="...", not both: with row the number comes from the data. Remove value.',
      ],
      cites: null,
    };
  }
  const ref = parseRowRef(row);
  if ("problem" in ref) return { problems: [ref.problem], cites: null };
  const figure = lookupFigure(ref, field);
  if ("problem" in figure) return { problems: [figure.problem], cites: null };
  const cites = source ?? figure.sourceId;
  return { problems: checkSource(cites, "source", ctx), cites };
}

function checkPullQuote(props: Props, ctx: CheckContext): CheckResult {
  const problems = quoteProblems(literal(props.get("quote")) ?? "");
  const source = literal(props.get("source"));
  if (source !== undefined) problems.push(...checkSource(source, "source", ctx));
  return { problems, cites: source ?? null };
}

function checkCallout(props: Props): string[] {
  const kind = literal(props.get("kind"));
  return kind === "context" || kind === "methodology"
    ? []
    : [`kind="${kind ?? ""}" is not a callout kind. Write kind="context" or kind="methodology".`];
}

const MISSING_HINTS: Partial<Record<string, string>> = {
  person: "Every quote needs the name of the person who said it (as the source gives it).",
  outlet: "Every quote needs the outlet that published it.",
  source: "Every quote needs its source id from data/sources.csv.",
};

/** Checks one use of a component: unknown names, unknown or missing props, and their values. */
export function checkComponent(name: string, props: Props, ctx: CheckContext): CheckResult {
  if (!isComponentName(name)) {
    return {
      problems: [
        `<${name}> is not a story component. Use one of: ${COMPONENT_NAMES.map((n) => `<${n}>`).join(", ")}.`,
      ],
      cites: null,
    };
  }
  const spec: ComponentSpec = COMPONENTS[name];
  const problems: string[] = [];
  for (const prop of props.keys()) {
    if (!spec.required.includes(prop) && !spec.optional.includes(prop)) {
      const allowed = [...spec.required, ...spec.optional].join(", ");
      problems.push(
        `<${name}> has no prop "${prop}". Its props are: ${allowed}. Example: ${spec.example}`,
      );
    }
  }
  for (const [prop, value] of props) {
    if (literal(value) === undefined) {
      problems.push(`${prop} on <${name}> must be plain text in quotes, e.g. ${prop}="...".`);
    }
  }
  for (const prop of spec.required) {
    const value = literal(props.get(prop));
    if (value === undefined || value.trim() === "") {
      const hint = name === "PullQuote" ? (MISSING_HINTS[prop] ?? "") : "";
      problems.push(
        `<${name}> is missing ${prop}="...". ${hint ? `${hint} ` : ""}Example: ${spec.example}`,
      );
    }
  }
  if (problems.length > 0) return { problems, cites: null };
  switch (name) {
    case "Chart":
      return checkChart(props);
    case "Cite": {
      const id = literal(props.get("id")) ?? "";
      return { problems: checkSource(id, "id", ctx), cites: id };
    }
    case "KeyFigure":
      return checkKeyFigure(props, ctx);
    case "PullQuote":
      return checkPullQuote(props, ctx);
    case "Callout":
      return { problems: checkCallout(props), cites: null };
  }
}
