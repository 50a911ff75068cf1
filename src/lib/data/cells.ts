/**
 * One CSV cell -> its typed value, by the field's Table Schema, or the problems with it.
 * Every rule a reporter can break inside a single cell lives here; messages say what was
 * found and what to write instead.
 */
import type { CellValue, MissingReason, PartialDate } from "./values.ts";
import { daysInMonth } from "./values.ts";
import type { Cell } from "./csv.ts";
import type { FieldSpec } from "./schema.ts";
import { closest, show } from "./errors.ts";

export type { CellValue } from "./values.ts";

export interface CellProblem {
  /** Offset in the file (the cell's start, or the offending character). */
  offset: number;
  code: string;
  message: string;
}

export type Typed = { ok: true; value: CellValue } | { ok: false; problems: CellProblem[] };

/** Every reason the project uses for an absent value (docs/data-model.md). */
export const MISSING_REASONS: readonly MissingReason[] = [
  "not disclosed",
  "not reported",
  "not applicable",
  "not stated",
];

// Invisible or look-alike spaces that spreadsheets and web pages slip into cells.
const INVISIBLE = /[\u00a0\u2007\u202f\u200b-\u200d\u2060\ufeff\u00ad]/u;
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  "\u00a0": "a non-breaking space",
  "\u2007": "a figure space",
  "\u202f": "a narrow non-breaking space",
  "\u200b": "a zero-width space",
  "\u200c": "a zero-width non-joiner",
  "\u200d": "a zero-width joiner",
  "\u2060": "a word joiner",
  "\ufeff": "a zero-width no-break space (byte-order mark)",
  "\u00ad": "a soft hyphen",
};
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>|<!--/;
const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
const ANY_CYRILLIC = /\p{Script=Cyrillic}/u;
const ANY_LATIN = /\p{Script=Latin}/u;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Offset in the file of character `index` of a cell's value (quotes inside are doubled). */
export function offsetOf(cell: Cell, index: number): number {
  if (!cell.quoted) return cell.offset + index;
  let quotes = 0;
  for (let i = cell.value.indexOf('"'); i !== -1 && i < index; i = cell.value.indexOf('"', i + 1)) {
    quotes++;
  }
  return cell.offset + 1 + index + quotes;
}

function allowedReasons(field: FieldSpec): string {
  return field.reasons.length === 0 ? "" : `, or one of: ${field.reasons.join(", ")}`;
}

function fail(offset: number, code: string, message: string): Typed {
  return { ok: false, problems: [{ offset, code, message }] };
}

/** Type one cell. `field.reasons` values become `{ missing }`; a blank optional cell is null. */
export function typeCell(field: FieldSpec, cell: Cell): Typed {
  const v = cell.value;

  const invisible = INVISIBLE.exec(v);
  if (invisible) {
    const name = INVISIBLE_NAMES[invisible[0]] ?? "an invisible character";
    return fail(
      offsetOf(cell, invisible.index),
      "invisible-character",
      `${show(v)} contains ${name} at character ${invisible.index + 1}. Delete it and type an ordinary space (or nothing) instead.`,
    );
  }
  if (!cell.quoted && v.includes('"')) {
    return fail(
      offsetOf(cell, v.indexOf('"')),
      "stray-quote",
      `${show(v)} has a quote (") inside a cell that is not quoted. Put the whole cell in quotes and double the quote inside ("like ""this"""), or let your spreadsheet export the file.`,
    );
  }
  const first = v[0] ?? "";
  const numeric = field.type === "integer" || field.type === "number";
  if (FORMULA_START.has(first) && !(numeric && first === "-" && NUMBER.test(v))) {
    return fail(
      cell.offset,
      "formula-injection",
      `${show(v)} starts with ${show(first)}, which a spreadsheet runs as a formula. Start the text with a word or a digit instead (rephrase, or drop the sign).`,
    );
  }

  if (v !== "" && v.trim() !== v) {
    return fail(
      cell.offset,
      "whitespace-padded",
      `${show(v)} starts or ends with a space or line break. Delete the spaces around the value.`,
    );
  }
  if (v === "") {
    if (!field.required) return { ok: true, value: null };
    return fail(
      cell.offset,
      "required-blank",
      `The cell is empty, but this column needs a value${
        field.reasons.length ? `. If it is unknown, write why: ${field.reasons.join(", ")}` : ""
      }.`,
    );
  }
  if (field.reasons.includes(v)) return { ok: true, value: { missing: v as MissingReason } };
  if ((MISSING_REASONS as readonly string[]).includes(v) && !field.enum?.includes(v)) {
    return fail(
      cell.offset,
      "reason-not-allowed",
      field.reasons.length === 0
        ? `${show(v)} is not accepted here: this column needs a real value.`
        : `${show(v)} is not accepted here; this column accepts only: ${field.reasons.join(", ")}.`,
    );
  }

  switch (field.type) {
    case "integer":
    case "number":
      return typeNumber(field, cell);
    case "date":
      return typeDate(field, cell, true);
    case "list":
      return typeList(field, cell);
    case "string":
      return field.partialDate ? typeDate(field, cell, false) : typeText(field, cell, v, 0);
  }
}

