/**
 * A link to another website in a story or prose page ([text](https://...)) opens without telling
 * that site which page the reader came from: rel="noreferrer" on every http(s) link the MDX
 * writes, as on the links the site's own components write. Readers may be on watched
 * connections; the Referrer-Policy header says the same, and this holds on any host.
 */
import { defineHastPlugin, type HastPluginEntry } from "satteri";

const EXTERNAL = /^(https?:)?\/\//i;

/** The `rel` tokens of a link with "noreferrer" added (kept once, after any already there). */
export function withNoreferrer(rel: unknown): string[] {
  const tokens = Array.isArray(rel)
    ? rel.map(String)
    : typeof rel === "string"
      ? rel.split(/\s+/).filter(Boolean)
      : [];
  return tokens.includes("noreferrer") ? tokens : [...tokens, "noreferrer"];
}

export function externalLinks(): HastPluginEntry {
  return defineHastPlugin({
    name: "captivity-ledger-external-links",
    element: {
      filter: ["a"],
      visit(node, ctx) {
        const props = node.properties ?? {};
        const href = props["href"];
        if (typeof href !== "string" || !EXTERNAL.test(href)) return;
        // setProperty sets one of the element's properties (its HTML attributes).
        ctx.setProperty(node, "rel", withNoreferrer(props["rel"]).join(" "));
      },
    },
  });
}
