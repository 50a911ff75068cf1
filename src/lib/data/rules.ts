/**
 * Rules that span several cells of a row, which a Table Schema cannot express.
 *
 * A package declares them in datapackage.json as `"x-rules"`:
 *   { "resource": "abuses", "when": { "figure_kind": "share" }, "require": "denominator" }
 * meaning: in rows where every `when` field holds the given value, the `require` field must
 * hold a real value (not blank, not a reason such as "not applicable").
 *
 * A `when` value also matches a missing reason (`{ "figure": "not stated" }` matches a figure
 * cell that says "not stated"). `require` may list several fields, and `requireValues` names
 * fields that must hold one exact value:
 *   { "resource": "abuses", "when": { "figure": "not stated" },
 *     "requireValues": { "figure_kind": "share" }, "require": ["percent", "denominator"] }
 * Optional `code`, `why` (what the rule protects) and `fix` (what to do) shape the message.
 *
 * BUILT_IN_RULES are enforced even when the descriptor forgets to declare them: the site's
 * charts rely on them.
 */
import { isMissing, type CellValue } from "./values.ts";

export interface CrossFieldRule {
  resource: string;
  when: Readonly<Record<string, string>>;
  /** Fields that must hold a real value (not blank, not a reason). */
  require: readonly string[];
  /** Fields that must hold exactly this value. */
  requireValues?: Readonly<Record<string, string>>;
  /** Issue code when a row breaks the rule (default `rule-broken`). */
  code?: string;
  /** A sentence that explains the rule to a reporter. */
  why?: string;
  /** A sentence that says how to mend the row (default: write the value, or change `when`). */
  fix?: string;
}

export const BUILT_IN_RULES: readonly CrossFieldRule[] = [
  {
    resource: "abuses",
    when: { figure_kind: "share" },
    require: ["denominator"],
    code: "share-without-denominator",
    why: 'A share needs the total it is out of: 174 in "169 of 174".',
  },
  {
    resource: "abuses",
    when: { figure: "not stated" },
    requireValues: { figure_kind: "share" },
    require: ["percent", "denominator"],
    code: "figure-not-stated",
    why: 'A figure may be "not stated" only for a share published as a percentage of a known number of people, as in "86% of 142": the site then shows the percentage and the number, and never makes up a count.',
    fix: 'If the source gives a count, write it in figure. If it gives only a percentage of a known group, set figure_kind to "share", write the percentage in percent (86) and the group\'s size in denominator (142).',
  },
];

/** Every field a rule reads. */
export function ruleFields(rule: CrossFieldRule): string[] {
  return [
    ...new Set([
      ...Object.keys(rule.when),
      ...Object.keys(rule.requireValues ?? {}),
      ...rule.require,
    ]),
  ];
}

const BAD_RULES =
  '"x-rules" must be a list of {"resource": "...", "when": {"field": "value"}, "require": "field" or ["field", ...]}, optionally with "requireValues": {"field": "value"} and texts "code", "why", "fix".';

function textMap(value: unknown): Record<string, string> | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0 || entries.some(([, v]) => typeof v !== "string")) return null;
  return Object.fromEntries(entries) as Record<string, string>;
}

/** Rules declared in the descriptor, or an error message if `x-rules` is malformed. */
export function readRules(value: unknown): CrossFieldRule[] | string {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return BAD_RULES;
  const rules: CrossFieldRule[] = [];
  for (const raw of value as unknown[]) {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return BAD_RULES;
    const { resource, when, require, requireValues, code, why, fix } = raw as Record<
      string,
      unknown
    >;
    if (typeof resource !== "string") return BAD_RULES;
    const required =
      require === undefined
        ? []
        : typeof require === "string"
          ? [require]
          : Array.isArray(require) && require.every((r) => typeof r === "string")
            ? (require as string[])
            : null;
    const conditions = textMap(when);
    const values = requireValues === undefined ? undefined : textMap(requireValues);
    if (!required || !conditions || values === null) return BAD_RULES;
    if (required.length === 0 && values === undefined) return BAD_RULES;
    if ([code, why, fix].some((t) => t !== undefined && typeof t !== "string")) return BAD_RULES;
    rules.push({
      resource,
      when: conditions,
      require: required,
      ...(values === undefined ? {} : { requireValues: values }),
      ...(typeof code === "string" ? { code } : {}),
      ...(typeof why === "string" ? { why } : {}),
      ...(typeof fix === "string" ? { fix } : {}),
    });
  }
  return rules;
}

const ruleKey = (r: CrossFieldRule): string =>
  JSON.stringify([r.resource, r.when, [...r.require].sort(), r.requireValues ?? {}]);

/** Declared rules plus the built-in ones not already declared. */
export function effectiveRules(declared: readonly CrossFieldRule[]): CrossFieldRule[] {
  const builtIn = new Map(BUILT_IN_RULES.map((r) => [ruleKey(r), r]));
  const rules = declared.map((r) => builtIn.get(ruleKey(r)) ?? r);
  const seen = new Set(rules.map(ruleKey));
  return [...rules, ...BUILT_IN_RULES.filter((r) => !seen.has(ruleKey(r)))];
}

/** True when the cell holds `value`, as text or as the reason it is absent. */
function holds(cell: CellValue | undefined, value: string): boolean {
  return cell === value || (isMissing(cell) && cell.missing === value);
}

function shown(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "it is empty";
  if (isMissing(cell)) return `it says "${cell.missing}"`;
  const text =
    typeof cell === "object" ? (Array.isArray(cell) ? cell.join(";") : cell.iso) : String(cell);
  return `it is "${text}"`;
}

/** How a row breaks a rule: one problem per field, with its message. */
export interface RuleBreak {
  field: string;
  message: string;
}

/** The fields of a row that break the rule, each with a message; empty when it holds. */
export function breaksAll(
  rule: CrossFieldRule,
  row: Readonly<Record<string, CellValue>>,
): RuleBreak[] {
  for (const [field, value] of Object.entries(rule.when)) if (!holds(row[field], value)) return [];
  const condition = Object.entries(rule.when)
    .map(([field, v]) => `${field} is "${v}"`)
    .join(" and ");
  const tail = `${rule.why ? ` ${rule.why}` : ""} ${
    rule.fix ??
    `Write the value from the source, or change ${Object.keys(rule.when).join(" or ")} if the source gives none.`
  }`;
  const out: RuleBreak[] = [];
  for (const [field, value] of Object.entries(rule.requireValues ?? {})) {
    const cell = row[field];
    if (holds(cell, value)) continue;
    out.push({
      field,
      message: `Because ${condition}, ${field} must be "${value}", but ${shown(cell)}.${tail}`,
    });
  }
  // A row of the wrong kind is one mistake: its other cells are judged once the kind is right.
  if (out.length > 0) return out;
  for (const field of rule.require) {
    const cell = row[field];
    if (cell !== null && cell !== undefined && !isMissing(cell)) continue;
    out.push({
      field,
      message: `Because ${condition}, ${field} needs a real value, but ${shown(cell)}.${tail}`,
    });
  }
  return out;
}
