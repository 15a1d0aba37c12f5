// Reads a Kepmendagri nomenclature list (.xlsx, as downloaded) into the engine's index, through the same reader
// and limits as every workbook (a list is a file from the internet like any other): read once, package checked,
// streamed. Its header and kode are found by text.
import { basename } from "node:path";
import { buildNomenklaturIndex, type NomenklaturIndex } from "../renja/nomenklatur";
import { InputError } from "./errors";
import { LIMITS, type Limits } from "./limits";
import { readXlsxBytes } from "./xlsx-package";
import { readInputFile } from "./xlsx/input-file";

/** Loads the list; its file name becomes the index's name, which findings quote. */
export async function loadNomenklaturXlsx(path: string, limits: Limits = LIMITS): Promise<NomenklaturIndex> {
  return nomenklaturFromBytes(readInputFile(path, limits, "nomenklatur"), path, limits);
}

/** The index from a list's bytes (read once; worker threads build their own index from the same bytes). */
export async function nomenklaturFromBytes(bytes: Buffer, path: string, limits: Limits = LIMITS): Promise<NomenklaturIndex> {
  let grids;
  try {
    grids = (await readXlsxBytes(bytes, path, limits)).grid.sheets;
  } catch (e) {
    // The message names the list, so the planner knows which of the two inputs is at fault.
    if (e instanceof InputError) throw new InputError(`Daftar nomenklatur ditolak: ${e.message}`);
    throw e;
  }
  const { index, problems } = buildNomenklaturIndex(grids, basename(path));
  if (index.size === 0) {
    throw new InputError(`${path} bukan daftar nomenklatur Kepmendagri yang dikenali. ${problems.join(" ")}`.trim());
  }
  return index;
}
