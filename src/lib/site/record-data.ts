/**
 * What the record pages need beyond the row itself, gathered once per loaded package: the
 * history from git, the sources by id, the key figures and charts that show each row. The
 * pages stay thin: getStaticPaths asks for `recordPaths()`, each page for `recordView(...)`.
 */
import {
  loadHistory,
  loadPackage,
  rawTable,
  type History,
  type LoadedPackage,
  type RemovedRow,
  type Row,
  type RowEvent,
} from "../data";
import type {
  AbuseRow,
  CommunicationRow,
  ExchangeClaimRow,
  ExchangeRow,
  SourceRow,
  TotalRow,
} from "../data/types";
import { chartsDrawing } from "../charts/rows";
import { TRANSLATIONS } from "../data/translations.ts";
import { proseIn } from "../data/prose.ts";
import { loadChartData } from "../charts/data";
import type { ChartName } from "../charts/registry";
import { chartTitle } from "../charts/text";
import { LOCALE_CONFIG, translator, type Locale, type MessageKey } from "../i18n/index.ts";
import type { HistoryGap } from "../data/history.ts";
import {
  describeAbuse,
  describeClaim,
  describeCommunication,
  describeExchange,
  describeTotal,
} from "../stories/describe";
import { dictionaryRow, foreignKeysOf, type SchemaField } from "./dictionary";
import { keyFigures, type KeyFigure } from "./figures";
import {
  LIST_COLUMNS,
  rawCellWords,
  recordModel,
  type CellWords,
  type RecordModel,
} from "./records";

interface Context {
  pkg: LoadedPackage;
  history: History;
  sources: ReadonlyMap<string, SourceRow>;
  figures: ReadonlyMap<string, KeyFigure[]>;
  charts: ReadonlyMap<string, readonly ChartName[]>;
}

const contexts = new WeakMap<LoadedPackage, Context>();

function context(): Context {
  const pkg = loadPackage();
  let ctx = contexts.get(pkg);
  if (ctx === undefined) {
    const rows = <T>(name: string): readonly T[] =>
      (pkg.resources[name]?.rows ?? []) as unknown as readonly T[];
    const figures = new Map<string, KeyFigure[]>();
    for (const figure of keyFigures({
      totals: rows<TotalRow>("totals"),
      exchanges: rows<ExchangeRow>("exchanges"),
      abuses: rows<AbuseRow>("abuses"),
    })) {
      const key = `${figure.row.resource}/${figure.row.id}`;
      figures.set(key, [...(figures.get(key) ?? []), figure]);
    }
    ctx = {
      pkg,
      history: loadHistory(),
      sources: new Map(rows<SourceRow>("sources").map((s) => [s.id, s])),
      figures,
      charts: chartsDrawing(loadChartData()),
    };
    contexts.set(pkg, ctx);
  }
  return ctx;
}

/** Props of one record page: a current row (typed), or a removed one (its last version). */
export type RecordProps =
  | { resource: string; id: string; row: Row; removed: null }
  | { resource: string; id: string; row: null; removed: RemovedRow };

/**
 * Every record page: each row of every resource but sources (whose pages are /sources/<id>/),
 * and each row removed in an earlier data version and not added back.
 */
export function recordPaths(): { params: { resource: string; id: string }; props: RecordProps }[] {
  const { pkg } = context();
  const paths: { params: { resource: string; id: string }; props: RecordProps }[] = [];
  for (const resource of Object.values(pkg.resources)) {
    // Sources have /sources/<id>/; a translation is shown on the page of the row it translates.
    if (resource.name === "sources" || resource.name === TRANSLATIONS) continue;
    const key = resource.primaryKey[0] ?? "id";
    const current = new Set<string>();
    for (const row of resource.rows) {
      const id = String(row[key]);
      current.add(id);
      paths.push({
        params: { resource: resource.name, id },
        props: { resource: resource.name, id, row, removed: null },
      });
    }
    for (const removed of removedRows(resource.name)) {
      if (current.has(removed.id)) continue;
      paths.push({
        params: { resource: resource.name, id: removed.id },
        props: { resource: resource.name, id: removed.id, row: null, removed },
      });
    }
  }
  return paths;
}

/**
 * Every source page (/sources/<id>/): each row of sources.csv, and each source removed in an
 * earlier data version and not added back, so that old citations of it never break.
 */
