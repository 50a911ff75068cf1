/** The rows every chart may draw, read once per build through the one data reader. */
import { load, loadPackage, type LoadedPackage } from "../data/index.ts";
import type { ChartData } from "./model.ts";

let memo: { pkg: LoadedPackage; data: ChartData } | null = null;

/** The same object for as long as the loaded package is the same (figure caches key on it). */
export function loadChartData(): ChartData {
  const pkg = loadPackage();
  if (memo?.pkg === pkg) return memo.data;
  const data: ChartData = {
    version: pkg.version,
    sources: load("sources"),
    exchanges: load("exchanges"),
    exchange_claims: load("exchange_claims"),
    totals: load("totals"),
    communication: load("communication"),
    abuses: load("abuses"),
  };
  memo = { pkg, data };
  return data;
}