function typeNumber(field: FieldSpec, cell: Cell): Typed {
  const v = cell.value;
  const integer = field.type === "integer";
  const example = integer ? "12" : "12 or 2.5";
  if (!(integer ? INTEGER : NUMBER).test(v)) {
    const orReasons = allowedReasons(field);
    let code = integer ? "not-integer" : "not-number";
    let message = integer
      ? `${show(v)} is not a whole number. Write digits only, e.g. ${example}${orReasons}.`
      : `${show(v)} is not a number. Write digits, with a point for decimals, e.g. ${example}${orReasons}.`;
    if (
      /^\d{1,3}([,. \u00a0\u202f'])\d{3}(?:\1\d{3})*$/.test(v) &&
      !(v.includes(".") && !integer)
    ) {
      code = "thousands-separator";
      message = `${show(v)} has a thousands separator. Write the number without it, e.g. ${v.replace(/\D/g, "")}.`;
    } else if (/^-?\d+,\d+$/.test(v)) {
      code = integer ? "not-integer" : "decimal-comma";
      message = integer
        ? `${show(v)} is not a whole number (it has a comma). Write digits only, e.g. ${example}${orReasons}.`
        : `${show(v)} uses a comma for decimals. Write a point instead: ${v.replace(",", ".")}.`;
    } else if (integer && /^-?\d+\.\d+$/.test(v)) {
      message = `${show(v)} has decimals, but this column counts whole things. Write a whole number, e.g. ${example}${orReasons}.`;
    } else if (/^-?0\d+(?:\.\d+)?$/.test(v)) {
      message = `${show(v)} starts with a zero. Write the number without leading zeros, e.g. ${v.replace(/^(-?)0+(?=\d)/, "$1")}.`;
    }
    return fail(cell.offset, code, message);
  }
  const n = Number(v);
  const orReasons = field.reasons.length ? allowedReasons(field) : "";
  if (field.minimum !== null && n < field.minimum) {
    return fail(
      cell.offset,
      "below-minimum",
      field.minimum === 0
        ? `${show(v)} is negative; a count cannot be below 0. Write the number without a minus sign${orReasons}.`
        : `${show(v)} is below the smallest allowed value, ${field.minimum}${orReasons}.`,
    );
  }
  if (field.maximum !== null && n > field.maximum) {
    return fail(
      cell.offset,
      "above-maximum",
      `${show(v)} is above the largest allowed value, ${field.maximum}.`,
    );
  }
  return { ok: true, value: n };
}

/** `2024`, `2024-05` or `2024-05-27` (only the last when `dayOnly`). */
export function parsePartialDate(v: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(v);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return {
    iso: v,
    precision: day !== null ? "day" : month !== null ? "month" : "year",
    year,
    month,
    day,
    start: new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)),
  };
}