export function sourcePaths(): { params: { id: string }; props: RecordProps }[] {
  const { pkg } = context();
  const current = (pkg.resources["sources"]?.rows ?? []).map((row) => {
    const id = String(row["id"]);
    return { params: { id }, props: { resource: "sources", id, row, removed: null } as const };
  });
  const gone = removedRows("sources").map((removed) => ({
    params: { id: removed.id },
    props: { resource: "sources", id: removed.id, row: null, removed } as const,
  }));
  return [...current, ...gone];
}

/** Rows removed from a resource in earlier versions and not in the data now. */
export function removedRows(resource: string): readonly RemovedRow[] {
  const { pkg, history } = context();
  if (!history.available || resource === TRANSLATIONS) return [];
  const current = pkg.resources[resource];
  const key = current?.primaryKey[0] ?? "id";
  const ids = new Set((current?.rows ?? []).map((r) => String(r[key])));
  return (history.removed.get(resource) ?? []).filter((r) => !ids.has(r.id));
}

const pages = new WeakMap<LoadedPackage, Set<string>>();

/** Whether `resource/id` has a page: a current row, or a removed row kept online. */
function hasPage(resource: string, id: string): boolean {
  const { pkg } = context();
  let keys = pages.get(pkg);
  if (keys === undefined) {
    keys = new Set();
    for (const r of Object.values(pkg.resources)) {
      const key = r.primaryKey[0] ?? "id";
      if (r.name === TRANSLATIONS) continue;
      for (const row of r.rows) keys.add(`${r.name}/${String(row[key])}`);
      for (const gone of removedRows(r.name)) keys.add(`${r.name}/${gone.id}`);
    }
    pages.set(pkg, keys);
  }
  return keys.has(`${resource}/${id}`);
}

/** The history of data versions, or why it is unavailable. */
export function dataHistory(): History {
  return context().history;
}

export interface RecordView {
  model: RecordModel;
  /** One sentence describing the row in plain words (for the page description). */
  summary: string;
  /** Field name -> the dictionary's label (for the history's changed cells). */
  labels: ReadonlyMap<string, string>;
  /** A changed cell's old or new text (raw, as in the CSV) in the page's language. */
  cellWords: (field: string, raw: string | null) => CellWords;
  /**
   * `exists` is false for a source named by a removed row and since removed itself; `lang` is
   * the language the source's title is written in (its `language` cell), for the page to mark.
   */
  sources: {
    id: string;
    title: string;
    outlet: string;
    main: boolean;
    exists: boolean;
    lang: string | null;
  }[];
  keyFigures: KeyFigure[];
  charts: { name: ChartName; title: string }[];
  /** Oldest first; empty when the row is in no committed version yet. */
  events: readonly RowEvent[];
  /** Why there is no history, when it is unavailable (English, from src/lib/data/history.ts). */
  historyUnavailable: string | null;
  /** The same in the page's language, and "en" when only the English reason exists. */
  historyGap: { text: string; lang: "en" | null } | null;
  removed: RemovedRow | null;
  /** The data version the page shows: the current one, or the last one that had the row. */
  version: string;
  versionDate: string;
}

function describe(resource: string, row: Row): string | null {
  switch (resource) {
    case "exchanges":
      return describeExchange(row as unknown as ExchangeRow);
    case "exchange_claims":
      return describeClaim(row as unknown as ExchangeClaimRow);
    case "totals":
      return describeTotal(row as unknown as TotalRow);
    case "communication":
      return describeCommunication(row as unknown as CommunicationRow);
    case "abuses":
      return describeAbuse(row as unknown as AbuseRow);
    default:
      return null;
  }
}

const GAP_KEYS = {
  off: "history.why.off",
  "not-git": "history.why.notGit",
  shallow: "history.why.shallow",
  "no-commits": "history.why.noCommits",
  "no-package": "history.why.noPackage",
} as const satisfies Partial<Record<HistoryGap, MessageKey>>;

/**
 * Why the history is unavailable, in `locale` where the strings explain the gap; an unforeseen
 * error keeps its English message, marked so. English reads the history's own reason.
 */
export function historyGapWords(
  history: History,
  locale: Locale,
): { text: string; lang: "en" | null } | null {
  if (history.available) return null;
  if (locale === "en") return { text: history.reason, lang: null };
  const key = history.why === "error" ? undefined : GAP_KEYS[history.why];
  return key ? { text: translator(locale)(key), lang: null } : { text: history.reason, lang: "en" };
}

