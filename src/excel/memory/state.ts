// The in-memory workbook behind the fake Excel API: sparse cells plus the sheet features the adapter writes.
import type { CellRange, CellValue, SheetGrid, SheetVisibility, WorkbookGrid } from "../../renja/grid";

export interface MemoryCell {
  /** The value Excel shows (for a formula cell: its last computed value). */
  value: CellValue;
  formula?: string;
  /** The value is an error value typed as a constant ("#N/A"), not text (Range.valueTypes "Error"). */
  error?: boolean;
  numberFormat?: string;
  bold?: boolean;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
}

export type ExcelVisibility = "Visible" | "Hidden" | "VeryHidden";

/** One border edge set on a range (RangeBorder.style), as Excel would draw it. */
export interface MemoryBorder {
  range: CellRange;
  /** "EdgeTop", "InsideHorizontal", … */
  edge: string;
  style: string;
}

/** A chart added through ChartCollection.add, with what the adapter set on it. */
export interface MemoryChart {
  type: string;
  /** Source range as given, sheet-qualified ("'Grafik Renja'!A3:B9"). */
  source: string;
  seriesBy: string;
  name?: string;
  title?: string;
  /** Top-left and bottom-right cells of Chart.setPosition. */
  position?: { start: string; end?: string };
}

export interface MemoryListValidation {
  range: CellRange;
  /** Comma-separated source, as DataValidation.rule.list.source takes it. */
  source: string;
}

const COL_SPAN = 16_384;
const key = (row: number, col: number): number => row * COL_SPAN + col;

export class MemorySheet {
  readonly cells = new Map<number, MemoryCell>();
  merges: CellRange[] = [];
  /** Column widths in points, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points set through RangeFormat.rowHeight (custom heights), by 0-based row; others are default. */
  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  lists: MemoryListValidation[] = [];
  printTitleRows: string | null = null;
  orientation: "Portrait" | "Landscape" = "Portrait";
  borders: MemoryBorder[] = [];
  charts: MemoryChart[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public visibility: ExcelVisibility = "Visible",
  ) {}

  get(row: number, col: number): MemoryCell | undefined {
    return this.cells.get(key(row, col));
  }

  /** The cell at (row, col), created on first write. */
  cell(row: number, col: number): MemoryCell {
    const k = key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "" };
      this.cells.set(k, c);
    }
    return c;
  }

  *entries(): IterableIterator<[number, number, MemoryCell]> {
    for (const [k, c] of this.cells) yield [Math.floor(k / COL_SPAN), k % COL_SPAN, c];
  }

  /** Bounding box of the used cells: with content only (valuesOnly) or also with formatting. */
  usedRange(valuesOnly: boolean): CellRange | undefined {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [r, c, cell] of this.entries()) {
      const hasValue = (cell.value !== "" && cell.value !== null) || !!cell.formula;
      const hasFormat = (cell.numberFormat !== undefined && cell.numberFormat !== "General") || !!cell.bold || cell.wrapText !== undefined || cell.horizontalAlignment !== undefined || cell.verticalAlignment !== undefined;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c < c1) c1 = c;
      if (c > c2) c2 = c;
    }
    if (!valuesOnly) {
      for (const m of this.merges) {
        r1 = Math.min(r1, m.r1);
        c1 = Math.min(c1, m.c1);
        r2 = Math.max(r2, m.r2);
        c2 = Math.max(c2, m.c2);
      }
    }
    return r2 < 0 ? undefined : { r1, c1, r2, c2 };
  }

  /** The used cells' bounding box inside `within` (Range.getUsedRange on that range). */
  usedRangeWithin(within: CellRange, valuesOnly: boolean): CellRange | undefined {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const [r, c, cell] of this.entries()) {
      if (!inside(within, r, c)) continue;
      const hasValue = (cell.value !== "" && cell.value !== null) || !!cell.formula;
      const hasFormat = (cell.numberFormat !== undefined && cell.numberFormat !== "General") || !!cell.bold;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      if (r < r1) r1 = r;
      if (r > r2) r2 = r;
      if (c < c1) c1 = c;
      if (c > c2) c2 = c;
    }
    return r2 < 0 ? undefined : { r1, c1, r2, c2 };
  }

  /** Removes cell content and formats inside a rectangle (Range.clear). */
  clear(rect: CellRange): void {
    for (const [r, c] of [...this.entries()]) if (inside(rect, r, c)) this.cells.delete(key(r, c));
    this.merges = this.merges.filter((m) => !overlaps(m, rect));
    this.lists = this.lists.filter((l) => !overlaps(l.range, rect));
    // Formats go with the cells; charts float above the grid and stay (as in Excel).
    this.borders = this.borders.filter((b) => !overlaps(b.range, rect));
  }
}

