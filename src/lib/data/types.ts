/**
 * Typed rows of every resource in data/datapackage.json (see docs/data-model.md).
 * The reader (src/lib/data) produces these; nothing else parses CSV.
 * A test checks that each interface's keys match the schema's fields.
 */

export type { Maybe, Missing, MissingReason, PartialDate } from "./values.ts";
export { isMissing } from "./values.ts";
import type { Maybe, PartialDate } from "./values.ts";

export type Qualifier = "exact" | "at least" | "more than" | "about" | "up to";

export type SourceKind =
  | "news report"
  | "official statement"
  | "UN report"
  | "NGO report"
  | "treaty text"
  | "prosecutor or court"
  | "aggregator or mirror"
  | "state media"
  | "podcast or broadcast";

export interface SourceRow {
  id: string;
  title: string;
  title_note: string | null;
  outlet: string;
  original_outlet: Maybe<string>;
  author: Maybe<string>;
  published: Maybe<PartialDate>;
  published_note: string | null;
  url: Maybe<string>;
  language: "en" | "uk" | "ru" | "pl" | "de" | "fr" | "tr" | "ja";
  kind: SourceKind;
  seed_file: string | null;
  summary: string;
}

export type Mediator = "UAE" | "Türkiye" | "Saudi Arabia" | "US" | "Vatican" | "Qatar";

export interface ExchangeRow {
  id: string;
  date: PartialDate;
  date_note: string | null;
  kind: "exchange" | "stage" | "aborted" | "bodies";
  exchange_number: Maybe<number>;
  returned_to_ukraine: Maybe<number>;
  returned_to_ukraine_qualifier: Qualifier;
  ukraine_military: Maybe<number>;
  ukraine_civilians: Maybe<number>;
  returned_to_russia: Maybe<number>;
  returned_to_russia_qualifier: Qualifier;
  russia_military: Maybe<number>;
  russia_civilians: Maybe<number>;
  mediator: Maybe<Mediator[]>;
  source_id: string;
  other_source_ids: string[] | null;
  notes: string | null;
}

export interface ExchangeClaimRow {
  id: string;
  exchange_id: string;
  direction: "to ukraine" | "to russia";
  claimant: "Ukraine" | "Russia" | "Türkiye" | "UAE" | "media";
  figure: number;
  qualifier: Qualifier;
  source_id: string;
  notes: string | null;
}

/**
 * What a total counts. `Ukrainian military held by Russia` and `Ukrainian civilians held by
 * Russia` are for statements that say which; `Ukrainians held by Russia` is for those that do not.
 */
export type TotalMeasure =
  | "returned to Ukraine, military only"
  | "returned to Ukraine, military and civilians"
  | "returned to Ukraine, including releases outside exchanges"
  | "returned to Ukraine in the year"
  | "returned to Ukraine in the stages of one exchange"
  | "exchanges held"
  | "exchanged through UAE mediation"
  | "Ukrainians held by Russia"
  | "Ukrainian military held by Russia"
  | "Ukrainian civilians held by Russia"
  | "Russians held by Ukraine";

export interface TotalRow {
  id: string;
  as_of: PartialDate;
  measure: TotalMeasure;
  figure: number;
  qualifier: Qualifier;
  stated_by: string;
  source_id: string;
  other_source_ids: string[] | null;
  notes: string | null;
}

export type Channel =
  "phone call" | "letter" | "capture card" | "parcel" | "ICRC visit" | "repatriation";
/**
 * `banned`: a rule or decision stops the channel. `none in practice`: sources report that it does
 * not happen, but no rule was found (so not `banned`). `not reported`: no source says either way.
 */
export type AccessStatus =
  "required" | "allowed" | "restricted" | "banned" | "none in practice" | "not reported";

export interface CommunicationRow {
  id: string;
  regime: "Geneva Convention III" | "Ukraine (detaining)" | "Russia (detaining)";
  prisoners: "any POW" | "Russian POWs held by Ukraine" | "Ukrainian POWs held by Russia";
  channel: Channel;
  status: AccessStatus;
  limit: Maybe<string>;
  start: Maybe<PartialDate>;
  end: Maybe<PartialDate>;
  legal_basis: Maybe<string>;
  summary: string;
  source_id: string;
  other_source_ids: string[] | null;
  notes: string | null;
}

export type AbuseMeasure =
  | "executions"
  | "torture or ill-treatment reported"
  | "deaths in captivity"
  | "pressure on relatives"
  | "prosecution for surrender"
  | "return to the front"
  | "interviews";

export type Verification =
  | "UN verified"
  | "UN recorded allegation"
  | "official national count"
  | "NGO investigation"
  | "media report"
  | "testimony";

export interface AbuseRow {
  id: string;
  report_date: Maybe<PartialDate>;
  period_start: Maybe<PartialDate>;
  period_end: Maybe<PartialDate>;
  reporting_body:
    | "OHCHR"
    | "Prosecutor General of Ukraine"
    | "Ukrainian Parliament Commissioner for Human Rights"
    | "Coordination Headquarters"
    | "Human Rights Watch"
    | "Security Service of Ukraine"
    | "media";
  verification: Verification;
  victims:
    | "Ukrainian POWs"
    | "Russian POWs"
    | "Ukrainian POWs' relatives"
    | "Russian POWs returned in exchanges"
    | "surrendering soldiers";
  perpetrator: "Russia" | "Ukraine";
  measure: AbuseMeasure;
  /**
   * The count. `{ missing: "not stated" }` only on a share published as a percentage of a known
   * group ("86% of 142"): then `figure_kind` is `share` and `percent` and `denominator` are
   * numbers (the validator's x-rules guarantee it). Never derive a count from the percentage.
   */
  figure: Maybe<number>;
  figure_kind: Qualifier | "share";
  denominator: Maybe<number>;
  percent: Maybe<number>;
  summary: string;
  source_id: string;
  other_source_ids: string[] | null;
  notes: string | null;
}

/** Resource name -> row type. */
export interface Rows {
  sources: SourceRow;
  exchanges: ExchangeRow;
  exchange_claims: ExchangeClaimRow;
  totals: TotalRow;
  communication: CommunicationRow;
  abuses: AbuseRow;
}
export type ResourceName = keyof Rows;
