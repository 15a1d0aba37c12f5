// `renja template --out OUT`: a workbook with the standard Renja layouts (Tabel 2.1 … 4.2) and the list sheet.
import ExcelJS from "exceljs";
import { buildLayout, buildListsSheet, LAYOUT_KINDS } from "../renja/layouts";
import type { TableKind } from "../renja/model";
import { InputError } from "./errors";
import { parseTahunOption, type CliIo } from "./triwulan";
import { applySheetWrites } from "./xlsx-write";

export interface TemplateCliOptions {
  out: string;
  tahun?: string;
  opd?: string;
  tabel?: string;
  contoh?: boolean;
}

/** "2.1,3.1" (or "4.2") → table kinds, in the order given. */
export function parseTabelOption(text: string): TableKind[] {
  const kinds: TableKind[] = [];
  for (const part of text.split(/[,;\s]+/).filter((p) => p !== "")) {
    const kind = `T${part.replace(/^tabel/i, "").trim()}` as TableKind;
    if (!LAYOUT_KINDS.includes(kind)) throw new InputError(`--tabel: "${part}" bukan tabel Renja yang dikenal (pilihan: ${LAYOUT_KINDS.map((k) => k.slice(1)).join(", ")}).`);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw new InputError("--tabel: tidak ada tabel yang dipilih.");
  return kinds;
}

export async function runTemplate(opts: TemplateCliOptions, io: CliIo): Promise<number> {
  try {
    const tahun = opts.tahun === undefined ? new Date().getFullYear() + 1 : parseTahunOption(opts.tahun);
    const kinds = opts.tabel === undefined ? [...LAYOUT_KINDS] : parseTabelOption(opts.tabel);
    const opd = opts.opd ?? "";
    const writes = [...kinds.map((k) => buildLayout(k, { tahun, opd, exampleRows: opts.contoh ?? false })), buildListsSheet()];
    const wb = new ExcelJS.Workbook();
    wb.creator = "renja";
    const names = applySheetWrites(wb, writes);
    try {
      await wb.xlsx.writeFile(opts.out);
    } catch {
      throw new InputError(`Berkas keluaran tidak dapat ditulis: ${opts.out}`);
    }
    io.stdout.write(`Templat Renja tahun ${tahun} ditulis ke ${opts.out}: ${names.join(", ")}.\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr.write(`renja: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