function typeDate(field: FieldSpec, cell: Cell, dayOnly: boolean): Typed {
  const v = cell.value;
  const m = PARTIAL_DATE.exec(v);
  if (m && !(dayOnly && m[3] === undefined)) {
    const date = parsePartialDate(v);
    if (date) return { ok: true, value: date };
    const month = Number(m[2]);
    return fail(
      cell.offset,
      "date-not-exist",
      month < 1 || month > 12
        ? `${show(v)} is not a real date: there is no month ${m[2]}. Months run from 01 to 12.`
        : `${show(v)} is not a real date: ${m[1]}-${m[2]} has ${daysInMonth(Number(m[1]), month)} days. Check the day in the source.`,
    );
  }
  const forms = dayOnly
    ? "YYYY-MM-DD, e.g. 2024-05-27"
    : "YYYY-MM-DD, YYYY-MM or YYYY (as precise as the source), e.g. 2024-05-27 or 2024-05";
  const orReasons = allowedReasons(field);
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(v);
  if (dotted) {
    const iso = `${dotted[3]}-${(dotted[2] ?? "").padStart(2, "0")}-${(dotted[1] ?? "").padStart(2, "0")}`;
    const hint = parsePartialDate(iso)
      ? ` If it means day ${dotted[1]}, month ${dotted[2]}, write ${iso}.`
      : "";
    return fail(
      cell.offset,
      "not-date",
      `${show(v)} is written day-first. Write dates as ${forms}.${hint}`,
    );
  }
  const loose = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(v);
  if (loose) {
    const iso = [loose[1], loose[2]?.padStart(2, "0"), loose[3]?.padStart(2, "0")]
      .filter(Boolean)
      .join("-");
    return fail(
      cell.offset,
      "not-date",
      `${show(v)} needs two digits for the month and the day: write ${iso}.`,
    );
  }
  return fail(cell.offset, "not-date", `${show(v)} is not a date. Write ${forms}${orReasons}.`);
}

function typeList(field: FieldSpec, cell: Cell): Typed {
  const items = cell.value.split(field.delimiter);
  const problems: CellProblem[] = [];
  const values: string[] = [];
  let index = 0;
  for (const item of items) {
    if (item === "") {
      problems.push({
        offset: offsetOf(cell, index),
        code: "empty-list-item",
        message: `${show(cell.value)} has an empty item. Separate items with a single "${field.delimiter}" and no "${field.delimiter}" at the start or end.`,
      });
    } else if (item.trim() !== item) {
      problems.push({
        offset: offsetOf(cell, index),
        code: "whitespace-padded",
        message: `${show(cell.value)} has spaces around an item. Write the items joined by "${field.delimiter}" with no spaces, e.g. ${show(
          items
            .map((i) => i.trim())
            .filter(Boolean)
            .join(field.delimiter),
        )}.`,
      });
    } else if (values.includes(item)) {
      problems.push({
        offset: offsetOf(cell, index),
        code: "duplicate-list-item",
        message: `${show(cell.value)} lists ${show(item)} twice. Keep it once.`,
      });
    } else {
      const typed = typeText(field, cell, item, index);
      if (typed.ok) values.push(item);
      else problems.push(...typed.problems);
    }
    index += item.length + field.delimiter.length;
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: values };
}

