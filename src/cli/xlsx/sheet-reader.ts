// One worksheet part streamed into the engine's SheetGrid: values, formulas (shared ones moved to each cell),
// number formats, merges and the clipped-area record. Only cells that exist in the XML cost anything: column
// ranges, dimensions, data validations and conditional formats are never expanded (they are not even read).
import { InputError } from "../errors";
import { count, type Limits } from "../limits";
import { parseRange, type CellRange, type CellValue, type SheetGrid, type SheetVisibility } from "../../renja/grid";
import { COLS, numberFromXml, packedCellRef, slideFormula } from "./cell-text";
import type { Styles } from "./styles";
import { decodeExcelEscapes, parsePart, withFastXml } from "./xml-stream";
import type { ZipEntry, ZipPackage } from "./zip";

export type SheetLimits = Pick<Limits, "maxRows" | "maxColumns" | "maxRowRecordsPerSheet" | "maxCellsPerSheet" | "maxCellsPerWorkbook" | "maxMergesPerSheet" | "maxMergeWork">;

/** Cell records seen so far in the workbook, shared by its sheets. */
export interface WorkbookCounter {
  cells: number;
}

const enum Collect {
  None,
  V,
  F,
  T,
}

// Called once per cell: module-level aliases, because the CommonJS form the CLI runs as (tsx) reads every use of an
// imported function through a getter of the exporting module (measured: a tenth of the reader's own time).
const cellRefOf = packedCellRef;
const numberOf = numberFromXml;
const REF_COLS = COLS;

/** Empty cells whose own number format is kept (see endCell). */
const MAX_EMPTY_FORMATS = 100_000;

export async function readSheet(zip: ZipPackage, entry: ZipEntry, name: string, visibility: SheetVisibility, sst: readonly string[], styles: Styles, limits: SheetLimits, counter: WorkbookCounter): Promise<SheetGrid> {
  const cellsBefore = counter.cells;
  return withFastXml((fast) => {
    counter.cells = cellsBefore;
    return readSheetOnce(zip, entry, name, visibility, sst, styles, limits, counter, fast);
  });
}

