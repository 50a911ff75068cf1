// The malformed corpus: one broken file swapped into the valid fixture package per case.
// Every case asserts the issue's code and its place (file, line, column) in the file; the
// place is marked with ‸ in the case's text, so positions are readable in the table below.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validatePackage, type Issue } from "../../src/lib/data/index.ts";
import { BYTES, edit, marked, packageWith, validText } from "./helpers.ts";

const CLAIMS_HEADER = "id,exchange_id,direction,claimant,figure,qualifier,source_id,notes";
const CLAIM_1 = "claim-1,2024-01-31,to ukraine,Russia,12,about,test-source-c,";
const CLAIM_2 = "claim-2,2024-01-31,to russia,Türkiye,10,exact,test-source-a,A claim.";
const claims = (...lines: string[]): string => `${lines.join("\n")}\n`;
/** exchange_claims.csv with one cell of the first row replaced. */
const claimWith = (from: string, to: string): string =>
  claims(CLAIMS_HEADER, CLAIM_1.replace(from, to), CLAIM_2);

interface Case {
  name: string;
  /** File whose text carries the ‸ marker (or whose bytes are given). */
  file: string;
  text: string;
  code: string;
  field?: string;
  /** Other files to change in the package. */
  also?: Record<string, string | null>;
}

export const cases: Case[] = [
  // Header
  {
    name: "unknown column name",
    file: "exchange_claims.csv",
    code: "unknown-header",
    text: claims(CLAIMS_HEADER.replace("figure,", "‸figures,"), CLAIM_1, CLAIM_2),
  },
  {
    name: "missing column",
    file: "exchange_claims.csv",
    code: "missing-header",
    text: claims("‸" + CLAIMS_HEADER.replace(",notes", ""), CLAIM_1.slice(0, -1)),
  },
  {
    name: "duplicated column",
    file: "exchange_claims.csv",
    code: "duplicate-header",
    text: claims(`${CLAIMS_HEADER},‸notes`, `${CLAIM_1},`),
  },
  {
    name: "column name padded with a space",
    file: "exchange_claims.csv",
    code: "padded-header",
    text: claims(CLAIMS_HEADER.replace(",figure", ",‸ figure"), CLAIM_1),
  },
  {
    name: "empty column name",
    file: "exchange_claims.csv",
    code: "empty-header",
    text: claims(`${CLAIMS_HEADER},‸`, `${CLAIM_1},`),
  },
  // Source titles: the set (source-titles.ts)
  {
    name: "source title whose id is not <source_id>-<language>",
    file: "source_titles.csv",
    code: "source-title-id",
    field: "id",
    text: validText("source_titles.csv").replace("test-source-a-uk,", "‸test-source-a-ua,"),
  },
  {
    name: "source title in the source's own language",
    file: "source_titles.csv",
    code: "source-title-own-language",
    field: "language",
    text: `${validText("source_titles.csv")}test-source-a-en,test-source-a,‸en,Same title\n`,
  },
  {
    name: "source with no title in a site language",
    file: "sources.csv",
    code: "source-title-missing",
    field: "id",
    text: edit("sources.csv", "\ntest-source-a,", "\n‸test-source-a,"),
    also: {
      "source_titles.csv": validText("source_titles.csv").replace(/^test-source-a-uk,.*\n/m, ""),
    },
  },
  // Translations (translations.ts): each row against the cell it translates
  {
    name: "translation whose id is not <file>/<row>/<column>/<language>",
    file: "translations.csv",
    code: "translation-id",
    field: "id",
    text: edit(
      "translations.csv",
      "\nexchanges/2024-01-31/notes/uk,",
      "\n‸exchanges/2024-01-31/uk,",
    ),
  },
  {
    name: "translation of a row that does not exist",
    file: "translations.csv",
    code: "translation-row",
    field: "record_id",
    text: edit(
      "translations.csv",
      "\nexchanges/2024-01-31/notes/uk,exchanges,2024-01-31,",
      "\nexchanges/2024-01-30/notes/uk,exchanges,‸2024-01-30,",
    ),
  },
  {
    name: "translation of a column we do not translate (a name, a number)",
    file: "translations.csv",
    code: "translation-field",
    field: "field",
    text: edit(
      "translations.csv",
      "\nexchanges/2024-01-31/notes/uk,exchanges,2024-01-31,notes,",
      "\nexchanges/2024-01-31/mediator/uk,exchanges,2024-01-31,‸mediator,",
    ),
  },
  {
    name: "translation whose numbers differ from the English",
    file: "translations.csv",
    code: "translation-numbers",
    field: "text",
    text:
      validText("translations.csv") +
      'exchanges/2024-05/notes/ru,exchanges,2024-05,notes,ru,"About 1,358 returned.",‸Вернулись около 1 385.\n',
  },
  // Corrections (corrections.ts): each row against the changelog and the other files
  {
    name: "correction of a version the changelog does not have",
    file: "corrections.csv",
    code: "correction-version",
    field: "version",
    text: edit("corrections.csv", "test-source-a,1.1.0,", "test-source-a,‸1.0.5,"),
  },
  {
    name: "correction dated otherwise than its version",
    file: "corrections.csv",
    code: "correction-date",
    field: "date",
    text: edit("corrections.csv", "1.1.0,2025-12-01,sources", "1.1.0,‸2025-12-02,sources"),
  },
  {
    name: "correction of a resource the package does not have",
    file: "corrections.csv",
    code: "correction-resource",
    field: "resource",
    text: edit("corrections.csv", "2025-12-01,sources,", "2025-12-01,‸source,"),
  },
  {
    name: "correction of a row that does not exist",
    file: "corrections.csv",
    code: "correction-record",
    field: "record_id",
    text: edit("corrections.csv", "sources,test-source-a,", "sources,‸test-source-z,"),
  },
  {
    name: "removal of a row that is still there",
    file: "corrections.csv",
    code: "correction-record",
    field: "record_id",
    text: edit("corrections.csv", "totals,total-0,removed", "totals,‸total-2,removed"),
  },
  {
    name: "correction naming a column the resource does not have",
    file: "corrections.csv",
    code: "correction-fields",
    field: "fields",
    text: edit("corrections.csv", "changed,summary,", "changed,‸summary;sumary,"),
  },
  {
    name: "correction naming no column",
    file: "corrections.csv",
    code: "correction-fields",
    field: "fields",
    text: edit("corrections.csv", "changed,summary,", "changed,‸,"),
  },
  {
    name: "removal naming columns",
    file: "corrections.csv",
    code: "correction-fields",
    field: "fields",
    text: edit("corrections.csv", "removed,,", "removed,‸figure,"),
  },
  {
    name: "translated reason whose id is not <correction_id>-<language>",
    file: "correction_texts.csv",
    code: "correction-text-id",
    field: "id",
    text: edit("correction_texts.csv", "\n1.1.0-totals-total-0-ru,", "\n‸1.1.0-totals-total-0-uk,"),
  },
  {
    name: "correction with no reason in a site language",
    file: "corrections.csv",
    code: "correction-text-missing",
    field: "id",
    text: edit("corrections.csv", "\n1.1.0-totals-total-0,", "\n‸1.1.0-totals-total-0,"),
    also: {
      "correction_texts.csv": edit(
        "correction_texts.csv",
        "1.1.0-totals-total-0-ru,1.1.0-totals-total-0,ru,Удаление для теста: показатель был другой.\n",
        "",
      ),
    },
  },
  // Records and quotes
  {
    name: "row with too many cells",
    file: "exchange_claims.csv",
    code: "wrong-cell-count",
    text: claims(CLAIMS_HEADER, `${CLAIM_1},‸extra`, CLAIM_2),
  },
  {
    name: "row with too few cells",
    file: "exchange_claims.csv",
    code: "wrong-cell-count",
    text: claims(CLAIMS_HEADER, CLAIM_1, "‸" + CLAIM_2.replace(",A claim.", "")),
  },
  {
    name: "unterminated quote",
    file: "exchange_claims.csv",
    code: "unterminated-quote",
    text: claims(
      CLAIMS_HEADER,
      CLAIM_1,
      CLAIM_2.replace("A claim.", '‸"A claim that never closes'),
    ),
  },
  {
    name: "stray quote in an unquoted cell",
    file: "exchange_claims.csv",
    code: "stray-quote",
    field: "claimant",
    text: claimWith("Russia", 'Rus‸"sia'),
  },
  {
    name: "undoubled quote inside a quoted cell",
    file: "exchange_claims.csv",
    code: "stray-quote",
    text: claims(CLAIMS_HEADER, `${CLAIM_1}"a ‸"b" c"`, CLAIM_2),
  },
  {
    name: "blank line in the middle",
    file: "exchange_claims.csv",
    code: "blank-line",
    text: claims(CLAIMS_HEADER, CLAIM_1, "‸", CLAIM_2),
  },
  {
    name: "semicolon-delimited export",
    file: "exchange_claims.csv",
    code: "semicolon-delimited",
    text: claims(
      `id‸;${CLAIMS_HEADER.slice(3).replaceAll(",", ";")}`,
      CLAIM_1.replaceAll(",", ";"),
    ),
  },
  { name: "empty file", file: "exchange_claims.csv", code: "empty-file", text: "‸" },
  // Numbers
  {
    name: "letters in a whole number",
    file: "exchange_claims.csv",
    code: "not-integer",
    field: "figure",
    text: claimWith(",12,", ",‸12a,"),
  },
  {
    name: "decimals in a whole number",
    file: "exchange_claims.csv",
    code: "not-integer",
    field: "figure",
    text: claimWith(",12,", ",‸2.5,"),
  },
  {
    name: "thousands separator in a whole number",
    file: "exchange_claims.csv",
    code: "thousands-separator",
    field: "figure",
    text: claimWith(",12,", ',‸"1,000",'),
  },
  {
    name: "negative count",
    file: "exchange_claims.csv",
    code: "below-minimum",
    field: "figure",
    text: claimWith(",12,", ",‸-5,"),
  },
  {
    name: "blank required cell",
    file: "exchange_claims.csv",
    code: "required-blank",
    field: "figure",
    text: claimWith(",12,", ",‸,"),
  },
  {
    name: "decimal comma in a number",
    file: "abuses.csv",
    code: "decimal-comma",
    field: "figure",
    text: edit("abuses.csv", "executions,12,", 'executions,‸"2,5",'),
  },
  {
    name: "percent above 100",
    file: "abuses.csv",
    code: "above-maximum",
    field: "percent",
    text: edit("abuses.csv", "share,10,90,", "share,10,‸120,"),
  },
  {
    name: "missing reason the column does not accept",
    file: "exchanges.csv",
    code: "reason-not-allowed",
    field: "returned_to_ukraine",
    text: edit("exchanges.csv", "exchange,50,10,", "exchange,50,‸not stated,"),
  },
  // Dates
  {
    name: "day-first date",
    file: "totals.csv",
    code: "not-date",
    field: "as_of",
    text: edit("totals.csv", "total-2,2024,", "total-2,‸31.01.2024,"),
  },
  {
    name: "day that does not exist",
    file: "totals.csv",
    code: "date-not-exist",
    field: "as_of",
    text: edit("totals.csv", "total-2,2024,", "total-2,‸2024-02-30,"),
  },
  {
    name: "month that does not exist (partial date)",
    file: "totals.csv",
    code: "date-not-exist",
    field: "as_of",
    text: edit("totals.csv", "total-2,2024,", "total-2,‸2024-13,"),
  },
  // Texts, enums, patterns
  {
    name: "value outside the allowed list",
    file: "exchange_claims.csv",
    code: "not-in-enum",
    field: "qualifier",
    text: claimWith(",about,", ",‸approx,"),
  },
  {
    name: "list item outside the allowed list",
    file: "exchanges.csv",
    code: "not-in-enum",
    field: "mediator",
    text: edit("exchanges.csv", "Türkiye;US", "Türkiye;‸Turkey"),
  },
  {
    name: "id that breaks the pattern",
    file: "exchange_claims.csv",
    code: "pattern-mismatch",
    field: "id",
    text: claimWith("claim-1", "‸Claim 1"),
  },
  {
    name: "address that is not a web address",
    file: "sources.csv",
    code: "not-url",
    field: "url",
    text: edit("sources.csv", "https://example.org/a", "‸example.org/a"),
  },
  {
    name: "formula (=) in a text cell",
    file: "exchange_claims.csv",
    code: "formula-injection",
    field: "notes",
    text: claims(CLAIMS_HEADER, `${CLAIM_1}‸=SUM(A1:A3)`, CLAIM_2),
  },
  {
    name: "HTML tag in a text cell",
    file: "exchange_claims.csv",
    code: "html-tag",
    field: "notes",
    text: claims(CLAIMS_HEADER, `${CLAIM_1}See ‸<b>this</b>`, CLAIM_2),
  },
  {
    name: "non-breaking space in a cell",
    file: "exchange_claims.csv",
    code: "invisible-character",
    field: "notes",
    text: claims(CLAIMS_HEADER, CLAIM_1, CLAIM_2.replace("A claim.", "A‸\u00a0claim.")),
  },
  {
    name: "zero-width space in a cell",
    file: "exchange_claims.csv",
    code: "invisible-character",
    field: "claimant",
    text: claimWith("Russia", "Russia‸\u200b"),
  },
  {
    name: "Cyrillic letter in a Latin enum value",
    file: "exchange_claims.csv",
    code: "mixed-script",
    field: "claimant",
    text: claimWith("Russia", "Russi‸\u0430"),
  },
  {
    name: "Latin letter in a Cyrillic word",
    file: "exchange_claims.csv",
    code: "mixed-script",
    field: "claimant",
    text: claimWith("Russia", "Укр‸aїна"),
  },
  {
    name: "value padded with a space",
    file: "exchange_claims.csv",
    code: "whitespace-padded",
    field: "claimant",
    text: claimWith("Russia", "‸ Russia"),
  },
  {
    name: "empty list item",
    file: "totals.csv",
    code: "empty-list-item",
    field: "other_source_ids",
    text: edit(
      "totals.csv",
      "test-source-b,test-source-a,",
      "test-source-b,test-source-a;‸;test-source-c,",
    ),
  },
  {
    name: "list item given twice",
    file: "exchanges.csv",
    code: "duplicate-list-item",
    field: "mediator",
    text: edit("exchanges.csv", "Türkiye;US", "Türkiye;‸Türkiye"),
  },
  {
    name: "error after a quoted cell with a line break",
    file: "sources.csv",
    code: "not-in-enum",
    field: "language",
    text: edit("sources.csv", ",ru,aggregator", ",‸xx,aggregator"),
  },
  // Keys and rules across rows and files
  {
    name: "duplicated primary key",
    file: "exchange_claims.csv",
    code: "duplicate-key",
    field: "id",
    text: claims(CLAIMS_HEADER, CLAIM_1, "‸" + CLAIM_2.replace("claim-2", "claim-1")),
  },
  {
    name: "foreign key not found",
    file: "exchange_claims.csv",
    code: "unknown-foreign-key",
    field: "source_id",
    text: claimWith("test-source-c", "‸test-source-x"),
  },
  {
    name: "foreign key to another data file not found",
    file: "exchange_claims.csv",
    code: "unknown-foreign-key",
    field: "exchange_id",
    text: claimWith("2024-01-31", "‸2099-01-01"),
  },
  {
    name: "foreign key list item not found",
    file: "totals.csv",
    code: "unknown-foreign-key",
    field: "other_source_ids",
    text: edit(
      "totals.csv",
      "test-source-b,test-source-a,",
      "test-source-b,test-source-a;‸test-source-x,",
    ),
  },
  {
    name: "share without a denominator",
    file: "abuses.csv",
    code: "share-without-denominator",
    field: "denominator",
    text: edit("abuses.csv", "share,10,", "share,‸not applicable,"),
  },
  {
    name: "figure not stated on a row that is not a share",
    file: "abuses.csv",
    code: "figure-not-stated",
    field: "figure_kind",
    text: edit("abuses.csv", "executions,12,at least,", "executions,not stated,‸at least,"),
  },
  {
    name: "figure not stated on a share without a percentage",
    file: "abuses.csv",
    code: "figure-not-stated",
    field: "percent",
    text: edit("abuses.csv", "not stated,share,142,86,", "not stated,share,142,‸not stated,"),
  },
  // The descriptor and the changelog
  {
    name: "descriptor that is not JSON",
    file: "datapackage.json",
    code: "invalid-json",
    text: edit(
      "datapackage.json",
      '"version": "1.2.0",\n  "updated"',
      '"version": "1.2.0"\n  ‸"updated"',
    ),
  },
  {
    name: "descriptor without a version",
    file: "datapackage.json",
    code: "missing-property",
    text: "‸" + edit("datapackage.json", '"version": "1.2.0",\n  ', ""),
  },
  {
    name: "version that is not semver",
    file: "datapackage.json",
    code: "not-semver",
    text: edit("datapackage.json", '"version": "1.2.0"', '‸"version": "1.2"'),
  },
  {
    name: "updated date that does not exist",
    file: "datapackage.json",
    code: "invalid-date",
    text: edit("datapackage.json", '"updated": "2026-01-15"', '‸"updated": "2026-02-30"'),
  },
  {
    name: "resource path outside the data folder",
    file: "datapackage.json",
    code: "invalid-schema",
    text: edit(
      "datapackage.json",
      '"name": "totals",\n      "path": "totals.csv"',
      '‸"name": "totals",\n      "path": "../totals.csv"',
    ),
  },
  {
    name: "changelog entry newer than the package version",
    file: "CHANGELOG.md",
    code: "version-not-bumped",
    text: edit(
      "CHANGELOG.md",
      "## 1.2.0 - 2026-01-15",
      "‸## 1.2.1 - 2026-01-16\n\n- A fix.\n\n## 1.2.0 - 2026-01-15",
    ),
  },
  {
    // Pre-releases are ordered by their numbers (rc.10 after rc.2), not as text.
    name: "changelog pre-release newer than the package's pre-release",
    file: "CHANGELOG.md",
    code: "version-not-bumped",
    text: edit(
      "CHANGELOG.md",
      "## 1.2.0 - 2026-01-15",
      "‸## 1.3.0-rc.10 - 2026-01-20\n\n- Later candidate.\n\n## 1.3.0-rc.2 - 2026-01-16\n\n- A candidate.\n\n## 1.2.0 - 2026-01-15",
    ),
    also: {
      "datapackage.json": edit(
        "datapackage.json",
        '"version": "1.2.0"',
        '"version": "1.3.0-rc.2"',
      ).replace('"updated": "2026-01-15"', '"updated": "2026-01-16"'),
    },
  },
  {
    name: "version without a changelog entry",
    file: "CHANGELOG.md",
    code: "no-changelog-entry",
    text: "‸" + edit("CHANGELOG.md", "## 1.2.0 - 2026-01-15", "## 1.1.1 - 2026-01-15"),
  },
];

