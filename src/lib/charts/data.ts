/** The rows every chart may draw, read once per build through the one data reader. */
import { load, loadPackage } from "../data/index.ts";
import type { ChartData } from "./model.ts";

let memo: ChartData | null = null;

export function loadChartData(): ChartData {
  memo ??= {
    version: loadPackage().version,
    sources: load("sources"),
    exchanges: load("exchanges"),
    exchange_claims: load("exchange_claims"),
    totals: load("totals"),
    communication: load("communication"),
    abuses: load("abuses"),
  };
  return memo;
}
