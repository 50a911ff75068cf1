// Generated from data/datapackage.json by `npm run gen:contract`. Do not edit: change
// datapackage.json and run the command (`npm run check:data` fails while this is stale).
import type { Maybe, PartialDate } from "./values.ts";

/** Allowed values of `sources.kind`. */
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

/** Allowed values of `exchanges.returned_to_ukraine_qualifier`. */
export type Qualifier = "exact" | "at least" | "more than" | "about" | "up to";

/** Allowed values of `exchanges.mediator`. */
export type Mediator = "UAE" | "Türkiye" | "Saudi Arabia" | "US" | "Vatican" | "Qatar";

/** Allowed values of `totals.measure`. */
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

/** Allowed values of `communication.channel`. */
export type Channel =
  "phone call" | "letter" | "capture card" | "parcel" | "ICRC visit" | "repatriation";

/** Allowed values of `communication.status`. */
export type AccessStatus =
  "required" | "allowed" | "restricted" | "banned" | "none in practice" | "not reported";

/** Allowed values of `abuses.verification`. */
export type Verification =
  | "UN verified"
  | "UN recorded allegation"
  | "official national count"
  | "NGO investigation"
  | "media report"
  | "testimony";

/** Allowed values of `abuses.measure`. */
export type AbuseMeasure =
  | "executions"
  | "torture or ill-treatment reported"
  | "deaths in captivity"
  | "pressure on relatives"
  | "prosecution for surrender"
  | "return to the front"
  | "interviews";

/** Allowed values of `abuses.figure_kind`. */
export type FigureKind = "exact" | "at least" | "more than" | "about" | "up to" | "share";

/** Allowed values of `corrections.kind`. */
export type CorrectionKind = "corrected" | "changed" | "removed";

/** A row of data/sources.csv: Sources. */
export interface SourceRow {
  /** A short stable name for this source, in lower-case letters, digits and hyphens. */
  id: string;
  /** The page's headline as published, or our description of it when the headline was not seen. */
  title: string;
  /** Says when the title was reconstructed or described by us rather than read on the page. */
  title_note: string | null;
  /** Who published the page we read. */
  outlet: string;
  /** Who did the reporting when the page republishes another outlet's work. */
  original_outlet: Maybe<string>;
  /** The byline as published; several names are separated by semicolons. */
  author: Maybe<string>;
  /** The date the page was published, to the day, month or year the page supports. */
  published: Maybe<PartialDate>;
  /** Explains a publication date that is approximate or not stated. */
  published_note: string | null;
  /** The web address of the page we read. */
  url: Maybe<string>;
  /** The language of the page, as a two-letter code. */
  language: "en" | "uk" | "ru" | "pl" | "de" | "fr" | "tr" | "ja";
  /** What sort of document this is; aggregators, mirrors and state media are labelled as such. */
  kind: SourceKind;
  /** For the five seed documents, the file name of our stored copy. */
  seed_file: string | null;
  /** What the source says that we rely on, in our own words. */
  summary: string;
}

/** A row of data/source_titles.csv: Source titles in other languages. */
export interface SourceTitleRow {
  /** The source's id and the language code, joined by a hyphen (ap-2024-05-27-russian-pows-phone-calls-uk). */
  id: string;
  /** The source whose title this is: an id from sources.csv. */
  source_id: string;
  /** The language of this title, as a two-letter code: one of the site's languages, never the source's own. */
  language: "en" | "uk" | "ru";
  /** The source's title in that language, our translation of the title in sources.csv. */
  title: string;
}

