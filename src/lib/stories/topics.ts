/** The fixed list of story topics. Add one here (and to docs/editors.md) before using it. */
export const TOPICS = [
  "exchanges",
  "contact with families",
  "abuses",
  "returned prisoners",
  "surrender",
  "law",
] as const;

export type Topic = (typeof TOPICS)[number];
