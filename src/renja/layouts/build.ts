// A layout spec → a SheetWrite: titles, a blank row, the header block with its merges, the column-number row,
// then example rows (or empty formula rows). Geometry is fixed so generators know where each role sits.
import { a1, columnLetters, type CellValue } from "../grid";
import type { ColumnRole, TableKind } from "../model";
import { composedFormula, isComposedFormula, type SheetWrite, type WriteValue } from "../plan";
import { PERMENDAGRI_LAYOUTS } from "./permendagri";
import { MONEY_FORMAT, PERCENT_FORMAT, fillPlaceholders, kodeColumns, type ExampleRow, type LayoutForm, type LayoutSpec } from "./spec";
import { SUMBER_DANA } from "./sumber-dana";
import { LAYOUTS } from "./tables";

/** The API's default stays the sample's variant (generators and tests build on its geometry). */
const DEFAULT_FORM: LayoutForm = "contoh-malang";

/** Rows below the header that get the data formats and drop-down lists in a template. */
export const DATA_AREA_ROWS = 500;

export interface LayoutVars {
  tahun: number;
  opd: string;
}

export interface LayoutGeometry {
  kind: TableKind;
  /** Sheet columns of the table. */
  width: number;
  /** 0-based sheet rows. */
  headerTop: number;
  numberRow: number;
  dataStart: number;
  /** First sheet column (0-based) of each role. */
  columns: Partial<Record<ColumnRole, number>>;
  /** The kode columns (five in the sample's variant, one in the official forms), where the table has a kode. */
  kodeColumns: number[];
  /** Sheet columns of each column number. */
  byNumber: Map<number, number[]>;
  moneyFormat: string;
  percentFormat: string;
}

export function layoutSpec(kind: TableKind, form: LayoutForm = DEFAULT_FORM): LayoutSpec {
  return form === "permendagri" ? PERMENDAGRI_LAYOUTS[kind] : LAYOUTS[kind];
}

export function layoutGeometry(kind: TableKind, form: LayoutForm = DEFAULT_FORM): LayoutGeometry {
  const spec = layoutSpec(kind, form);
  const columns: Partial<Record<ColumnRole, number>> = {};
  const byNumber = new Map<number, number[]>();
  let c = 0;
  let kode: number[] = [];
  for (const col of spec.columns) {
    const cols = col.widths.map((_, i) => c + i);
    byNumber.set(col.number, cols);
    columns[col.role] = c;
    if (col.role === "kode") kode = cols;
    c += col.widths.length;
  }
  const headerTop = spec.titles.length + 1;
  const numberRow = headerTop + spec.headerRows;
  return { kind, width: c, headerTop, numberRow, dataStart: numberRow + 1, columns, kodeColumns: kode, byNumber, moneyFormat: MONEY_FORMAT, percentFormat: PERCENT_FORMAT };
}

function letter(c: number): string {
  return columnLetters(c);
}

/** Titles, header block and column-number row of a layout, with the sheet-wide settings (widths, print, lists). */
export function buildLayoutHeader(kind: TableKind, vars: LayoutVars, sheet: string, form: LayoutForm = DEFAULT_FORM): SheetWrite {
  const spec = layoutSpec(kind, form);
  const geo = layoutGeometry(kind, form);
  const rows: CellValue[][] = [];
  const blank = (): CellValue[] => new Array<CellValue>(geo.width).fill(null);
  const merges: string[] = [];
  for (const t of spec.titles) {
    const line = blank();
    line[0] = fillPlaceholders(t, vars);
    merges.push(`A${rows.length + 1}:${letter(geo.width - 1)}${rows.length + 1}`);
    rows.push(line);
  }
  rows.push(blank());
  for (let h = 0; h < spec.headerRows; h++) rows.push(blank());
  const cols = (n: number): number[] => {
    const cs = geo.byNumber.get(n);
    if (!cs) throw new Error(`layout ${kind} has no column ${n}`);
    return cs;
  };
  for (const cell of spec.header) {
    const first = cols(cell.from)[0];
    const to = cols(cell.to ?? cell.from);
    const last = to[to.length - 1];
    const r1 = geo.headerTop + cell.row;
    const r2 = r1 + (cell.rows ?? 1) - 1;
    rows[r1][first] = fillPlaceholders(cell.text, vars);
    if (r2 > r1 || last > first) merges.push(`${a1(r1, first)}:${a1(r2, last)}`);
  }
  const numbers = blank();
  for (const col of spec.columns) {
    const cs = cols(col.number);
    numbers[cs[0]] = col.numberLabel ?? String(col.number);
    if (cs.length > 1) merges.push(`${a1(geo.numberRow, cs[0])}:${a1(geo.numberRow, cs[cs.length - 1])}`);
  }
  rows.push(numbers);

  const widths: number[] = spec.columns.flatMap((c) => c.widths);
  const first = geo.dataStart + 1;
  const last = geo.dataStart + DATA_AREA_ROWS;
  const rangeFormats: Record<string, string> = {};
  const lists: Record<string, string[]> = {};
  for (const col of spec.columns) {
    const c = letter(cols(col.number)[0]);
    if (col.format) rangeFormats[`${c}${first}:${c}${last}`] = col.format === "money" ? MONEY_FORMAT : PERCENT_FORMAT;
    if (col.list === "sumberDana") lists[`${c}${first}:${c}${last}`] = [...SUMBER_DANA];
  }
  const headerRows: number[] = [];
  for (let r = geo.headerTop; r <= geo.numberRow; r++) headerRows.push(r + 1);
  return {
    sheet,
    replace: true,
    start: "A1",
    rows,
    numberFormats: rows.map((r) => r.map(() => null)),
    merges,
    columnWidths: widths,
    printTitleRows: `$${geo.headerTop + 1}:$${geo.numberRow + 1}`,
    freezeRows: geo.numberRow + 1,
    landscape: true,
    lists,
    rangeFormats,
    // What the planner types into the data rows wraps, and Excel then fits those rows (they hold no merges).
    wrapRanges: [`A${first}:${letter(geo.width - 1)}${last}`],
    boldRows: [...spec.titles.map((_, i) => i + 1), ...headerRows],
    headerRows,
    tableRange: `A${geo.headerTop + 1}:${letter(geo.width - 1)}${geo.numberRow + 1}`,
  };
}

