/**
 * Typed rows of every resource in data/datapackage.json (see docs/data-model.md).
 * The reader (src/lib/data) produces these; nothing else parses CSV.
 *
 * The row types and the named unions of allowed values (Qualifier, Mediator, TotalMeasure...)
 * are generated from datapackage.json into contract.generated.ts by `npm run gen:contract`;
 * the value types they use (Missing, PartialDate) live in values.ts.
 */
export type { Maybe, Missing, MissingReason, PartialDate } from "./values.ts";
export { isMissing } from "./values.ts";
export type * from "./contract.generated.ts";
