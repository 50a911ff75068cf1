/**
 * Which charts draw which data rows: every chart's unfiltered table lists the rows it draws
 * (`resource` and `id` columns), so a record page can say "drawn in". Only the rows are built,
 * not the drawings; once per loaded data.
 */
import { BUILDERS } from "./charts.ts";
import type { ChartData } from "./model.ts";
import { CHART_NAMES, type ChartName } from "./registry.ts";

const indexes = new WeakMap<ChartData, Map<string, ChartName[]>>();

/** `resource/id` -> the charts (unfiltered, as on /charts/) that draw the row. */
export function chartsDrawing(data: ChartData): ReadonlyMap<string, readonly ChartName[]> {
  let index = indexes.get(data);
  if (index === undefined) {
    index = new Map();
    for (const name of CHART_NAMES) {
      for (const row of BUILDERS[name](data, {}).table.rows) {
        const { resource, id } = row;
        // Only rows drawn on their own (record_href); monthly sums and merged spans are not one row.
        if (!resource || !id || !row["record_href"]) continue;
        const key = `${resource}/${id}`;
        const list = index.get(key) ?? [];
        if (!list.includes(name)) list.push(name);
        index.set(key, list);
      }
    }
    indexes.set(data, index);
  }
  return index;
}
