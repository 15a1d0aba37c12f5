// `renja triwulan FILE --out OUT`: finds Tabel 4.1, writes a copy of FILE with a generated "Tabel 4.2 (otomatis)"
// sheet next to it. FILE itself is never written.
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { cellText, SheetView } from "../renja/grid";
import type { TableModel } from "../renja/model";
import { formatRupiah } from "../renja/rupiah";
import { findTables } from "../renja/tables/detect";
import { builtinNomenklatur } from "../renja/nomenklatur-bawaan";
import { DEFAULT_PROFILE, generateTabel42, leftOutSummary, TABEL42_SHEET, TriwulanError } from "../renja/triwulan";
import { parseProfileText } from "../renja/triwulan-profile";
import { InputError, UsageError } from "./errors";
import { EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE } from "./exit-codes";
import { checkOutput, OutputError, writeOutput } from "./output-path";
import { applySheetWrites } from "./xlsx-write";
import { readXlsxBook } from "./xlsx-grid";
import { addSheet } from "./xlsx/add-sheet";
import { freeSheetName } from "../renja/sheet-name";

export interface CliIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export interface TriwulanCliOptions {
  out: string;
  /** --timpa: an existing OUT (never the input) may be replaced. */
  timpa?: boolean;
  profile?: string;
  bulat?: string;
  tahun?: string;
  opd?: string;
}


/** --profile in any form the pane takes too ("25%", "25,25,25,25", "6;20,8;39,8;33,4"): the engine's one parser. */
export function parseProfileOption(text: string): number[] {
  const parsed = parseProfileText(text);
  if (!parsed.ok) throw new UsageError(`--profile: ${parsed.message} Contoh: --profile 25,25,25,25 atau --profile "6;20,8;39,8;33,4".`);
  return parsed.profile;
}