async function readSheetOnce(zip: ZipPackage, entry: ZipEntry, name: string, visibility: SheetVisibility, sst: readonly string[], styles: Styles, limits: SheetLimits, counter: WorkbookCounter, fast: boolean): Promise<SheetGrid> {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  const emptyFormats: { row: number; col: number; format: string }[] = [];
  const merges: CellRange[] = [];
  let clipped: SheetGrid["clipped"];
  const shared = new Map<string, { formula: string; at: { row: number; col: number } }>();

  let rowRecords = 0;
  let cellRecords = 0;
  let row = -1;
  let col = -1;
  // The open <c>: its type, style and the text collected from <v>, <f> and inline <t>.
  let type = "";
  let style = 0;
  let vText = "";
  let fText: string | null = null;
  let fAttrs: Record<string, string> | undefined;
  let tParts: string[] = [];
  let inIs = false;
  let phonetic = 0;
  let collect = Collect.None;
  let inSheetData = false;

  const refuse = (what: string, max: number) => new InputError(`Lembar "${name}" berisi lebih dari ${count(max)} ${what} (batas per lembar); berkas tidak diperiksa: ${zip.path}`);

  function endCell(): void {
    let value: CellValue = null;
    switch (type) {
      case "s": {
        const i = Number(vText);
        value = Number.isInteger(i) && i >= 0 && i < sst.length ? sst[i] : null;
        break;
      }
      case "inlineStr":
        value = decodeExcelEscapes(tParts.join(""));
        break;
      case "str":
        value = vText === "" && fText === null ? null : decodeExcelEscapes(vText);
        break;
      case "b":
        value = vText === "" ? null : vText.trim() === "1" || vText.trim() === "true";
        break;
      case "e":
        value = vText === "" ? null : vText.trim();
        break;
      case "d":
        // ISO 8601 dates (Strict files): the date part, as the ExcelJS reader gave it.
        value = vText.trim() === "" ? null : vText.trim().slice(0, 10);
        break;
      default:
        value = numberOf(vText);
    }
    let formula: string | null = null;
    if (fAttrs !== undefined) {
      const si = fAttrs.si;
      if (fAttrs.t === "shared" && si !== undefined) {
        if (fText !== null && fText !== "") shared.set(si, { formula: fText, at: { row, col } });
        else {
          const master = shared.get(si);
          if (master) fText = slideFormula(master.formula, master.at, { row, col });
        }
      }
      if (fText !== null && fText !== "") formula = `=${fText}`;
    }
    if ((value === null || value === "") && formula === null) {
      // An empty cell's own format ("@" set before anything was typed) is what Office.js reports for it and what
      // a restore must put back: kept (bounded) and placed inside the values' extent after the sheet is read.
      if (style !== 0 && row < limits.maxRows && col < limits.maxColumns && emptyFormats.length < MAX_EMPTY_FORMATS) {
        const f = styles.formatOf(style);
        if (f !== null && f !== "General") emptyFormats.push({ row, col, format: f });
      }
      return;
    }
    if (row >= limits.maxRows || col >= limits.maxColumns) {
      clipped = { readRows: limits.maxRows, readCols: limits.maxColumns, rows: Math.max(clipped?.rows ?? 0, row + 1), cols: Math.max(clipped?.cols ?? 0, col + 1), first: clipped?.first ?? { row, col } };
      return;
    }
    if (row !== open) {
      flushRow();
      open = row;
    }
    while (width < col) {
      sv[width] = null;
      sf[width] = null;
      sn[width] = null;
      width++;
    }
    sv[col] = value;
    sf[col] = formula;
    sn[col] = styles.formatOf(style);
    if (col >= width) width = col + 1;
  }

  // The row being read is built in reused scratch arrays and stored at its exact length when another row starts:
  // arrays grown cell by cell keep up to 2,3 times their length as spare capacity (80 MB on 146k rows × 17 columns).
  let open = -1;
  let width = 0;
  const sv: CellValue[] = [];
  const sf: (string | null)[] = [];
  const sn: (string | null)[] = [];
  function flushRow(): void {
    if (open < 0) return;
    while (values.length <= open) {
      values.push([]);
      formulas.push([]);
      numberFormats.push([]);
    }
    const vr = values[open];
    if (vr.length === 0) {
      values[open] = sv.slice(0, width);
      formulas[open] = sf.slice(0, width);
      numberFormats[open] = sn.slice(0, width);
    } else {
      // The row came back (its cells out of order in the file): merged, a later cell winning, as Excel reads it.
      const fr = formulas[open];
      const nr = numberFormats[open];
      for (let c = 0; c < width; c++) {
        if (c >= vr.length) {
          vr.push(sv[c]);
          fr.push(sf[c]);
          nr.push(sn[c]);
        } else if (sv[c] !== null || sf[c] !== null) {
          vr[c] = sv[c];
          fr[c] = sf[c];
          nr[c] = sn[c];
        }
      }
    }
    open = -1;
    width = 0;
  }

  await parsePart(zip, entry, {
    open(tag, a) {
      switch (tag) {
        case "c": {
          if (++cellRecords > limits.maxCellsPerSheet) throw refuse("sel", limits.maxCellsPerSheet);
          if (++counter.cells > limits.maxCellsPerWorkbook) throw new InputError(`Workbook berisi lebih dari ${count(limits.maxCellsPerWorkbook)} sel (batas per workbook); berkas tidak diperiksa: ${zip.path}`);
          // A cell without a (valid) reference follows the previous one in its row.
          const packed = a.r === undefined ? -1 : cellRefOf(a.r);
          if (packed < 0) col = col + 1;
          else {
            col = packed % REF_COLS;
            row = (packed - col) / REF_COLS;
          }
          type = a.t ?? "n";
          style = a.s === undefined ? 0 : Number(a.s) | 0;
          vText = "";
          fText = null;
          fAttrs = undefined;
          tParts = [];
          return;
        }
        case "v":
          collect = Collect.V;
          return;
        case "f":
          collect = Collect.F;
          fText = "";
          fAttrs = a;
          return;
        case "is":
          inIs = true;
          return;
        case "t":
          if (inIs && phonetic === 0) collect = Collect.T;
          return;
        case "rPh":
          phonetic++;
          return;
        case "row": {
          if (++rowRecords > limits.maxRowRecordsPerSheet) throw refuse("baris", limits.maxRowRecordsPerSheet);
          const r = a.r === undefined ? NaN : Number(a.r);
          row = Number.isInteger(r) && r >= 1 ? r - 1 : row + 1;
          col = -1;
          return;
        }
        case "sheetData":
          inSheetData = true;
          return;
        case "mergeCell": {
          const m = a.ref === undefined ? undefined : parseRange(a.ref);
          if (m) merges.push(m);
          if (merges.length > limits.maxMergesPerSheet) throw refuse("sel gabung (merge)", limits.maxMergesPerSheet);
          return;
        }
      }
    },
    close(tag) {
      switch (tag) {
        case "c":
          if (inSheetData) endCell();
          return;
        case "v":
        case "f":
        case "t":
          collect = Collect.None;
          return;
        case "is":
          inIs = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "sheetData":
          inSheetData = false;
          return;
      }
    },
    text(s) {
      if (collect === Collect.None) return;
      if (collect === Collect.V) vText += s;
      else if (collect === Collect.F) fText = (fText ?? "") + s;
      else tParts.push(s);
    },
  }, fast);
  flushRow();

  let gridWidth = 0;
  for (const r of values) if (r.length > gridWidth) gridWidth = r.length;
  for (const e of emptyFormats) {
    if (e.row >= values.length || e.col >= gridWidth) continue;
    const vr = values[e.row];
    while (vr.length <= e.col) {
      vr.push(null);
      formulas[e.row].push(null);
      numberFormats[e.row].push(null);
    }
    numberFormats[e.row][e.col] = e.format;
  }
  dropMergedAway(values, formulas, numberFormats, merges, limits.maxMergeWork, () => new InputError(`Lembar "${name}" memuat terlalu banyak sel gabung (merge) yang saling menimpa; berkas tidak diperiksa: ${zip.path}`));
  const grid: SheetGrid = { name, origin: { row: 0, col: 0 }, values, formulas, numberFormats, merges, visibility };
  if (clipped) grid.clipped = clipped;
  return grid;
}