const DEPTH: Record<ExampleRow["level"], number> = { urusan: 1, bidang: 2, program: 3, kegiatan: 4, subkegiatan: 5, indikator: 6 };
const MONEY_LEVELS = new Set<ExampleRow["level"]>(["program", "kegiatan", "subkegiatan"]);

function sumOf(values: CellValue[]): number {
  let s = 0;
  for (const v of values) if (typeof v === "number") s += v;
  return s;
}

/**
 * A layout with example rows (parents' money as SUM of their children, a JUMLAH row over the programs, computed
 * columns as formulas) or, without examples, with empty rows that carry the computed columns' formulas.
 */
export function buildFromSpec(kind: TableKind, vars: LayoutVars, sheet: string, exampleRows: boolean, form: LayoutForm = DEFAULT_FORM): SheetWrite {
  const spec = layoutSpec(kind, form);
  const geo = layoutGeometry(kind, form);
  const write = buildLayoutHeader(kind, vars, sheet, form);
  const rows: WriteValue[][] = write.rows;
  const formats = write.numberFormats as (string | null)[][];
  const results: CellValue[][] = rows.map((r) => r.map(() => null));
  const bold = [...(write.boldRows ?? [])];
  const formatOf = new Map<number, string>();
  for (const col of spec.columns) if (col.format) formatOf.set(geo.columns[col.role] as number, col.format === "money" ? MONEY_FORMAT : PERCENT_FORMAT);
  const ref = (r: number) => (role: ColumnRole): string => a1(r, geo.columns[role] as number);

  const push = (line: CellValue[]): number => {
    rows.push(line);
    formats.push(line.map((_, c) => formatOf.get(c) ?? null));
    results.push(line.map(() => null));
    return rows.length - 1;
  };
  const computeRow = (r: number): void => {
    for (const cc of spec.computed ?? []) {
      const c = geo.columns[cc.role] as number;
      rows[r][c] = composedFormula(cc.formula(ref(r)));
      results[r][c] = cc.compute((role) => {
        const rc = geo.columns[role] as number;
        const v = rows[r][rc];
        return isComposedFormula(v) ? results[r][rc] : v;
      });
    }
  };

  if (!exampleRows) {
    for (let i = 0; i < (spec.formulaRows ?? 0); i++) computeRow(push(new Array<CellValue>(geo.width).fill(null)));
  } else {
    const placed: { ex: ExampleRow; r: number }[] = [];
    for (const ex of spec.examples) {
      const line = new Array<CellValue>(geo.width).fill(null);
      for (const [role, v] of Object.entries(ex.cells) as [ColumnRole, CellValue][]) {
        const c = geo.columns[role];
        if (c !== undefined) line[c] = v;
      }
      if (ex.kode && geo.kodeColumns.length === 1) line[geo.kodeColumns[0]] = ex.kode;
      else if (ex.kode) kodeColumns(ex.kode).forEach((s, j) => (line[geo.kodeColumns[j]] = s === "" ? null : s));
      const r = push(line);
      if (ex.level !== "subkegiatan" && ex.level !== "indikator") bold.push(r + 1);
      placed.push({ ex, r });
    }
    // Parents: the nearest money row above with a smaller depth.
    const kids = new Map<number, number[]>();
    const programs: number[] = [];
    placed.forEach((p, i) => {
      if (!MONEY_LEVELS.has(p.ex.level)) return;
      if (p.ex.level === "program") programs.push(p.r);
      for (let j = i - 1; j >= 0; j--) {
        const q = placed[j];
        if (MONEY_LEVELS.has(q.ex.level) && DEPTH[q.ex.level] < DEPTH[p.ex.level]) {
          kids.set(q.r, [...(kids.get(q.r) ?? []), p.r]);
          break;
        }
      }
    });
    const setSums = (r: number, children: number[]): void => {
      for (const role of spec.sums ?? []) {
        const c = geo.columns[role] as number;
        rows[r][c] = composedFormula(`=SUM(${children.map((k) => a1(k, c)).join(",")})`);
        results[r][c] = sumOf(children.map((k) => { const v = rows[k][c]; return results[k][c] ?? (isComposedFormula(v) ? null : v); }));
      }
    };
    // Deepest parents first, so a program sums kegiatan whose results are known.
    const parents = [...kids.keys()].sort((x, y) => DEPTH[placed.find((p) => p.r === y)!.ex.level] - DEPTH[placed.find((p) => p.r === x)!.ex.level]);
    for (const p of parents) setSums(p, kids.get(p) as number[]);
    if (spec.totalRow && programs.length > 0) {
      const line = new Array<CellValue>(geo.width).fill(null);
      line[geo.columns.nama as number] = "JUMLAH";
      const r = push(line);
      bold.push(r + 1);
      setSums(r, programs);
    }
    for (const p of placed) computeRow(p.r);
  }
  return { ...write, rows, numberFormats: formats, results, boldRows: bold, tableRange: `A${geo.headerTop + 1}:${letter(geo.width - 1)}${rows.length}` };
}
