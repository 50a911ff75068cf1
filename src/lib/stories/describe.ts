/**
 * Data rows in plain words, for a source's page ("key facts taken from it"). Every figure is
 * printed with what it counts and who stated it; a missing figure is printed as its reason.
 */
import { load, loadPackage, type LoadedPackage } from "../data";
import {
  isMissing,
  type AbuseRow,
  type CommunicationRow,
  type ExchangeClaimRow,
  type ExchangeRow,
  type Maybe,
  type PartialDate,
  type TotalRow,
} from "../data/types";
import { formatFigure } from "./rows";

export type RowResource = "exchanges" | "exchange_claims" | "totals" | "communication" | "abuses";

export const RESOURCE_TITLES: Readonly<Record<RowResource, string>> = {
  exchanges: "Prisoner exchanges",
  exchange_claims: "Differing claims about exchanges",
  totals: "Official totals",
  communication: "Rules and practice on contact with families",
  abuses: "Documented abuse",
};

const RESOURCES = Object.keys(RESOURCE_TITLES) as RowResource[];

export interface CitingRow {
  resource: RowResource;
  id: string;
  /** true when the row names the source as its main source, false when corroborating. */
  primary: boolean;
  text: string;
}

function n(value: Maybe<number>): string {
  return formatFigure({ value, qualifier: null, denominator: null });
}

function d(value: Maybe<PartialDate>): string {
  return isMissing(value) ? value.missing : value.iso;
}

function q(
  value: Maybe<number>,
  qualifier: Parameters<typeof formatFigure>[0]["qualifier"],
): string {
  return formatFigure({ value, qualifier, denominator: null });
}

export function describeExchange(r: ExchangeRow): string {
  const number = isMissing(r.exchange_number) ? "" : ` (exchange no. ${r.exchange_number})`;
  const mediator = isMissing(r.mediator)
    ? `mediator ${r.mediator.missing}`
    : `mediated by ${r.mediator.join(" and ")}`;
  if (r.kind === "aborted") return `${r.date.iso}: an exchange that did not take place${number}.`;
  if (r.kind === "bodies") return `${r.date.iso}: a return of bodies${number}.`;
  const what = r.kind === "stage" ? "stage of a staged exchange" : "exchange";
  return `${r.date.iso}: ${what}${number}; returned to Ukraine: ${q(r.returned_to_ukraine, r.returned_to_ukraine_qualifier)} (as announced by Ukraine); returned to Russia: ${q(r.returned_to_russia, r.returned_to_russia_qualifier)} (as announced by Russia); ${mediator}.`;
}

export function describeClaim(r: ExchangeClaimRow): string {
  return `Exchange of ${r.exchange_id}: ${r.claimant} put the number returned ${r.direction === "to ukraine" ? "to Ukraine" : "to Russia"} at ${formatFigure({ value: r.figure, qualifier: r.qualifier, denominator: null })}.`;
}

export function describeTotal(r: TotalRow): string {
  return `As of ${r.as_of.iso}: ${formatFigure({ value: r.figure, qualifier: r.qualifier, denominator: null })}, ${r.measure} (stated by ${r.stated_by}).`;
}

export function describeCommunication(r: CommunicationRow): string {
  const limit = isMissing(r.limit) ? "" : ` Limit: ${r.limit}.`;
  return `${r.regime}, ${r.prisoners}, ${r.channel}: ${r.status}, from ${d(r.start)}.${limit} ${r.summary}`;
}

export function describeAbuse(r: AbuseRow): string {
  const denominator = isMissing(r.denominator) ? null : r.denominator;
  const percent = isMissing(r.percent) ? null : r.percent;
  let figure = formatFigure({ value: r.figure, qualifier: r.figure_kind, denominator, percent });
  // A share published only as a percentage already reads "86% of 142, count not published".
  if (percent !== null && !isMissing(r.figure)) figure += ` (${n(percent)}%)`;
  const start = d(r.period_start);
  const end = d(r.period_end);
  const period = start === end ? `period ${start}` : `period ${start} to ${end}`;
  return `${r.reporting_body} (${r.verification}), ${period}: ${figure}, ${r.measure}. ${r.summary}`;
}

type Described = { id: string; source_id: string; other_source_ids: string[] | null };

function rows(resource: RowResource): readonly (Described & { text: string })[] {
  switch (resource) {
    case "exchanges":
      return load("exchanges").map((r) => ({ ...r, text: describeExchange(r) }));
    case "exchange_claims":
      return load("exchange_claims").map((r) => ({
        ...r,
        other_source_ids: null,
        text: describeClaim(r),
      }));
    case "totals":
      return load("totals").map((r) => ({ ...r, text: describeTotal(r) }));
    case "communication":
      return load("communication").map((r) => ({ ...r, text: describeCommunication(r) }));
    case "abuses":
      return load("abuses").map((r) => ({ ...r, text: describeAbuse(r) }));
  }
}

const indexes = new WeakMap<LoadedPackage, Map<string, CitingRow[]>>();

/**
 * Every data row that relies on the source, grouped in resource order. Indexed once per loaded
 * package (once per build; again in `astro dev` after the data changes).
 */
export function rowsCiting(sourceId: string): readonly CitingRow[] {
  const pkg = loadPackage();
  let index = indexes.get(pkg);
  if (index === undefined) {
    const built = new Map<string, CitingRow[]>();
    for (const resource of RESOURCES) {
      for (const row of rows(resource)) {
        const add = (id: string, primary: boolean) => {
          const list = built.get(id) ?? [];
          list.push({ resource, id: row.id, primary, text: row.text });
          built.set(id, list);
        };
        add(row.source_id, true);
        for (const other of row.other_source_ids ?? [])
          if (other !== row.source_id) add(other, false);
      }
    }
    indexes.set(pkg, (index = built));
  }
  return index.get(sourceId) ?? [];
}
