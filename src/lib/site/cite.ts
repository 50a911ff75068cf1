/** How to cite a dataset: one plain line readers can copy. */
import { SITE } from "../site";
import { formatIsoDay } from "../format.ts";

export interface CiteInput {
  resourceTitle: string | null;
  packageTitle: string;
  version: string;
  updated: string;
  url: string;
}

export function citation({
  resourceTitle,
  packageTitle,
  version,
  updated,
  url,
}: CiteInput): string {
  const what = resourceTitle ? `"${resourceTitle}", in ${packageTitle}` : packageTitle;
  return `${SITE.name}. ${what}, version ${version} (${formatIsoDay(updated)}). ${url}`;
}
