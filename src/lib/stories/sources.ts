/**
 * Sources as stories see them: the set of valid ids, labels for weak kinds, and which data rows
 * rely on a source. Reads rows only through the data reader.
 */
import { load } from "../data";
import type { SourceKind, SourceRow } from "../data/types";

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
