/** The contact figure: one panel, a text alternative from the rows, legend, table, sources. */
import { isMissing } from "../../data/types.ts";
import type { ChartContent } from "../figure.ts";
import { formatMaybeDate, plural, CHART_DATE } from "../../format.ts";
import { chartT, missingText, valueText, type Locale, type Translate } from "../text.ts";
import type { MessageKey } from "../../i18n/index.ts";
import type { ChartData, Column, LegendItem } from "../model.ts";
import type { ChartFilters } from "../registry.ts";
import {
  contactSpec,
  PATTERNS,
  REGIME_LONG,
  regimeLong,
  selectContact,
  STATUSES,
  statusSlug,
  statusWords,
  type ContactSelection,
  type ContactSpan,
} from "../specs/contact.ts";
import { CLS } from "../theme.ts";
import { recordHref } from "../sources.ts";
import { proseIn } from "../../data/prose.ts";

/** Periods named one by one per regime and channel in the text alternative. */
const MAX_PHRASES = 8;

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

function phrase(s: ContactSpan): string {
  const limit = s.limit ? ` (${s.limit})` : "";
  const status = statusWords(s.status);
  if (s.start === null) return `${status}${limit}, dates not stated`;
  if (s.regime === "Geneva Convention III") return `${status}${limit}`;
  return `${status}${limit} from ${s.startLabel}${s.ongoing ? `, ${s.endLabel}` : ` to ${s.endLabel}`}`;
}

/** One period of a rule or practice in a sentence, in a language other than English. */
function localPhrase(s: ContactSpan, locale: Locale): string {
  const t = chartT(locale);
  const status = statusWords(s.status, locale);
  const limit = s.limit ? t("chart.contact.limitSeeTable") : "";
  if (s.start === null) return t("chart.contact.phraseUndated", { status, limit });
  if (s.regime === "Geneva Convention III") return `${status}${limit}`;
  return s.ongoing
    ? t("chart.contact.phraseOngoing", { status, limit, start: s.startLabel, end: s.endLabel })
    : t("chart.contact.phraseFromTo", { status, limit, start: s.startLabel, end: s.endLabel });
}

/** The text alternative in a language other than English, from whole templates. */
function describeLocal(sel: ContactSelection, locale: Locale): string {
  const t = chartT(locale);
  const parts = sel.channels.map((channel) => {
    const byRegime = sel.regimes
      .map((regime) => {
        const spans = sel.drawn.filter((s) => s.channel === channel && s.regime === regime);
        if (spans.length === 0) return "";
        const shown = spans.slice(-MAX_PHRASES);
        const earlier = spans.length - shown.length;
        const phrases = shown.map((s) => localPhrase(s, locale)).join(t("chart.contact.then"));
        return earlier > 0
          ? t("chart.contact.regimeEarlier", {
              regime: regimeLong(regime, locale),
              count: earlier,
              phrases,
            })
          : t("chart.contact.regimePhrases", { regime: regimeLong(regime, locale), phrases });
      })
      .filter((p) => p !== "");
    return `${capital(valueText(channel, locale))}. ${byRegime.map(capital).join(". ")}.`;
  });
  return t("chart.contact.description", { parts: parts.join(" ") });
}

/** The text alternative: channel by channel, each regime's statuses in order. */
export function describeContact(sel: ContactSelection): string {
  if (sel.locale !== "en") return describeLocal(sel, sel.locale);
  const parts = sel.channels.map((channel) => {
    const byRegime = sel.regimes
      .map((regime) => {
        const spans = sel.drawn.filter((s) => s.channel === channel && s.regime === regime);
        if (spans.length === 0) return "";
        const shown = spans.slice(-MAX_PHRASES);
        const earlier = spans.length - shown.length;
        const before = earlier > 0 ? `${plural(earlier, "earlier period")}, then ` : "";
        return `${REGIME_LONG[regime]}: ${before}${shown.map(phrase).join("; then ")}`;
      })
      .filter((p) => p !== "");
    return `${capital(channel)}. ${byRegime.map(capital).join(". ")}.`;
  });
  return `What the Geneva Convention requires and what each side reportedly allows, by channel. ${parts.join(" ")}`;
}

