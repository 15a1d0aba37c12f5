// The nomenclature list that ships with the project (src/renja/data/nomenklatur.ts, from `npm run nomenklatur`).
// The task pane imports this module dynamically, so the list is a chunk of its own, fetched on the first
// validation and never part of the core bundle; the command line imports it directly. Built once, then shared.
import { NOMENKLATUR_JSON } from "./data/nomenklatur";
import type { NomenklaturIndex } from "./nomenklatur";
import { nomenklaturFromData, type NomenklaturData } from "./nomenklatur-data";

let built: NomenklaturIndex | undefined;

/** The built-in list's index (parsed and indexed on the first call). */
export function builtinNomenklatur(): NomenklaturIndex {
  built ??= nomenklaturFromData(JSON.parse(NOMENKLATUR_JSON) as NomenklaturData);
  return built;
}