/** A row of data/exchanges.csv: Prisoner exchanges. */
export interface ExchangeRow {
  /** The exchange date, with a suffix such as -b for a second event on the same day. */
  id: string;
  /** The day of the exchange, or the month or year when the day is not known. */
  date: PartialDate;
  /** Explains how the date was worked out when a source gives it only indirectly. */
  date_note: string | null;
  /** Whether this was a whole exchange, one stage of a staged exchange, an exchange that was called off, or a return of bodies. */
  kind: "exchange" | "stage" | "aborted" | "bodies";
  /** The running number a source gives this exchange (for example 50 for the 50th), never our own count. */
  exchange_number: Maybe<number>;
  /** How many people Ukraine received, as Ukraine announced it; for a return of bodies, the number of bodies. */
  returned_to_ukraine: Maybe<number>;
  /** Whether the number returned to Ukraine is exact or given as more than, about, at least or up to. */
  returned_to_ukraine_qualifier: Qualifier;
  /** How many of those returned to Ukraine were military, where a source says. */
  ukraine_military: Maybe<number>;
  /** How many of those returned to Ukraine were civilians, where a source says. */
  ukraine_civilians: Maybe<number>;
  /** How many people Russia received, as Russia's defence ministry announced it; for a return of bodies, the number of bodies. */
  returned_to_russia: Maybe<number>;
  /** Whether the number returned to Russia is exact or given as more than, about, at least or up to. */
  returned_to_russia_qualifier: Qualifier;
  /** How many of those returned to Russia were military, where a source says. */
  russia_military: Maybe<number>;
  /** How many of those returned to Russia were civilians, where a source says. */
  russia_civilians: Maybe<number>;
  /** The countries a source names as mediators, separated by semicolons. */
  mediator: Maybe<Mediator[]>;
  /** The source this row relies on: an id from sources.csv. */
  source_id: string;
  /** Further sources that back up this row, as ids from sources.csv separated by semicolons. */
  other_source_ids: string[] | null;
  /** Our own remarks on doubts, definitions or context for this row. */
  notes: string | null;
}

/** A row of data/exchange_claims.csv: Differing claims about exchanges. */
export interface ExchangeClaimRow {
  /** A short stable name for this claim, in lower-case letters, digits and hyphens. */
  id: string;
  /** The exchange the claim is about: an id from exchanges.csv. */
  exchange_id: string;
  /** Whether the figure counts people returned to Ukraine or to Russia. */
  direction: "to ukraine" | "to russia";
  /** Who made the claim. */
  claimant: "Ukraine" | "Russia" | "Türkiye" | "UAE" | "media";
  /** The number claimed. */
  figure: number;
  /** Whether the claimed number is exact or given as more than, about, at least or up to. */
  qualifier: Qualifier;
  /** The source this row relies on: an id from sources.csv. */
  source_id: string;
  /** Our own remarks on doubts, definitions or context for this row. */
  notes: string | null;
}

/** A row of data/totals.csv: Running totals and held-prisoner claims. */
export interface TotalRow {
  /** A short stable name for this total, in lower-case letters, digits and hyphens. */
  id: string;
  /** The date the figure applies to, to the day, month or year the source supports. */
  as_of: PartialDate;
  /** Exactly what the figure counts; rows with different measures are different series. A claim of how many Ukrainians Russia holds is 'Ukrainian military held by Russia' or 'Ukrainian civilians held by Russia' when the statement says which, and 'Ukrainians held by Russia' when it does not. */
  measure: TotalMeasure;
  /** The number as stated. */
  figure: number;
  /** Whether the number is exact or given as more than, about, at least or up to. */
  qualifier: Qualifier;
  /** The person or body who gave the figure. */
  stated_by: string;
  /** The source this row relies on: an id from sources.csv. */
  source_id: string;
  /** Further sources that back up this row, as ids from sources.csv separated by semicolons. */
  other_source_ids: string[] | null;
  /** Our own remarks on doubts, definitions or context for this row. */
  notes: string | null;
}

/** A row of data/communication.csv: Contact with families. */
export interface CommunicationRow {
  /** A short stable name for this rule or practice, in lower-case letters, digits and hyphens. */
  id: string;
  /** Whether the row describes the Convention or the rule or practice of a detaining state. */
  regime: "Geneva Convention III" | "Ukraine (detaining)" | "Russia (detaining)";
  /** Which prisoners the rule or practice applies to. */
  prisoners: "any POW" | "Russian POWs held by Ukraine" | "Ukrainian POWs held by Russia";
  /** The way of keeping in touch or getting home that the row is about. */
  channel: Channel;
  /** Whether the channel is required, allowed, restricted or banned; 'banned' means a rule or decision stops it, 'none in practice' that sources report it does not happen but no rule was found, 'not reported' that no source says. Convention rows are required or allowed. */
  status: AccessStatus;
  /** Any limit or condition on the channel, in our words. */
  limit: Maybe<string>;
  /** When the rule or practice was first reported to hold. */
  start: Maybe<PartialDate>;
  /** When it stopped; not applicable means it was still in force when last reported. */
  end: Maybe<PartialDate>;
  /** The article or decree the rule rests on. */
  legal_basis: Maybe<string>;
  /** What the rule or practice is, in our own words. */
  summary: string;
  /** The source this row relies on: an id from sources.csv. */
  source_id: string;
  /** Further sources that back up this row, as ids from sources.csv separated by semicolons. */
  other_source_ids: string[] | null;
  /** Our own remarks on doubts, definitions or context for this row. */
  notes: string | null;
}