/**
 * Values under a merged area other than its top-left are hidden in Excel (and were dropped by the ExcelJS reader):
 * they are cleared here. Each merge is clamped to the cells that exist, so one merge over the whole sheet costs
 * the sheet's rows, not 17 billion cells; overlapping merges (which Excel itself refuses) are bounded by `work`.
 */
function dropMergedAway(values: CellValue[][], formulas: (string | null)[][], formats: (string | null)[][], merges: CellRange[], work: number, tooMuch: () => InputError): void {
  if (merges.length === 0 || values.length === 0) return;
  let ops = 0;
  let touched = false;
  for (const m of merges) {
    if ((m.r1 === m.r2 && m.c1 === m.c2) || m.r1 >= values.length) continue;
    const rEnd = Math.min(m.r2, values.length - 1);
    for (let r = m.r1; r <= rEnd; r++) {
      const vr = values[r];
      const cEnd = Math.min(m.c2, vr.length - 1);
      ops += 1 + Math.max(0, cEnd - m.c1 + 1);
      if (ops > work) throw tooMuch();
      for (let c = m.c1; c <= cEnd; c++) {
        if (r === m.r1 && c === m.c1) continue;
        if (vr[c] !== null || formulas[r][c] !== null) touched = true;
        vr[c] = null;
        formulas[r][c] = null;
        formats[r][c] = null;
      }
    }
  }
  if (!touched) return;
  // Rows end at their last value, and the grid at its last row with one, as if the hidden cells were never there.
  for (let r = 0; r < values.length; r++) {
    const vr = values[r];
    let n = vr.length;
    while (n > 0 && vr[n - 1] === null && formulas[r][n - 1] === null) n--;
    if (n !== vr.length) {
      vr.length = n;
      formulas[r].length = n;
      formats[r].length = n;
    }
  }
  let rows = values.length;
  while (rows > 0 && values[rows - 1].length === 0) rows--;
  values.length = rows;
  formulas.length = rows;
  formats.length = rows;
}