/** A text, or one item of a list, starting at character `index` of the cell. */
function typeText(field: FieldSpec, cell: Cell, v: string, index: number): Typed {
  if (field.enum || field.type === "list") {
    const mixed = mixedScript(v);
    if (mixed) {
      return fail(
        offsetOf(cell, index + mixed.index),
        "mixed-script",
        `${show(v)} mixes Latin and Cyrillic letters: ${show(mixed.letter)} (character ${mixed.index + 1}) is ${mixed.script}. Retype the word in one alphabet.`,
      );
    }
  }
  if (field.enum && !field.enum.includes(v)) {
    const near = closest(v, field.enum);
    const list = field.enum.map((e) => `"${e}"`).join(", ");
    return fail(
      offsetOf(cell, index),
      "not-in-enum",
      `${show(v)} is not an allowed value.${near ? ` Did you mean "${near}"?` : ""} Allowed: ${list}${allowedReasons(field)}.`,
    );
  }
  if (field.pattern && !field.pattern.test(v)) {
    const example = field.descriptor["example"];
    const slug = v
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const hint = typeof example === "string" ? ` e.g. ${example}` : slug ? ` e.g. ${slug}` : "";
    return fail(
      offsetOf(cell, index),
      "pattern-mismatch",
      field.patternText?.includes("[a-z0-9]")
        ? `${show(v)} is not a valid id. Use lowercase letters a-z, digits and single hyphens, nothing else,${hint || " e.g. ap-2024-05-27"}.`
        : `${show(v)} does not have the form this column needs (pattern ${field.patternText ?? ""}).${hint}`,
    );
  }
  if (field.format === "uri" && !isWebAddress(v)) {
    return fail(
      offsetOf(cell, index),
      "not-url",
      `${show(v)} is not a web address. Copy the full address from the browser, starting with https://${allowedReasons(field)}.`,
    );
  }
  const tag = v.includes("<") ? HTML_TAG.exec(v) : null;
  if (tag) {
    return fail(
      offsetOf(cell, index + tag.index),
      "html-tag",
      `${show(v)} contains the HTML tag ${show(tag[0])}. Write plain text only; the site does the formatting.`,
    );
  }
  return { ok: true, value: v };
}

function isWebAddress(v: string): boolean {
  if (/\s/.test(v)) return false;
  try {
    const url = new URL(v);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/** The first letter of the minority alphabet in a word mixing Latin and Cyrillic letters. */
function mixedScript(v: string): { index: number; letter: string; script: string } | null {
  if (!ANY_CYRILLIC.test(v) || !ANY_LATIN.test(v)) return null;
  const word = /[\p{L}\p{M}]+/gu;
  for (let m = word.exec(v); m; m = word.exec(v)) {
    const w = m[0];
    const latin = [...w.matchAll(/\p{Script=Latin}/gu)];
    const cyrillic = [...w.matchAll(/\p{Script=Cyrillic}/gu)];
    if (latin.length && cyrillic.length) {
      const [odd, script] =
        latin.length <= cyrillic.length ? [latin, "Latin"] : [cyrillic, "Cyrillic"];
      const first = odd[0];
      if (first) return { index: m.index + (first.index ?? 0), letter: first[0], script };
    }
  }
  return null;
}

const CACHE_LIMIT = 5_000;

/**
 * `typeCell` for one field, remembering the typed value of texts it has seen (enum values,
 * numbers, reasons repeat across thousands of rows). Only successes are kept, frozen, and
 * never for dates (each row gets its own Date) or for values holding a quote (whether such a
 * value is valid depends on how the cell was quoted).
 */
export function cellTyper(
  field: FieldSpec,
): (text: string, value: string, offset: number) => Typed {
  const cellOf = (text: string, value: string, offset: number): Cell => ({
    value,
    offset,
    quoted: text.charCodeAt(offset) === 34,
  });
  // Free texts (ids, summaries) rarely repeat: hashing them would cost more than it saves.
  if (field.type === "string" && !field.enum && !field.partialDate && field.reasons.length === 0) {
    return (text, value, offset) => typeCell(field, cellOf(text, value, offset));
  }
  const cache = new Map<string, Typed>();
  const dated = field.type === "date" || field.partialDate;
  return (text, value, offset) => {
    const hit = cache.get(value);
    if (hit) return hit;
    const typed = typeCell(field, cellOf(text, value, offset));
    if (typed.ok && cache.size < CACHE_LIMIT && !value.includes('"')) {
      const typedValue = typed.value;
      if (typedValue === null || typeof typedValue !== "object") cache.set(value, typed);
      else if (!dated) {
        cache.set(value, { ok: true, value: Object.freeze(typedValue) as CellValue });
      }
    }
    return typed;
  };
}