function columns(t: Translate): readonly Column[] {
  return [
    { key: "channel_label", label: t("chart.contact.columnChannel") },
    { key: "regime_label", label: t("chart.contact.columnRegime") },
    { key: "status_label", label: t("chart.contact.columnStatus") },
    { key: "limit_label", label: t("chart.contact.columnLimit") },
    { key: "start_label", label: t("chart.contact.columnFrom") },
    { key: "end_label", label: t("chart.contact.columnTo") },
    { key: "source_label", label: t("chart.column.source") },
  ];
}

const CSV_COLUMNS = [
  "resource",
  "id",
  "regime",
  "prisoners",
  "channel",
  "status",
  "limit",
  "start",
  "end",
  "legal_basis",
  "source_id",
] as const;

function tableRow(s: ContactSpan, locale: Locale): Record<string, string> {
  const r = s.row;
  const text = (v: typeof r.limit): string => (isMissing(v) ? v.missing : v);
  // A limit is our prose: in our translation where there is a current one, else in English,
  // marked as such.
  const limit = isMissing(r.limit)
    ? null
    : proseIn("communication", r.id, "limit", r.limit, locale);
  const limitLabel = isMissing(r.limit)
    ? missingText(r.limit.missing, locale)
    : (limit?.text ?? "");
  return {
    channel_label: valueText(r.channel, locale),
    regime_label: valueText(r.regime, locale),
    status_label: valueText(r.status, locale),
    ...(limit?.lang ? { limit_label_lang: limit.lang } : {}),
    resource: "communication",
    id: r.id,
    // Spans merged from several rows have no single record.
    record_href: s.rows === 1 ? recordHref("communication", r.id, locale) : "",
    regime: r.regime,
    prisoners: r.prisoners,
    channel: r.channel,
    status: r.status,
    limit: text(r.limit),
    limit_label: limitLabel,
    start: isMissing(r.start) ? r.start.missing : r.start.iso,
    start_label: isMissing(r.start)
      ? missingText(r.start.missing, locale)
      : formatMaybeDate(r.start, { ...CHART_DATE, locale }),
    end: s.endIso,
    end_label: !s.ongoing && isMissing(r.end) ? missingText(r.end.missing, locale) : s.endLabel,
    legal_basis: text(r.legal_basis),
    source_id: s.sourceId,
    source_label: s.sourceLabel,
  };
}

const STATUS_KEYS: Readonly<Record<(typeof STATUSES)[number], MessageKey>> = {
  required: "chart.contact.legendRequired",
  allowed: "chart.contact.legendAllowed",
  restricted: "chart.contact.legendRestricted",
  banned: "chart.contact.legendBanned",
  "none in practice": "chart.contact.legendNoneInPractice",
  "not reported": "chart.contact.legendNotReported",
};

export function contactContent(
  data: ChartData,
  filters: ChartFilters,
  locale: Locale = "en",
): ChartContent {
  const t = chartT(locale);
  const sel = selectContact(data, filters, locale);
  const present = new Set(sel.spans.map((s) => s.status));
  const legend: LegendItem[] = STATUSES.filter((s) => present.has(s)).map((status) =>
    PATTERNS[status] !== undefined
      ? {
          label: t(STATUS_KEYS[status]),
          shape: "hatch",
          className: CLS.status(status),
          pattern: statusSlug(status),
        }
      : { label: t(STATUS_KEYS[status]), shape: "bar", className: CLS.status(status) },
  );
  return {
    panels:
      sel.spans.length > 0 && sel.domain !== null
        ? [
            {
              key: "grid",
              heading: t("chart.contact.heading"),
              description: describeContact(sel),
              spec: (options) => contactSpec(sel, options),
            },
          ]
        : [],
    legend,
    table: {
      caption: sel.aggregated
        ? t("chart.contact.captionMerged", {
            periods: t("chart.contact.nPeriods", { count: sel.drawn.length }),
            rows: t("data.rows", { count: sel.spans.length }),
          })
        : t("chart.contact.caption", { rows: t("data.rows", { count: sel.spans.length }) }),
      columns: columns(t),
      csvColumns: CSV_COLUMNS,
      rows: sel.drawn.map((s) => tableRow(s, locale)),
    },
    sourceIds: sel.drawn.map((s) => s.sourceId),
    emptyMessage: t("chart.contact.empty"),
  };
}