/** "1000" or "1.000" → 1000. */
export function parseUnitOption(text: string): number {
  const t = text.trim();
  const digits = /^\d{1,3}(\.\d{3})+$/.test(t) ? t.replace(/\./g, "") : t;
  const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--bulat: "${text}" bukan bilangan bulat positif (contoh: --bulat 1000).`);
  return n;
}

export function parseTahunOption(text: string): number {
  const n = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  if (!(n >= 2000 && n <= 2100)) throw new UsageError(`--tahun: "${text}" bukan tahun (contoh: --tahun 2025).`);
  return n;
}

/** The plan year from the header above the target column ("Target 2024"). */
function tahunOf(view: SheetView, table: TableModel): number | undefined {
  const col = table.columns.target?.[0];
  if (col === undefined) return undefined;
  for (let r = table.headerTop; r < table.numberRow; r++) {
    const m = /\b(20\d\d)\b/.exec(cellText(view.shown(r, col)));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** The agency from the title lines above the table ("Rencana Kerja dan Pendanaan Dinas Sosial Tahun 2024"). */
function opdOf(view: SheetView, table: TableModel): string | undefined {
  for (let r = Math.max(view.rowStart, table.headerTop - 4); r < table.headerTop; r++) {
    for (let c = view.colStart; c < Math.min(view.colEnd, view.colStart + 3); c++) {
      const m = /\b((?:Dinas|Badan|Kantor|Sekretariat|Inspektorat|Satuan Polisi|Kecamatan|Rumah Sakit)\b.*?)(?:\s+Tahun\s+\d{4}.*)?$/i.exec(cellText(view.value(r, c)));
      if (m) return m[1].trim();
    }
  }
  return undefined;
}

function rp(n: number): string {
  return `Rp ${formatRupiah(n)}`;
}

export async function runTriwulan(file: string, opts: TriwulanCliOptions, io: CliIo): Promise<number> {
  const fail = (message: string, code: number = EXIT_UNREADABLE): number => {
    io.stderr.write(`renja: ${message}\n`);
    return code;
  };
  try {
    const profile = opts.profile === undefined ? [...DEFAULT_PROFILE] : parseProfileOption(opts.profile);
    const unit = opts.bulat === undefined ? undefined : parseUnitOption(opts.bulat);
    const tahunOption = opts.tahun === undefined ? undefined : parseTahunOption(opts.tahun);
    const target = checkOutput(opts.out, { option: "--out", inputs: [file], overwrite: opts.timpa ?? false });

    // Read once: the checked bytes are also what the new sheet is added to.
    const book = await readXlsxBook(file);
    const grid = book.grid;
    let found: { table: TableModel; view: SheetView } | undefined;
    for (const sheet of grid.sheets) {
      const view = new SheetView(sheet);
      const table = findTables(view).find((t) => t.kind === "T4.1");
      if (table) {
        found = { table, view };
        break;
      }
    }
    if (!found) return fail(`Tabel 4.1 (Rencana Kerja dan Pendanaan) tidak ditemukan pada ${file}: judul kolom dan baris nomor kolom (1, 2, 3, … 15) tidak dikenali.`);
    const { table, view } = found;
    const tahun = tahunOption ?? tahunOf(view, table);
    const opd = opts.opd ?? opdOf(view, table) ?? "";

    // Checked against the built-in nomenclature list, as `renja validate` checks the result by default.
    const result = generateTabel42(table, view, { profile, unit, tahun, opd, sheetName: TABEL42_SHEET, nomenklatur: { nomenklatur: builtinNomenklatur() } });
    result.write.after = table.sheet;
    // The copy keeps every sheet of the input: a sheet already named so (in any case) is the user's, never replaced.
    result.write.replace = false;

    // ExcelJS writes the new sheet alone; it is grafted into the bytes that were read and checked, every other
    // part copied as it is (xlsx/add-sheet.ts). The user's workbook is never loaded into ExcelJS.
    const name = freeSheetName(result.write.sheet, book.workbook.sheets.map((s) => s.name));
    const donor = new ExcelJS.Workbook();
    applySheetWrites(donor, [{ ...result.write, sheet: name, after: undefined }]);
    // Texts inline (no shared strings to carry over); styles as ExcelJS makes them, appended to the workbook's.
    const bytes = await addSheet(book, Buffer.from(await donor.xlsx.writeBuffer({ useSharedStrings: false } as ExcelJS.XlsxWriteOptions)), name, table.sheet);
    await writeOutput(target, async (temp) => writeFileSync(temp, bytes));

    const pct = profile.map((p) => String(p).replace(".", ",")).join(" / ");
    const lines = [
      `Tabel 4.1 ditemukan pada lembar "${table.sheet}" (${table.rows.length} baris).`,
      `Lembar "${name}" ditulis ke ${opts.out}: ${result.distributed} sub kegiatan dibagi per triwulan (profil ${pct} %${unit ? `, dibulatkan ke ${formatRupiah(unit)} rupiah` : ""}).`,
      `Jumlah pagu: ${rp(result.totals.pagu)}${result.totals.leftOut > 0 ? ` (tanpa ${result.totals.leftOut} baris Tabel 4.1 yang tidak dimasukkan: ${leftOutSummary(result.leftOutRows)}; lihat catatan)` : ""}`,
      ...result.totals.triwulan.map((v, q) => `  Triwulan ${["I", "II", "III", "IV"][q]}: ${rp(v)}`),
    ];
    if (result.findings.length > 0) {
      lines.push(`Catatan (${result.findings.length}):`);
      for (const f of result.findings) lines.push(`  ${f.sheet}!${f.cell}: ${f.message}`);
    }
    io.stdout.write(lines.join("\n") + "\n");
    return EXIT_OK;
  } catch (e) {
    if (e instanceof UsageError) return fail(e.message, EXIT_USAGE);
    // A profile the generator refuses is the command line's fault; a pagu it cannot spread is the file's.
    if (e instanceof TriwulanError) return fail(e.kind.startsWith("profile") || e.kind === "unit" ? `--${e.kind === "unit" ? "bulat" : "profile"}: ${e.message}` : e.message, e.kind.startsWith("profile") || e.kind === "unit" ? EXIT_USAGE : EXIT_UNREADABLE);
    if (e instanceof InputError || e instanceof OutputError) return fail(e.message);
    throw e;
  }
}
