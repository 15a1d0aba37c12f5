// The data behind the add-in's charts: pagu per program (Tabel 4.1 or 3.1) and the RKPD pagu against the
// kebutuhan dana per program (Tabel 2.3), as a table on the add-in-owned sheet "Grafik Renja", plus where each
// chart goes. Pure: the Excel adapter writes the sheet and adds native charts over the ranges named here.
import { a1, cellText, SheetView, type CellValue, type WorkbookGrid } from "./grid";
import type { ColumnRole, TableModel } from "./model";
import type { SheetWrite } from "./plan";
import { formatRupiah } from "./rupiah";
import { moneyColumn, rowLabel } from "./rules/money";

export const GRAFIK_SHEET = "Grafik Renja";

/** A native chart over a range of its own sheet. */
export interface ChartSpec {
  /** Chart name in Excel (unique on the sheet). */
  name: string;
  title: string;
  type: "BarClustered" | "ColumnClustered";
  /** A1 range of the data with its header row and the category column first. */
  source: string;
  seriesBy: "Columns";
  /** Cells of the chart's top-left and bottom-right corners. */
  position: { start: string; end: string };
}

/** A sheet write that carries charts over its data; the adapter adds them in the same batch. */
export interface ChartSheetWrite extends SheetWrite {
  charts: ChartSpec[];
}

/** The charts a sheet write carries (none for an ordinary one). */
export function sheetCharts(sw: SheetWrite): ChartSpec[] {
  const charts = (sw as Partial<ChartSheetWrite>).charts;
  return Array.isArray(charts) ? charts : [];
}

export interface ChartChoice {
  /** Pagu per program from this Tabel 4.1 or 3.1. */
  pagu?: TableModel;
  /** RKPD pagu and kebutuhan dana per program from this Tabel 2.3. */
  rkpd?: TableModel;
}

export interface ProgramAmounts {
  program: string;
  values: number[];
}

export interface ChartSheetResult {
  write: ChartSheetWrite;
  /** Programs left out (a value that cannot be read), in Bahasa Indonesia. */
  notes: string[];
  /** The charted data per block, for the pane's summary. */
  blocks: { title: string; series: string[]; rows: ProgramAmounts[] }[];
}

const MONEY = "#,##0";
/** Rows a chart occupies on the sheet; a block is at least this tall so the charts never overlap. */
const CHART_ROWS = 18;

function viewOf(wb: WorkbookGrid, sheet: string): SheetView | undefined {
  const grid = wb.sheets.find((s) => s.name === sheet);
  return grid ? new SheetView(grid) : undefined;
}

/** Each program's effective amounts in the given money columns (a program written 0 over funded kegiatan counts them). */
export function programAmounts(wb: WorkbookGrid, table: TableModel, roles: ColumnRole[]): { rows: ProgramAmounts[]; notes: string[] } {
  const view = viewOf(wb, table.sheet);
  const notes: string[] = [];
  const rows: ProgramAmounts[] = [];
  if (!view) return { rows, notes: [`Lembar "${table.sheet}" tidak ditemukan.`] };
  const columns = roles.map((r) => moneyColumn(table, view, r));
  if (columns.some((c) => c === undefined)) return { rows, notes: [`Tabel pada lembar "${table.sheet}" tidak memiliki kolom pagu yang dibutuhkan.`] };
  table.rows.forEach((row, i) => {
    if (row.level !== "program") return;
    const values: number[] = [];
    for (const mc of columns) {
      const cell = mc!.cells[i];
      if (cell.broken || cell.effective === undefined) {
        notes.push(`Program "${rowLabel(row)}" (${table.sheet}!${a1(row.r, mc!.col)}) tidak digambar: nilainya "${cellText(view.value(row.r, mc!.col))}" tidak terbaca sebagai rupiah.`);
        return;
      }
      values.push(cell.effective);
    }
    rows.push({ program: rowLabel(row), values });
  });
  return { rows, notes };
}

