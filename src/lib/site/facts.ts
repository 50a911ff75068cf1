/**
 * A data row in words, in the page's language, for the "facts taken from it" list of a source's
 * page. Sentences are templates in the strings files (keys `facts.*`); values the data holds
 * (kinds, statuses, channels, measures, bodies, missing-value reasons) come from the data
 * dictionary's translations; numbers and dates from ../format.ts. Free text the data holds only
 * in English (who stated a total, a limit, a row's summary) is a separate piece marked with its
 * language, so a Ukrainian or Russian page can say `lang="en"` around it.
 *
 * The English record pages keep their own wording (src/lib/stories/describe.ts); this module only
 * serves the source pages, in every language.
 */
import {
  isMissing,
  type AbuseRow,
  type CommunicationRow,
  type ExchangeClaimRow,
  type ExchangeRow,
  type Maybe,
  type PartialDate,
  type Qualifier,
  type TotalRow,
} from "../data/types";
import { load } from "../data";
import { proseIn } from "../data/prose.ts";
import { formatNumber, formatPartialDate, formatPercent } from "../format.ts";
import {
  LOCALE_CONFIG,
  around,
  translator,
  type Locale,
  type MessageKey,
  type Translate,
} from "../i18n/index.ts";
import { missingText, qualified, valueText } from "../charts/text.ts";
import type { RowResource } from "../stories/describe.ts";

/** Text in the page's language, or words kept in the language the data holds them in. */
export type Piece = string | { text: string; lang: string };

/** The pieces as one plain string (for tests and for text that cannot hold markup). */
export function plainText(pieces: readonly Piece[]): string {
  return pieces.map((p) => (typeof p === "string" ? p : p.text)).join("");
}

/**
 * `text` ending a sentence: a full stop added unless it already ends with one (a Ukrainian or
 * Russian date ends with the abbreviation "р." / "г.": "27 мая 2024 г.", never "г..").
 */
export function fullStop(text: string): string {
  return text.endsWith(".") ? text : `${text}.`;
}

/** The heading of each group of rows on a source's page. */
export const RESOURCE_HEADINGS: Readonly<Record<RowResource, MessageKey>> = {
  exchanges: "source.rows.exchanges",
  exchange_claims: "source.rows.exchange_claims",
  totals: "source.rows.totals",
  communication: "source.rows.communication",
  abuses: "source.rows.abuses",
};

class Words {
  readonly t: Translate;
  constructor(readonly locale: Locale) {
    this.t = translator(locale);
  }

  date(value: Maybe<PartialDate>): string {
    return isMissing(value)
      ? missingText(value.missing, this.locale)
      : formatPartialDate(value, { locale: this.locale });
  }

  value(v: string): string {
    return valueText(v, this.locale);
  }

  /** "more than 1,000", "понад 1 000", or why the number is missing ("не розголошено"). */
  figure(
    value: Maybe<number>,
    qualifier: Qualifier | "share" | null,
    denominator: number | null = null,
    percent: number | null = null,
  ): string {
    const { locale, t } = this;
    if (isMissing(value)) {
      return qualifier === "share" && percent !== null && denominator !== null
        ? t("chart.abuses.percentOf", {
            percent: formatPercent(percent, locale),
            denominator: formatNumber(denominator, locale),
          })
        : missingText(value.missing, locale);
    }
    if (qualifier === "share") {
      const number = formatNumber(value, locale);
      return denominator === null
        ? number
        : t("figures.shareOf", { figure: number, denominator: formatNumber(denominator, locale) });
    }
    return qualified(value, qualifier ?? "exact", locale);
  }

  /**
   * Our prose in a cell of the data (`field` of row `id`): our translation where there is a
   * current one, else the English, marked as such on a page in another language.
   */
  prose(resource: RowResource, id: string, field: string, english: string): Piece {
    const p = proseIn(resource, id, field, english, this.locale);
    return p.lang === null ? p.text : { text: p.text, lang: p.lang };
  }

  /** A message with one placeholder filled by our prose from a cell of the data. */
  around(key: MessageKey, name: string, prose: Piece, params: Record<string, string>): Piece[] {
    const [before, after] = around(this.t, key, name, params);
    return [before, prose, after];
  }
}

