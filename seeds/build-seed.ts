// Writes seeds/renja-dinsos-malang-2024.xlsx from the readable table source next to it (`npm run seed`).
// The workbook looks like a planner's paste of the Renja tables: title lines, merged header blocks repeated at
// every page break, then the rows with the document's values and mistakes as written.
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { SEED_TABLES, type HeaderBlock, type SeedRow, type SeedTable } from "./renja-dinsos-malang-2024.data";

export const SEED_XLSX_PATH = path.join(__dirname, "renja-dinsos-malang-2024.xlsx");

export const MONEY_FORMAT = "#,##0";

// "6.822.934.850", "0": an Indonesian integer with well-placed thousands dots. "53.600.0000" or "24,000,000" are not.
const INDONESIAN_INTEGER = /^(0|[1-9]\d{0,2}(\.\d{3})*)$/;
const PLAIN_INTEGER = /^(0|[1-9]\d*)$/;

const THIN: Partial<ExcelJS.Border> = { style: "thin" };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9D9D9" } };
const LINE_HEIGHT = 15;

/**
 * The value a document cell is stored as: a number where the text is a well-formed Indonesian integer in a money
 * column or a plain integer in a capaian column, the text exactly as written otherwise, null when empty.
 */
export function seedCellValue(
  text: string,
  column: number,
  table: Pick<SeedTable, "moneyColumns" | "countColumns">,
): string | number | null {
  if (text === "") return null;
  if (table.moneyColumns.includes(column) && INDONESIAN_INTEGER.test(text)) return safeInteger(text.replace(/\./g, ""));
  if (table.countColumns.includes(column) && PLAIN_INTEGER.test(text)) return safeInteger(text);
  return text;
}

function safeInteger(digits: string): number {
  const n = Number(digits);
  if (!Number.isSafeInteger(n)) throw new Error(`not a safe integer: ${digits}`);
  return n;
}

/** Builds the seven Renja sheets in memory. */
export function buildSeedWorkbook(tables: readonly SeedTable[] = SEED_TABLES): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "renja-excel-addin seeds/build-seed.ts";
  // Fixed dates: a rebuild only differs from the committed file where the data changed.
  wb.created = new Date("2024-01-01T00:00:00Z");
  wb.modified = wb.created;
  for (const table of tables) writeTable(wb, table);
  return wb;
}

export async function buildSeedBuffer(tables: readonly SeedTable[] = SEED_TABLES): Promise<Buffer> {
  const data = await buildSeedWorkbook(tables).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

function writeTable(wb: ExcelJS.Workbook, table: SeedTable): void {
  const width = table.widths.length;
  const ws = wb.addWorksheet(table.sheet, {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  table.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  let r = 1;
  for (const line of table.title) {
    const cell = ws.getCell(r++, 1);
    cell.value = line;
    cell.font = { bold: true };
  }
  r++; // one empty row between the title and the table

  let firstHeaderBottom = 0;
  for (const block of table.blocks) {
    if ("blank" in block) {
      r++;
    } else if ("header" in block) {
      writeHeader(ws, block.header, r, table);
      r += block.header.rows.length;
      if (firstHeaderBottom === 0) firstHeaderBottom = r - 1;
    } else {
      for (const row of block.rows) writeDataRow(ws, row, r++, table);
    }
  }
  if (width === 0 || firstHeaderBottom === 0) throw new Error(`${table.sheet}: a table needs columns and a header`);
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: firstHeaderBottom }];
}

function writeHeader(ws: ExcelJS.Worksheet, header: HeaderBlock, top: number, table: SeedTable): void {
  const width = table.widths.length;
  header.rows.forEach((texts, i) => {
    if (texts.length > width) throw new Error(`${table.sheet}: header row wider than the table`);
    const row = ws.getRow(top + i);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const text = texts[c - 1] ?? "";
      if (text !== "") cell.value = text;
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
  });
  const spans = header.merges.map((range) => shiftRange(range, top - 1));
  for (const s of spans) ws.mergeCells(s.r1, s.c1, s.r2, s.c2);
  // Row heights: enough lines for each text in the width (and height) of its merged area.
  const lines = header.rows.map(() => 1);
  header.rows.forEach((texts, i) => {
    texts.forEach((text, c) => {
      if (text === "") return;
      const span = spans.find((s) => s.r1 === top + i && s.c1 === c + 1) ?? { r1: top + i, c1: c + 1, r2: top + i, c2: c + 1 };
      let chars = 0;
      for (let k = span.c1; k <= span.c2; k++) chars += table.widths[k - 1];
      const perRow = Math.ceil(linesFor(text, chars) / (span.r2 - span.r1 + 1));
      lines[i] = Math.max(lines[i], perRow);
    });
  });
  lines.forEach((n, i) => (ws.getRow(top + i).height = n * LINE_HEIGHT));
}

function writeDataRow(ws: ExcelJS.Worksheet, seed: SeedRow, r: number, table: SeedTable): void {
  const width = table.widths.length;
  if (seed.cells.length > width) throw new Error(`${table.sheet}: row ${r} is wider than the table`);
  const row = ws.getRow(r);
  let lines = 1;
  for (let c = 1; c <= width; c++) {
    const text = seed.cells[c - 1] ?? "";
    const cell = row.getCell(c);
    const value = seedCellValue(text, c, table);
    if (value !== null) cell.value = value;
    if (typeof value === "number" && table.moneyColumns.includes(c)) cell.numFmt = MONEY_FORMAT;
    const bold = seed.bold === true || (Array.isArray(seed.bold) && seed.bold.includes(c));
    if (bold) cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.border = BORDER;
    if (text !== "") lines = Math.max(lines, linesFor(text, table.widths[c - 1]));
  }
  row.height = lines * LINE_HEIGHT;
}

/** Wrapped line count estimate: a column of width w holds about w average characters of Calibri 11. */
function linesFor(text: string, widthChars: number): number {
  return Math.max(1, Math.ceil(text.length / Math.max(1, widthChars - 1)));
}

/** "B1:F3" relative to a header block → absolute 1-based rows/cols, the block starting below `offset` rows. */
function shiftRange(range: string, offset: number): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`bad merge range ${range}`);
  return { r1: Number(m[2]) + offset, c1: columnNumber(m[1]), r2: Number(m[4]) + offset, c2: columnNumber(m[3]) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

async function main(): Promise<void> {
  fs.writeFileSync(SEED_XLSX_PATH, await buildSeedBuffer());
  console.log(`wrote ${path.relative(process.cwd(), SEED_XLSX_PATH)}`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