const TABLE_NAMES: Partial<Record<TableModel["kind"], string>> = { "T4.1": "Tabel 4.1", "T3.1": "Tabel 3.1", "T2.3": "Tabel 2.3" };

/**
 * The "Grafik Renja" sheet: a title row, then one block per chosen chart (a caption, a header row and one row per
 * program with its Rp values) with the chart placed to its right.
 */
export function buildChartSheet(wb: WorkbookGrid, choice: ChartChoice, sheet = GRAFIK_SHEET): ChartSheetResult {
  const rows: CellValue[][] = [[`Data grafik Renja (dibuat oleh add-in; lembar ini ditulis ulang setiap kali grafik dibuat)`]];
  const formats: (string | null)[][] = [[null]];
  const bold: number[] = [1];
  const charts: ChartSpec[] = [];
  const notes: string[] = [];
  const blocks: ChartSheetResult["blocks"] = [];

  const addBlock = (name: string, title: string, series: string[], data: ProgramAmounts[]): void => {
    while (rows.length < 2 || rows[rows.length - 1].length > 0) {
      rows.push([]);
      formats.push([]);
    }
    const captionRow = rows.length; // 0-based
    rows[captionRow] = [title];
    formats[captionRow] = [null];
    bold.push(captionRow + 1);
    const headerRow = captionRow + 1;
    rows.push(["Program", ...series]);
    formats.push([null, ...series.map(() => null)]);
    bold.push(headerRow + 1);
    for (const d of data) {
      rows.push([d.program, ...d.values]);
      formats.push([null, ...d.values.map(() => MONEY)]);
    }
    const lastRow = rows.length - 1;
    charts.push({
      name,
      title,
      type: "BarClustered",
      source: `${a1(headerRow, 0)}:${a1(lastRow, series.length)}`,
      seriesBy: "Columns",
      position: { start: a1(headerRow, series.length + 2), end: a1(headerRow + CHART_ROWS - 1, series.length + 10) },
    });
    blocks.push({ title, series, rows: data });
    // Room for the chart before the next block.
    while (rows.length < headerRow + CHART_ROWS + 1) {
      rows.push([]);
      formats.push([]);
    }
  };

  if (choice.pagu) {
    const t = choice.pagu;
    const got = programAmounts(wb, t, ["pagu"]);
    notes.push(...got.notes);
    if (got.rows.length > 0) addBlock("Renja Pagu per Program", `Pagu Indikatif per Program (${TABLE_NAMES[t.kind] ?? t.kind}, lembar ${t.sheet})`, ["Pagu Indikatif (Rp)"], got.rows);
    else notes.push(`Tidak ada program dengan pagu yang terbaca pada ${TABLE_NAMES[t.kind] ?? t.kind} (lembar ${t.sheet}).`);
  }
  if (choice.rkpd) {
    const t = choice.rkpd;
    const got = programAmounts(wb, t, ["rkpdPagu", "kebutuhanDana"]);
    notes.push(...got.notes);
    if (got.rows.length > 0) addBlock("Renja RKPD vs Kebutuhan", `Pagu RKPD dan Kebutuhan Dana per Program (Tabel 2.3, lembar ${t.sheet})`, ["Pagu Indikatif RKPD (Rp)", "Kebutuhan Dana (Rp)"], got.rows);
    else notes.push(`Tidak ada program dengan pagu RKPD dan kebutuhan dana yang terbaca pada Tabel 2.3 (lembar ${t.sheet}).`);
  }
  const write: ChartSheetWrite = {
    sheet,
    replace: true,
    start: "A1",
    rows,
    numberFormats: formats,
    columnWidths: [60, 22, 22],
    boldRows: bold,
    charts,
  };
  return { write, notes, blocks };
}

/** "Rp 1.234.567" for the pane's summary of a block. */
export function chartTotal(rows: ProgramAmounts[], series: number): string {
  return formatRupiah(rows.reduce((s, r) => s + (r.values[series] ?? 0), 0));
}