export function inside(rect: CellRange, row: number, col: number): boolean {
  return row >= rect.r1 && row <= rect.r2 && col >= rect.c1 && col <= rect.c2;
}

export function overlaps(a: CellRange, b: CellRange): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export class MemoryWorkbookState {
  readonly sheets: MemorySheet[] = [];
  activeSheetId: string | undefined;
  selection: { sheetId: string; range: CellRange } | undefined;
  private nextId = 1;

  addSheet(name: string): MemorySheet {
    const sheet = new MemorySheet(`sheet${this.nextId++}`, name);
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  byName(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase(); // Excel sheet names are case-insensitive
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Moves a sheet to a 0-based position (Worksheet.position); false when the position is out of range. */
  moveSheet(id: string, position: number): boolean {
    const i = this.sheets.findIndex((s) => s.id === id);
    if (i < 0 || !Number.isInteger(position) || position < 0 || position >= this.sheets.length) return false;
    const [sheet] = this.sheets.splice(i, 1);
    this.sheets.splice(position, 0, sheet);
    return true;
  }

  byId(id: string): MemorySheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  removeSheet(id: string): void {
    const i = this.sheets.findIndex((s) => s.id === id);
    if (i >= 0) this.sheets.splice(i, 1);
    if (this.activeSheetId === id) this.activeSheetId = this.sheets[0]?.id;
    if (this.selection?.sheetId === id) this.selection = undefined;
  }
}

const VISIBILITY_IN: Record<SheetVisibility, ExcelVisibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const VISIBILITY_OUT: Record<ExcelVisibility, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export function toGridVisibility(v: ExcelVisibility): SheetVisibility {
  return VISIBILITY_OUT[v];
}

/** Loads a WorkbookGrid into memory: formula cells keep the grid's value as their last computed value. */
export function stateFromGrid(wb: WorkbookGrid): MemoryWorkbookState {
  const state = new MemoryWorkbookState();
  for (const g of wb.sheets) {
    const sheet = state.addSheet(g.name);
    sheet.visibility = VISIBILITY_IN[g.visibility ?? "visible"];
    g.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const formula = g.formulas?.[i]?.[j];
        const nf = g.numberFormats?.[i]?.[j];
        const hasFormula = typeof formula === "string" && formula.startsWith("=");
        const hasFormat = typeof nf === "string" && nf !== "General";
        if ((v === "" || v === null) && !hasFormula && !hasFormat) return;
        const cell = sheet.cell(g.origin.row + i, g.origin.col + j);
        cell.value = v ?? "";
        if (hasFormula) cell.formula = formula;
        if (hasFormat) cell.numberFormat = nf;
      }),
    );
    sheet.merges = (g.merges ?? []).map((m) => ({ ...m }));
  }
  return state;
}

/** The grid of one sheet over a rectangle, as the adapter would read it (formulas null for constants). */
export function sheetToGrid(sheet: MemorySheet, rect: CellRange | undefined): SheetGrid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  if (rect) {
    for (let r = rect.r1; r <= rect.r2; r++) {
      const vr: CellValue[] = [];
      const fr: (string | null)[] = [];
      const nr: (string | null)[] = [];
      for (let c = rect.c1; c <= rect.c2; c++) {
        const cell = sheet.get(r, c);
        vr.push(cell?.value ?? "");
        fr.push(cell?.formula ?? null);
        nr.push(cell?.numberFormat ?? "General");
      }
      values.push(vr);
      formulas.push(fr);
      numberFormats.push(nr);
    }
  }
  return {
    name: sheet.name,
    origin: { row: rect?.r1 ?? 0, col: rect?.c1 ?? 0 },
    values,
    formulas,
    numberFormats,
    merges: sheet.merges.map((m) => ({ ...m })),
    visibility: toGridVisibility(sheet.visibility),
  };
}