/** A row of data/abuses.csv: Documented abuses. */
export interface AbuseRow {
  /** A short stable name for this figure, in lower-case letters, digits and hyphens. */
  id: string;
  /** When the figure was published. */
  report_date: Maybe<PartialDate>;
  /** The start of the period the figure covers. */
  period_start: Maybe<PartialDate>;
  /** The end of the period the figure covers. */
  period_end: Maybe<PartialDate>;
  /** The body that produced the figure. */
  reporting_body:
    | "OHCHR"
    | "Prosecutor General of Ukraine"
    | "Ukrainian Parliament Commissioner for Human Rights"
    | "Coordination Headquarters"
    | "Human Rights Watch"
    | "Security Service of Ukraine"
    | "media";
  /** How far the figure was checked: verified by the UN, an allegation the UN recorded, an official national count, an NGO or media finding, or testimony. */
  verification: Verification;
  /** Who the figure is about. */
  victims:
    | "Ukrainian POWs"
    | "Russian POWs"
    | "Ukrainian POWs' relatives"
    | "Russian POWs returned in exchanges"
    | "surrendering soldiers";
  /** The state whose forces or authorities are said to be responsible. */
  perpetrator: "Russia" | "Ukraine";
  /** What was counted; different measures are different series. */
  measure: AbuseMeasure;
  /** The number of people or cases; for a share, the count of those affected. "not stated" only for a share published as a percentage of a known group ("86% of 142"), with percent and denominator filled in. */
  figure: Maybe<number>;
  /** Whether the figure is exact, a bound or estimate, or a share of a known group. */
  figure_kind: FigureKind;
  /** For a share, the size of the group the share is taken from. */
  denominator: Maybe<number>;
  /** A percentage exactly as published. */
  percent: Maybe<number>;
  /** What was counted, in our own words. */
  summary: string;
  /** The source this row relies on: an id from sources.csv. */
  source_id: string;
  /** Further sources that back up this row, as ids from sources.csv separated by semicolons. */
  other_source_ids: string[] | null;
  /** Our own remarks on doubts, definitions or context for this row. */
  notes: string | null;
}

/** A row of data/corrections.csv: Corrections to the data. */
export interface CorrectionRow {
  /** The data version, the resource and the row's id, joined by hyphens (1.2.0-communication-russia-phone-calls). */
  id: string;
  /** The data version that made the change; CHANGELOG.md has an entry for it. */
  version: string;
  /** The date of that version, as in its CHANGELOG.md heading. */
  date: PartialDate;
  /** The resource the row belongs to, by its name in datapackage.json (exchanges, sources...). */
  resource: string;
  /** The id of the corrected row in that resource; for a removal, the id it had. */
  record_id: string;
  /** What happened to the row, in the changelog's words: a published fact was wrong (corrected), the row was revised (changed), or it was taken out (removed). */
  kind: CorrectionKind;
  /** The columns that changed, separated by semicolons; empty for a removal. */
  fields: string[] | null;
  /** What the changed cells said before, exactly as written, one line per column ("status: banned"); for a removal, the cells of the row. */
  was: string;
  /** What the same cells say after the change, in the same form; empty for a removal. */
  now: string | null;
  /** What was wrong or why the row changed, in our own words. */
  reason: string;
}

/** A row of data/correction_texts.csv: Corrections in other languages. */
export interface CorrectionTextRow {
  /** The correction's id and the language code, joined by a hyphen (1.2.0-communication-russia-phone-calls-uk). */
  id: string;
  /** The correction whose reason this is: an id from corrections.csv. */
  correction_id: string;
  /** The language of this text, as a two-letter code: one of the site's languages other than English, the language of corrections.csv. */
  language: "uk" | "ru";
  /** The correction's reason in that language, our translation of the reason in corrections.csv. */
  reason: string;
}

/** A row of data/translations.csv: Our words in the data, in other languages. */
export interface TranslationRow {
  /** The file, the row's id, the column and the language, joined by slashes (exchanges/2024-01-31/notes/uk). */
  id: string;
  /** The file the translated cell is in, by its name in datapackage.json (exchanges, sources...). */
  resource: "sources" | "exchanges" | "exchange_claims" | "totals" | "communication" | "abuses";
  /** The id of the row the translated cell is in. */
  record_id: string;
  /** The column of the translated cell: one marked "x-translate" in datapackage.json. */
  field: string;
  /** The language of the translation, as a two-letter code: one of the site's languages other than English, the language of the other files. */
  language: "uk" | "ru";
  /** The English cell as it read when it was translated, copied exactly. When the cell changes, the translation is out of date and is not shown. */
  english: string;
  /** Our translation of the cell: the same facts, figures, hedges and attributions, every number as in the English. */
  text: string;
}

