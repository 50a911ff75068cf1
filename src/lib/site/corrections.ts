/**
 * Corrections to the data as the pages show them: the rows of data/corrections.csv (validated
 * by the reader), newest first. Nothing here reads the changelog's prose.
 */
import { compare as semverCompare } from "semver";
import { load, type CorrectionRow } from "../data";

/** Every data correction, newest first (date, then version), in file order within a version. */
export function correctionRows(): readonly CorrectionRow[] {
  const rows = load("corrections");
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        b.row.date.iso.localeCompare(a.row.date.iso) ||
        semverCompare(b.row.version, a.row.version) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

/** The corrections of one resource, or of one row of it, newest first. */
export function correctionsOf(resource: string, id?: string): readonly CorrectionRow[] {
  return correctionRows().filter(
    (c) => c.resource === resource && (id === undefined || c.record_id === id),
  );
}

/** The anchor of a data correction on the corrections page (and its feed item's link); ids keep to letters, digits and hyphens. */
export const correctionAnchor = (c: Pick<CorrectionRow, "id">): string =>
  `data-${c.id.replaceAll(".", "-")}`;
