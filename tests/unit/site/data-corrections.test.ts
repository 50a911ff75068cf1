import { describe, expect, it } from "vitest";
import { dataCorrections, parseChangelog } from "../../../src/lib/site/changelog";

const CHANGELOG = `# Changelog

## 1.2.0 - 2026-12-01

- Added \`exchanges/2026-11-30\`: a new exchange.
- Corrected \`exchanges/2024-01-31\` (returned_to_ukraine): Ukraine revised its count from 10 to 12.
- Removed \`exchange_claims/2025-07-23-ukraine-ukraine\`: it covered every stage, not one.

## 1.1.0 - 2026-11-23

- Changed the wording of \`sources/ap\` and \`sources/wsj\` summaries.
`;

describe("dataCorrections", () => {
  it("lists changelog lines that correct or remove rows, with the rows they name", () => {
    const found = dataCorrections(parseChangelog(CHANGELOG));
    expect(found.map((c) => [c.version, c.date, c.rows])).toEqual([
      ["1.2.0", "2026-12-01", ["exchanges/2024-01-31"]],
      ["1.2.0", "2026-12-01", ["exchange_claims/2025-07-23-ukraine-ukraine"]],
      ["1.1.0", "2026-11-23", ["sources/ap", "sources/wsj"]],
    ]);
  });

  it("ignores additions", () => {
    const found = dataCorrections(parseChangelog(CHANGELOG));
    expect(found.some((c) => c.text.startsWith("Added"))).toBe(false);
  });
});