/** Issues of a package made from the valid one with `file` replaced by `text`. */
function check(
  file: string,
  text: string | Uint8Array | null,
  also: Record<string, string | null> = {},
): Issue[] {
  return validatePackage(packageWith({ ...also, [file]: text }), { label: "data" }).issues;
}

describe("malformed data: each problem is reported with its code and place", () => {
  it.each(cases)("$name ($code)", ({ file, text, code, field, also }) => {
    const { text: content, line, column } = marked(text);
    const issues = check(file, content, also);
    expect(issues).toContainEqual({
      file: `data/${file}`,
      line,
      column,
      ...(field === undefined ? {} : { field }),
      code,
      message: expect.any(String),
    });
    // Nothing is reported in files that were not touched.
    expect(issues.filter((i) => i.file !== `data/${file}`)).toEqual([]);
  });

  it("a rule declared in x-rules is enforced", () => {
    const descriptor = edit(
      "datapackage.json",
      '"x-rules": [',
      '"x-rules": [\n    { "resource": "exchanges", "when": { "kind": "aborted" }, "require": "notes" },',
    );
    const { text, line, column } = marked(
      edit("exchanges.csv", ',"Aborted, with ""quotes""."', ",‸"),
    );
    const issues = validatePackage(
      packageWith({ "datapackage.json": descriptor, "exchanges.csv": text }),
      {
        label: "data",
      },
    ).issues;
    expect(issues).toEqual([
      expect.objectContaining({
        file: "data/exchanges.csv",
        line,
        column,
        field: "notes",
        code: "rule-broken",
      }),
    ]);
    expect(issues[0]?.message).toMatch(
      /^Because kind is "aborted", notes needs a real value, but it is empty\./,
    );
  });

  it("the share rule holds even when datapackage.json forgets to declare it", () => {
    const descriptor = edit("datapackage.json", '"x-rules": [', '"x-rules-off": [');
    const { text, line, column } = marked(
      edit("abuses.csv", "share,10,", "share,‸not applicable,"),
    );
    expect(
      validatePackage(packageWith({ "datapackage.json": descriptor, "abuses.csv": text }), {
        label: "data",
      }).issues,
    ).toEqual([expect.objectContaining({ line, column, code: "share-without-denominator" })]);
  });

  it("figure not stated: one issue per row, naming the fix in plain words", () => {
    const { text, line, column } = marked(
      edit("abuses.csv", "executions,12,at least,", "executions,not stated,‸at least,"),
    );
    const issues = check("abuses.csv", text);
    // Only the kind is reported (percent and denominator are judged once it is a share).
    expect(issues).toEqual([
      expect.objectContaining({ line, column, field: "figure_kind", code: "figure-not-stated" }),
    ]);
    expect(issues[0]?.message).toMatch(
      /^Because figure is "not stated", figure_kind must be "share", but it is "at least"\./,
    );
    expect(issues[0]?.message).toContain("If the source gives a count, write it in figure.");
    expect(issues[0]?.message).toContain('set figure_kind to "share"');
  });

  it("figure not stated on a share without a denominator is reported once, as a share rule", () => {
    const { text, line, column } = marked(
      edit("abuses.csv", "not stated,share,142,86,", "not stated,share,‸not applicable,86,"),
    );
    expect(check("abuses.csv", text)).toEqual([
      expect.objectContaining({
        line,
        column,
        field: "denominator",
        code: "share-without-denominator",
      }),
    ]);
  });

  it("the figure-not-stated rule holds even when datapackage.json forgets to declare it", () => {
    const descriptor = edit("datapackage.json", '"x-rules": [', '"x-rules-off": [');
    const { text, line, column } = marked(
      edit("abuses.csv", "not stated,share,142,86,", "not stated,share,142,‸not applicable,"),
    );
    const issues = validatePackage(
      packageWith({ "datapackage.json": descriptor, "abuses.csv": text }),
      { label: "data" },
    ).issues;
    expect(issues).toEqual([
      expect.objectContaining({ line, column, field: "percent", code: "figure-not-stated" }),
    ]);
    expect(issues[0]?.message).toMatch(
      /^Because figure is "not stated", percent needs a real value, but it says "not applicable"\./,
    );
  });

  it("a malformed x-rules is reported in datapackage.json", () => {
    const { text, line, column } = marked(
      edit("datapackage.json", '"x-rules": [', '‸"x-rules": [\n    "denominator",'),
    );
    expect(check("datapackage.json", text)).toEqual([
      expect.objectContaining({
        file: "data/datapackage.json",
        line,
        column,
        code: "invalid-schema",
      }),
    ]);
  });

  it.each(["=", "+", "-", "@", "\t"])("formula-like start %j in a text cell", (start) => {
    const { text, line, column } = marked(
      claims(CLAIMS_HEADER, CLAIM_1, CLAIM_2.replace("A claim.", `‸${start}cmd`)),
    );
    expect(check("exchange_claims.csv", text)).toEqual([
      expect.objectContaining({
        file: "data/exchange_claims.csv",
        line,
        column,
        field: "notes",
        code: "formula-injection",
      }),
    ]);
  });

  it("a file in an old encoding (Latin-1): names the line of the first bad byte", () => {
    const bytes = readFileSync(join(BYTES, "exchange_claims.latin1.csv"));
    expect(check("exchange_claims.csv", bytes)).toEqual([
      expect.objectContaining({
        file: "data/exchange_claims.csv",
        line: 3,
        column: 31,
        code: "not-utf8",
      }),
    ]);
  });

  it("CRLF file with a quoted line break: the error after it is on the right line", () => {
    const bytes = readFileSync(join(BYTES, "exchange_claims.crlf-error.csv"));
    expect(check("exchange_claims.csv", bytes)).toEqual([
      expect.objectContaining({
        file: "data/exchange_claims.csv",
        line: 4,
        column: 38,
        field: "figure",
        code: "not-integer",
      }),
    ]);
  });

  it.each(["exchanges.csv", "datapackage.json", "CHANGELOG.md"])("missing file %s", (file) => {
    const issues = check(file, null);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: `data/${file}`, line: 1, column: 1, code: "missing-file" }),
    );
  });

  it("reports every problem of every file in one run", () => {
    const dir = packageWith({
      "exchange_claims.csv": claims(
        CLAIMS_HEADER,
        CLAIM_1.replace(",12,", ",12a,"),
        CLAIM_2.replace(",10,", ",-1,"),
      ),
      "totals.csv": edit("totals.csv", "total-2,2024,", "total-2,2024-13,"),
      "CHANGELOG.md": "# Changelog\n",
    });
    const codes = validatePackage(dir, { label: "data" }).issues.map(
      (i) => `${i.file}:${i.line} ${i.code}`,
    );
    expect(codes).toEqual([
      "data/CHANGELOG.md:1 no-changelog-entry",
      "data/exchange_claims.csv:2 not-integer",
      "data/exchange_claims.csv:3 below-minimum",
      "data/totals.csv:3 date-not-exist",
    ]);
  });
});

describe("did-you-mean hints", () => {
  it.each([
    ["Rusia", 'Did you mean "Russia"?'],
    ["ukraine", 'Did you mean "Ukraine"?'],
    ["0", null],
    ["US", null],
  ])("claimant %j", (value, hint) => {
    const issues = check(
      "exchange_claims.csv",
      claims(CLAIMS_HEADER, CLAIM_1.replace("Russia", value), CLAIM_2),
    );
    const message = issues[0]?.message ?? "";
    if (hint) expect(message).toContain(hint);
    else expect(message).not.toContain("Did you mean");
  });
});
