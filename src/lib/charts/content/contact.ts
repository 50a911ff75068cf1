/** The contact figure: one panel, a text alternative from the rows, legend, table, sources. */
import { isMissing } from "../../data/types.ts";
import type { ChartContent } from "../figure.ts";
import { formatMaybeDate, plural, CHART_DATE } from "../../format.ts";
import type { ChartData, Column, LegendItem } from "../model.ts";
import type { ChartFilters } from "../registry.ts";
import {
  contactSpec,
  PATTERNS,
  REGIME_LONG,
  selectContact,
  STATUSES,
  statusSlug,
  statusWords,
  type ContactSelection,
  type ContactSpan,
} from "../specs/contact.ts";
import { CLS } from "../theme.ts";
import { recordHref } from "../sources.ts";

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

/** The text alternative: channel by channel, each regime's statuses in order. */
export function describeContact(sel: ContactSelection): string {
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

const COLUMNS: readonly Column[] = [
  { key: "channel", label: "Channel" },
  { key: "regime", label: "Rule or practice of" },
  { key: "status", label: "Status" },
  { key: "limit_label", label: "Limit" },
  { key: "start_label", label: "From" },
  { key: "end_label", label: "To" },
  { key: "source_label", label: "Source" },
];

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

function tableRow(s: ContactSpan): Record<string, string> {
  const r = s.row;
  const text = (v: typeof r.limit): string => (isMissing(v) ? v.missing : v);
  return {
    resource: "communication",
    id: r.id,
    // Spans merged from several rows have no single record.
    record_href: s.rows === 1 ? recordHref("communication", r.id) : "",
    regime: r.regime,
    prisoners: r.prisoners,
    channel: r.channel,
    status: r.status,
    limit: text(r.limit),
    limit_label: text(r.limit),
    start: isMissing(r.start) ? r.start.missing : r.start.iso,
    start_label: formatMaybeDate(r.start, CHART_DATE),
    end: s.endIso,
    end_label: s.endLabel,
    legal_basis: text(r.legal_basis),
    source_id: s.sourceId,
    source_label: s.sourceLabel,
  };
}

const STATUS_WORDS: Readonly<Record<(typeof STATUSES)[number], string>> = {
  required: "required by the Convention (solid)",
  allowed: "allowed (solid)",
  restricted: "restricted or conditional (sparse hatching)",
  banned: "banned by a rule or decision (dense hatching)",
  "none in practice": "none in practice: reported not to happen, no rule found (dots)",
  "not reported": "not reported (dashed outline)",
};

export function contactContent(data: ChartData, filters: ChartFilters): ChartContent {
  const sel = selectContact(data, filters);
  const present = new Set(sel.spans.map((s) => s.status));
  const legend: LegendItem[] = STATUSES.filter((s) => present.has(s)).map((status) =>
    PATTERNS[status] !== undefined
      ? {
          label: STATUS_WORDS[status],
          shape: "hatch",
          className: CLS.status(status),
          pattern: statusSlug(status),
        }
      : { label: STATUS_WORDS[status], shape: "bar", className: CLS.status(status) },
  );
  return {
    panels:
      sel.spans.length > 0 && sel.domain !== null
        ? [
            {
              key: "grid",
              heading: "Channel by channel",
              description: describeContact(sel),
              spec: (options) => contactSpec(sel, options),
            },
          ]
        : [],
    legend,
    table: {
      caption: sel.aggregated
        ? `Rules and reported practice drawn in the chart: ${plural(sel.drawn.length, "period")}, merged from ${plural(sel.spans.length, "row")} where periods of one status touch (each row keeps the id and source of the first).`
        : `Rules and reported practice drawn in the chart: ${plural(sel.spans.length, "row")}.`,
      columns: COLUMNS,
      csvColumns: CSV_COLUMNS,
      rows: sel.drawn.map(tableRow),
    },
    sourceIds: sel.drawn.map((s) => s.sourceId),
    emptyMessage: "No rules or reported practice match this chart's filters.",
  };
}
