// `renja template --out OUT`: a workbook with the standard Renja layouts (Tabel 2.1 … 4.2) and the list sheet.
import ExcelJS from "exceljs";
import { buildLayout, buildListsSheet, LAYOUT_FORM_LABELS, LAYOUT_FORMS, LAYOUT_KINDS, type LayoutForm } from "../renja/layouts";
import type { TableKind } from "../renja/model";
import { InputError, UsageError } from "./errors";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE } from "./exit-codes";
import { checkOutput, OutputError, writeOutput } from "./output-path";
import { parseTahunOption, type CliIo } from "./triwulan";
import { applySheetWrites } from "./xlsx-write";

export interface TemplateCliOptions {
  out: string;
  /** --timpa: an existing OUT may be replaced (a filled Renja is never overwritten without it). */
  timpa?: boolean;
  tahun?: string;
  opd?: string;
  tabel?: string;
  contoh?: boolean;
  bentuk?: string;
}

/** The forms' variant: "permendagri" (the lampiran's forms, the default) or "contoh-malang" (the sample's). */
export function parseBentukOption(text: string | undefined): LayoutForm {
  if (text === undefined) return "permendagri";
  const t = text.trim().toLowerCase();
  const form = LAYOUT_FORMS.find((f) => f === t);
  if (!form) throw new UsageError(`--bentuk: "${text}" bukan bentuk tabel yang dikenal (pilihan: ${LAYOUT_FORMS.map((f) => `${f} = ${LAYOUT_FORM_LABELS[f]}`).join("; ")}).`);
  return form;
}

/** "2.1,3.1" (or "4.2") → table kinds, in the order given. */
export function parseTabelOption(text: string): TableKind[] {
  const kinds: TableKind[] = [];
  for (const part of text.split(/[,;\s]+/).filter((p) => p !== "")) {
    const kind = `T${part.replace(/^tabel/i, "").trim()}` as TableKind;
    if (!LAYOUT_KINDS.includes(kind)) throw new UsageError(`--tabel: "${part}" bukan tabel Renja yang dikenal (pilihan: ${LAYOUT_KINDS.map((k) => k.slice(1)).join(", ")}).`);
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) throw new UsageError("--tabel: tidak ada tabel yang dipilih.");
  return kinds;
}

export async function runTemplate(opts: TemplateCliOptions, io: CliIo): Promise<number> {
  try {
    const tahun = opts.tahun === undefined ? new Date().getFullYear() + 1 : parseTahunOption(opts.tahun);
    const kinds = opts.tabel === undefined ? [...LAYOUT_KINDS] : parseTabelOption(opts.tabel);
    const opd = opts.opd ?? "";
    const bentuk = parseBentukOption(opts.bentuk);
    const target = checkOutput(opts.out, { option: "--out", inputs: [], overwrite: opts.timpa ?? false });
    const writes = [...kinds.map((k) => buildLayout(k, { tahun, opd, exampleRows: opts.contoh ?? false, bentuk })), buildListsSheet()];
    const wb = new ExcelJS.Workbook();
    wb.creator = "renja";
    const names = applySheetWrites(wb, writes);
    await writeOutput(target, (temp) => wb.xlsx.writeFile(temp));
    io.stdout.write(`Templat Renja tahun ${tahun} (bentuk ${LAYOUT_FORM_LABELS[bentuk]}) ditulis ke ${opts.out}: ${names.join(", ")}.\n`);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError || e instanceof OutputError) {
      io.stderr.write(`renja: ${e.message}\n`);
      return e instanceof UsageError ? EXIT_USAGE : EXIT_UNREADABLE;
    }
    throw e;
  }
}
