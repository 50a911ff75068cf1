/** Name -> content builder for every chart in the registry. */
import { abusesContent } from "./content/abuses.ts";
import { contactContent } from "./content/contact.ts";
import { exchangesContent } from "./content/exchanges.ts";
import type { ChartBuilder } from "./figure.ts";
import type { ChartName } from "./registry.ts";

export const BUILDERS: Readonly<Record<ChartName, ChartBuilder>> = {
  exchanges: exchangesContent,
  contact: contactContent,
  abuses: abusesContent,
};
