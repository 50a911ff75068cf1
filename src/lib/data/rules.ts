/**
 * Rules that span several cells of a row, which a Table Schema cannot express.
 *
 * A package declares them in datapackage.json as `"x-rules"`:
 *   { "resource": "abuses", "when": { "figure_kind": "share" }, "require": "denominator" }
 * meaning: in rows where every `when` field holds the given value, the `require` field must
 * hold a real value (not blank, not a reason such as "not applicable").
 *
 * BUILT_IN_RULES are enforced even when the descriptor forgets to declare them: the site's
 * charts rely on them.
 */
import { isMissing } from "./types.ts";
import type { CellValue } from "./cells.ts";

export interface CrossFieldRule {
  resource: string;
  when: Readonly<Record<string, string>>;
  require: string;
  /** Issue code when a row breaks the rule (default `rule-broken`). */
  code?: string;
  /** A sentence that explains the rule to a reporter. */
  why?: string;
}

export const BUILT_IN_RULES: readonly CrossFieldRule[] = [
  {
    resource: "abuses",
    when: { figure_kind: "share" },
    require: "denominator",
    code: "share-without-denominator",
    why: 'A share needs the total it is out of: 174 in "169 of 174".',
  },
];

/** Rules declared in the descriptor, or an error message if `x-rules` is malformed. */
export function readRules(value: unknown): CrossFieldRule[] | string {
  if (value === undefined) return [];
  const bad =
    '"x-rules" must be a list of {"resource": "...", "when": {"field": "value"}, "require": "field"}.';
  if (!Array.isArray(value)) return bad;
  const rules: CrossFieldRule[] = [];
  for (const raw of value as unknown[]) {
    if (typeof raw !== "object" || raw === null) return bad;
    const { resource, when, require } = raw as Record<string, unknown>;
    if (typeof resource !== "string" || typeof require !== "string") return bad;
    if (typeof when !== "object" || when === null || Array.isArray(when)) return bad;
    const entries = Object.entries(when as Record<string, unknown>);
    if (entries.length === 0 || entries.some(([, v]) => typeof v !== "string")) return bad;
    rules.push({ resource, when: Object.fromEntries(entries) as Record<string, string>, require });
  }
  return rules;
}

/** Declared rules plus the built-in ones not already declared. */
export function effectiveRules(declared: readonly CrossFieldRule[]): CrossFieldRule[] {
  const key = (r: CrossFieldRule) => JSON.stringify([r.resource, r.when, r.require]);
  const builtIn = new Map(BUILT_IN_RULES.map((r) => [key(r), r]));
  const rules = declared.map((r) => builtIn.get(key(r)) ?? r);
  const seen = new Set(rules.map(key));
  return [...rules, ...BUILT_IN_RULES.filter((r) => !seen.has(key(r)))];
}

/** Why a row breaks the rule, or null when it does not. */
export function breaks(
  rule: CrossFieldRule,
  row: Readonly<Record<string, CellValue>>,
): string | null {
  for (const [field, value] of Object.entries(rule.when)) if (row[field] !== value) return null;
  const value = row[rule.require];
  if (value !== null && value !== undefined && !isMissing(value)) return null;
  const condition = Object.entries(rule.when)
    .map(([field, v]) => `${field} is "${v}"`)
    .join(" and ");
  const found =
    value === null || value === undefined ? "it is empty" : `it says "${value.missing}"`;
  return `Because ${condition}, ${rule.require} needs a real value, but ${found}.${
    rule.why ? ` ${rule.why}` : ""
  } Write the value from the source, or change ${Object.keys(rule.when).join(" or ")} if the source gives none.`;
}