/** A dataset's title in `locale`: the language's data dictionary, else datapackage.json's. */
export function resourceTitle(name: string, english: string, locale: Locale): string {
  return LOCALE_CONFIG[locale].data?.resources[name]?.title ?? english;
}

/** A dataset's one-sentence description in `locale`. */
export function resourceDescription(name: string, english: string, locale: Locale): string {
  return LOCALE_CONFIG[locale].data?.resources[name]?.description ?? english;
}

/**
 * Everything one record page prints, in the page's language. `url` is the page's absolute
 * address. English keeps the one-sentence description of the row the source pages use; other
 * languages describe it by the dataset's key columns (LIST_COLUMNS), every word translated.
 */
export function recordView(props: RecordProps, url: string, locale: Locale = "en"): RecordView {
  const { pkg, history, sources, figures, charts } = context();
  const resource = pkg.resources[props.resource];
  if (!resource) throw new Error(`No resource "${props.resource}" in data/datapackage.json`);
  const fields = resource.fields as unknown as readonly SchemaField[];
  const key = `${props.resource}/${props.id}`;
  const removed = props.removed;
  let raw;
  if (removed) {
    raw = removed.last;
  } else {
    const table = rawTable(resource);
    const cells = table.rows.get(props.id);
    if (!cells) throw new Error(`Row "${props.id}" is not in ${resource.path}`);
    raw = {
      header: table.header,
      headerLine: table.headerLine,
      cells: cells.cells,
      line: cells.line,
    };
  }
  const foreignKeys = foreignKeysOf(pkg.descriptor, resource.name);
  const version = removed ? removed.lastVersion : pkg.version;
  const lastDate = history.available
    ? history.versions.find((v) => v.version === version)?.date
    : undefined;
  const versionDate = removed ? (lastDate ?? removed.removed.date) : pkg.updated;
  const model = recordModel({
    resource: {
      name: resource.name,
      title: resourceTitle(resource.name, resource.title, locale),
      fields,
      primaryKey: resource.primaryKey,
    },
    foreignKeys,
    id: props.id,
    row: props.row,
    raw,
    packageTitle: pkg.title,
    version,
    updated: versionDate,
    url,
    exists: (target, id) => hasPage(target, id),
    locale,
    translate: (field, english) => {
      const prose = proseIn(resource.name, props.id, field, english, locale);
      return prose.translated ? prose.text : null;
    },
  });
  const t = translator(locale);
  const facts = (LIST_COLUMNS[resource.name] ?? [])
    .map((name) => model.fields.find((f) => f.name === name))
    .filter((f) => f !== undefined && f.lang === null)
    .map((f) => `${f!.label}: ${f!.value}`)
    .join("; ");
  const summary = !props.row
    ? t("record.summaryRemoved", {
        id: props.id,
        file: resource.path,
        version: removed?.removed.version ?? "",
      })
    : ((locale === "en" ? describe(resource.name, props.row) : null) ??
      (facts
        ? t("record.summary", { dataset: model.title, id: props.id, facts })
        : t("record.summaryBare", { id: props.id, file: resource.path })));
  return {
    model,
    summary,
    labels: new Map(model.fields.map((f) => [f.name, f.label])),
    cellWords: (name, raw) => {
      const field = fields.find((f) => f.name === name);
      const dict = field
        ? dictionaryRow(field, resource.primaryKey, foreignKeys, {
            locale,
            resource: resource.name,
          })
        : undefined;
      return rawCellWords(field, raw, locale, dict);
    },
    sources: model.sourceIds.map((id, i) => ({
      id,
      title: sources.get(id)?.title ?? id,
      outlet: sources.get(id)?.outlet ?? "",
      main: i === 0,
      exists: sources.has(id),
      lang: sources.get(id)?.language ?? null,
    })),
    keyFigures: removed ? [] : (figures.get(key) ?? []),
    charts: removed
      ? []
      : (charts.get(key) ?? []).map((name) => ({ name, title: chartTitle(name, locale) })),
    events: history.available ? (history.events.get(key) ?? []) : [],
    historyUnavailable: history.available ? null : history.reason,
    historyGap: historyGapWords(history, locale),
    removed,
    version,
    versionDate,
  };
}
