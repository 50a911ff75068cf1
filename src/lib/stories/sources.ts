/**
 * Sources as stories see them: the set of valid ids, labels for weak kinds, and which data rows
 * rely on a source. Reads rows only through the data reader.
 */
import { load } from "../data";
import type { SourceKind, SourceRow } from "../data/types";
import type { MessageKey } from "../i18n/index.ts";

export function knownSourceIds(): ReadonlySet<string> {
  return new Set(load("sources").map((s) => s.id));
}

export function sourceById(id: string): SourceRow | undefined {
  return load("sources").find((s) => s.id === id);
}

/** Kinds readers must be warned about, with the label shown as text beside the source. */
export const RELIABILITY_LABELS: Partial<Record<SourceKind, string>> = {
  "aggregator or mirror":
    "Aggregator or mirror: a copy of someone else's reporting; weigh it accordingly",
  "state media": "State media: speaks for a government; used only for that side's own claims",
};

/** Order of kinds on the sources index. */
export const KIND_ORDER: readonly SourceKind[] = [
  "news report",
  "official statement",
  "UN report",
  "NGO report",
  "prosecutor or court",
  "treaty text",
  "podcast or broadcast",
  "aggregator or mirror",
  "state media",
];

/** Plural headings for the sources index. */
export const KIND_HEADINGS: Partial<Record<SourceKind, string>> = {
  "news report": "News reports",
  "official statement": "Official statements",
  "UN report": "UN reports",
  "NGO report": "NGO reports",
  "prosecutor or court": "Prosecutors and courts",
  "treaty text": "Treaty texts",
  "podcast or broadcast": "Podcasts and broadcasts",
  "aggregator or mirror": "Aggregators and mirrors",
  "state media": "State media",
};

/** Plural headings for the sources index in every language: keys of the strings files. */
export const KIND_HEADING_KEYS: Readonly<Record<SourceKind, MessageKey>> = {
  "news report": "sources.kind.news report",
  "official statement": "sources.kind.official statement",
  "UN report": "sources.kind.UN report",
  "NGO report": "sources.kind.NGO report",
  "prosecutor or court": "sources.kind.prosecutor or court",
  "treaty text": "sources.kind.treaty text",
  "podcast or broadcast": "sources.kind.podcast or broadcast",
  "aggregator or mirror": "sources.kind.aggregator or mirror",
  "state media": "sources.kind.state media",
};

/** The reliability label of a weak kind, in every language: keys of the strings files. */
export const RELIABILITY_KEYS: Partial<Record<SourceKind, MessageKey>> = {
  "aggregator or mirror": "source.aggregator",
  "state media": "source.stateMedia",
};
