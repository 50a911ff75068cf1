/** Name -> content builder for every chart in the registry. */
import { abusesContent } from "./content/abuses";
import { contactContent } from "./content/contact";
import { exchangesContent } from "./content/exchanges";
import type { ChartBuilder } from "./figure";
import type { ChartName } from "./registry";

export const BUILDERS: Readonly<Record<ChartName, ChartBuilder>> = {
  exchanges: exchangesContent,
  contact: contactContent,
  abuses: abusesContent,
};