/** Resource name -> row type. */
export interface Rows {
  sources: SourceRow;
  source_titles: SourceTitleRow;
  exchanges: ExchangeRow;
  exchange_claims: ExchangeClaimRow;
  totals: TotalRow;
  communication: CommunicationRow;
  abuses: AbuseRow;
  corrections: CorrectionRow;
  correction_texts: CorrectionTextRow;
  translations: TranslationRow;
}
export type ResourceName = keyof Rows;

/** The shape of every field (kind, `|missing` when it takes reasons, `?` when it may be blank). */
export const FIELDS = {
  sources: {
    id: "text",
    title: "text",
    title_note: "text?",
    outlet: "text",
    original_outlet: "text|missing",
    author: "text|missing",
    published: "date|missing",
    published_note: "text?",
    url: "text|missing",
    language: "text",
    kind: "text",
    seed_file: "text?",
    summary: "text",
  },
  source_titles: { id: "text", source_id: "text", language: "text", title: "text" },
  exchanges: {
    id: "text",
    date: "date",
    date_note: "text?",
    kind: "text",
    exchange_number: "number|missing",
    returned_to_ukraine: "number|missing",
    returned_to_ukraine_qualifier: "text",
    ukraine_military: "number|missing",
    ukraine_civilians: "number|missing",
    returned_to_russia: "number|missing",
    returned_to_russia_qualifier: "text",
    russia_military: "number|missing",
    russia_civilians: "number|missing",
    mediator: "list|missing",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  exchange_claims: {
    id: "text",
    exchange_id: "text",
    direction: "text",
    claimant: "text",
    figure: "number",
    qualifier: "text",
    source_id: "text",
    notes: "text?",
  },
  totals: {
    id: "text",
    as_of: "date",
    measure: "text",
    figure: "number",
    qualifier: "text",
    stated_by: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  communication: {
    id: "text",
    regime: "text",
    prisoners: "text",
    channel: "text",
    status: "text",
    limit: "text|missing",
    start: "date|missing",
    end: "date|missing",
    legal_basis: "text|missing",
    summary: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  abuses: {
    id: "text",
    report_date: "date|missing",
    period_start: "date|missing",
    period_end: "date|missing",
    reporting_body: "text",
    verification: "text",
    victims: "text",
    perpetrator: "text",
    measure: "text",
    figure: "number|missing",
    figure_kind: "text",
    denominator: "number|missing",
    percent: "number|missing",
    summary: "text",
    source_id: "text",
    other_source_ids: "list?",
    notes: "text?",
  },
  corrections: {
    id: "text",
    version: "text",
    date: "date",
    resource: "text",
    record_id: "text",
    kind: "text",
    fields: "list?",
    was: "text",
    now: "text?",
    reason: "text",
  },
  correction_texts: { id: "text", correction_id: "text", language: "text", reason: "text" },
  translations: {
    id: "text",
    resource: "text",
    record_id: "text",
    field: "text",
    language: "text",
    english: "text",
    text: "text",
  },
} as const;

/** The allowed values of every fixed-choice field (for a list, of each item), in order. */
export const ENUMS = {
  sources: {
    language: ["en", "uk", "ru", "pl", "de", "fr", "tr", "ja"],
    kind: [
      "news report",
      "official statement",
      "UN report",
      "NGO report",
      "treaty text",
      "prosecutor or court",
      "aggregator or mirror",
      "state media",
      "podcast or broadcast",
    ],
  },
  source_titles: { language: ["en", "uk", "ru"] },
  exchanges: {
    kind: ["exchange", "stage", "aborted", "bodies"],
    returned_to_ukraine_qualifier: ["exact", "at least", "more than", "about", "up to"],
    returned_to_russia_qualifier: ["exact", "at least", "more than", "about", "up to"],
    mediator: ["UAE", "Türkiye", "Saudi Arabia", "US", "Vatican", "Qatar"],
  },
  exchange_claims: {
    direction: ["to ukraine", "to russia"],
    claimant: ["Ukraine", "Russia", "Türkiye", "UAE", "media"],
    qualifier: ["exact", "at least", "more than", "about", "up to"],
  },
  totals: {
    measure: [
      "returned to Ukraine, military only",
      "returned to Ukraine, military and civilians",
      "returned to Ukraine, including releases outside exchanges",
      "returned to Ukraine in the year",
      "returned to Ukraine in the stages of one exchange",
      "exchanges held",
      "exchanged through UAE mediation",
      "Ukrainians held by Russia",
      "Ukrainian military held by Russia",
      "Ukrainian civilians held by Russia",
      "Russians held by Ukraine",
    ],
    qualifier: ["exact", "at least", "more than", "about", "up to"],
  },
  communication: {
    regime: ["Geneva Convention III", "Ukraine (detaining)", "Russia (detaining)"],
    prisoners: ["any POW", "Russian POWs held by Ukraine", "Ukrainian POWs held by Russia"],
    channel: ["phone call", "letter", "capture card", "parcel", "ICRC visit", "repatriation"],
    status: ["required", "allowed", "restricted", "banned", "none in practice", "not reported"],
  },
  abuses: {
    reporting_body: [
      "OHCHR",
      "Prosecutor General of Ukraine",
      "Ukrainian Parliament Commissioner for Human Rights",
      "Coordination Headquarters",
      "Human Rights Watch",
      "Security Service of Ukraine",
      "media",
    ],
    verification: [
      "UN verified",
      "UN recorded allegation",
      "official national count",
      "NGO investigation",
      "media report",
      "testimony",
    ],
    victims: [
      "Ukrainian POWs",
      "Russian POWs",
      "Ukrainian POWs' relatives",
      "Russian POWs returned in exchanges",
      "surrendering soldiers",
    ],
    perpetrator: ["Russia", "Ukraine"],
    measure: [
      "executions",
      "torture or ill-treatment reported",
      "deaths in captivity",
      "pressure on relatives",
      "prosecution for surrender",
      "return to the front",
      "interviews",
    ],
    figure_kind: ["exact", "at least", "more than", "about", "up to", "share"],
  },
  corrections: { kind: ["corrected", "changed", "removed"] },
  correction_texts: { language: ["uk", "ru"] },
  translations: {
    resource: ["sources", "exchanges", "exchange_claims", "totals", "communication", "abuses"],
    language: ["uk", "ru"],
  },
} as const;

/** What allowed values mean to the charts (`x-values`), per resource and field. */
export const VALUE_MEANINGS = {
  sources: {},
  source_titles: {},
  exchanges: {},
  exchange_claims: {},
  totals: {
    measure: {
      "returned to Ukraine, military only": { side: "ukraine", unit: "people", claim: false },
      "returned to Ukraine, military and civilians": {
        side: "ukraine",
        unit: "people",
        claim: false,
      },
      "returned to Ukraine, including releases outside exchanges": {
        side: "ukraine",
        unit: "people",
        claim: false,
      },
      "returned to Ukraine in the year": { side: "ukraine", unit: "people", claim: false },
      "returned to Ukraine in the stages of one exchange": {
        side: "ukraine",
        unit: "people",
        claim: false,
      },
      "exchanges held": { side: null, unit: "exchanges", claim: false },
      "exchanged through UAE mediation": { side: null, unit: "people", claim: false },
      "Ukrainians held by Russia": { side: "ukraine", unit: "people", claim: true },
      "Ukrainian military held by Russia": { side: "ukraine", unit: "people", claim: true },
      "Ukrainian civilians held by Russia": { side: "ukraine", unit: "people", claim: true },
      "Russians held by Ukraine": { side: "russia", unit: "people", claim: true },
    },
  },
  communication: {},
  abuses: {},
  corrections: {},
  correction_texts: {},
  translations: {},
} as const;

/** Fields written in our own words (`x-editorial`): a change there is not a correction. */
export const EDITORIAL_FIELDS: readonly string[] = [
  "title_note",
  "published_note",
  "summary",
  "date_note",
  "notes",
  "reason",
  "english",
  "text",
];

/** The charts that draw each resource (`x-charts`). */
export const CHART_RESOURCES: Readonly<Record<ResourceName, readonly string[]>> = {
  sources: ["exchanges", "contact", "abuses"],
  source_titles: [],
  exchanges: ["exchanges"],
  exchange_claims: ["exchanges"],
  totals: ["exchanges"],
  communication: ["contact"],
  abuses: ["abuses"],
  corrections: [],
  correction_texts: [],
  translations: [],
};
