/**
 * Markup rendered once per build and reused: the same chart (same data, filters, caption and
 * heading level) is shown on the home page, the charts page and in any number of stories, and
 * Astro would otherwise build the same figure's elements again on every page.
 */
import type { ChartData } from "./model.ts";

const rendered = new WeakMap<ChartData, Map<string, Promise<string>>>();

/**
 * The HTML `render` gives for `key`, rendering it only the first time the key is seen for this
 * dataset (concurrent callers share the one render). `render` must depend on nothing but the
 * key and the data, so that every page gets the same bytes it would have rendered itself.
 */
export function renderOnce(
  data: ChartData,
  key: string,
  render: () => Promise<string>,
): Promise<string> {
  let cache = rendered.get(data);
  if (!cache) rendered.set(data, (cache = new Map()));
  let html = cache.get(key);
  if (!html) {
    html = render();
    cache.set(key, html);
  }
  return html;
}