function exchangeFacts(r: ExchangeRow, w: Words): Piece[] {
  const { t } = w;
  const number = isMissing(r.exchange_number)
    ? ""
    : t("facts.number", { number: String(r.exchange_number) });
  const date = w.date(r.date);
  if (r.kind === "aborted") return [t("facts.aborted", { date, number })];
  if (r.kind === "bodies") return [t("facts.bodies", { date, number })];
  const mediator = isMissing(r.mediator)
    ? t("facts.mediatorMissing", { reason: missingText(r.mediator.missing, w.locale) })
    : t("facts.mediatedBy", {
        mediators: new Intl.ListFormat(LOCALE_CONFIG[w.locale].intl, {
          type: "conjunction",
        }).format(r.mediator.map((m) => w.value(m))),
      });
  return [
    t(r.kind === "stage" ? "facts.stage" : "facts.exchange", {
      date,
      number,
      ua: w.figure(r.returned_to_ukraine, r.returned_to_ukraine_qualifier),
      ru: w.figure(r.returned_to_russia, r.returned_to_russia_qualifier),
      mediator,
    }),
  ];
}

function claimFacts(r: ExchangeClaimRow, w: Words): Piece[] {
  return [
    w.t("facts.claim", {
      exchange: r.exchange_id,
      claimant: w.value(r.claimant),
      direction: w.t(r.direction === "to ukraine" ? "facts.toUkraine" : "facts.toRussia"),
      figure: w.figure(r.figure, r.qualifier),
    }),
  ];
}

function totalFacts(r: TotalRow, w: Words): Piece[] {
  return w.around("facts.total", "who", w.prose("totals", r.id, "stated_by", r.stated_by), {
    date: w.date(r.as_of),
    figure: w.figure(r.figure, r.qualifier),
    measure: w.value(r.measure),
  });
}

function communicationFacts(r: CommunicationRow, w: Words): Piece[] {
  const limit = isMissing(r.limit)
    ? []
    : w.around("facts.limit", "limit", w.prose("communication", r.id, "limit", r.limit), {});
  const [before, after] = around(w.t, "facts.communication", "limit", {
    regime: w.value(r.regime),
    prisoners: w.value(r.prisoners),
    channel: w.value(r.channel),
    status: w.value(r.status),
    start: w.date(r.start),
  });
  return [before, ...limit, after, " ", w.prose("communication", r.id, "summary", r.summary)];
}

function abuseFacts(r: AbuseRow, w: Words): Piece[] {
  const denominator = isMissing(r.denominator) ? null : r.denominator;
  const percent = isMissing(r.percent) ? null : r.percent;
  let figure = w.figure(r.figure, r.figure_kind, denominator, percent);
  // A share published only as a percentage already reads "86% of 142, count not published".
  if (percent !== null && !isMissing(r.figure)) figure += ` (${formatPercent(percent, w.locale)})`;
  const start = w.date(r.period_start);
  const end = w.date(r.period_end);
  const period =
    start === end ? w.t("facts.periodOne", { date: start }) : w.t("facts.period", { start, end });
  return [
    w.t("facts.abuse", {
      body: w.value(r.reporting_body),
      verification: w.value(r.verification),
      period,
      figure,
      measure: w.value(r.measure),
    }),
    " ",
    w.prose("abuses", r.id, "summary", r.summary),
  ];
}

const indexes = new WeakMap<readonly { id: string }[], Map<string, unknown>>();

/** The row `id` of `resource`, through the data reader (indexed once per loaded table). */
function rowOf(resource: RowResource, id: string): unknown {
  const rows: readonly { id: string }[] = load(resource);
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, (index = new Map(rows.map((r) => [r.id, r]))));
  const row = index.get(id);
  if (row === undefined) throw new Error(`facts: no row "${id}" in data/${resource}.csv`);
  return row;
}

/** The row `id` of `resource` in words, in `locale`. */
export function factsOf(resource: RowResource, id: string, locale: Locale): Piece[] {
  const w = new Words(locale);
  const row = rowOf(resource, id);
  switch (resource) {
    case "exchanges":
      return exchangeFacts(row as ExchangeRow, w);
    case "exchange_claims":
      return claimFacts(row as ExchangeClaimRow, w);
    case "totals":
      return totalFacts(row as TotalRow, w);
    case "communication":
      return communicationFacts(row as CommunicationRow, w);
    case "abuses":
      return abuseFacts(row as AbuseRow, w);
  }
}
