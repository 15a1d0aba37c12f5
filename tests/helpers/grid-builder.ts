// Small hand-built Renja tables for tests: a title row, one header row whose texts the detector recognises,
// the column-number row (1, 2, 3, …) and the data rows, laid out by column role (tables/specs.ts).
import { a1, type CellValue, type SheetGrid, type WorkbookGrid } from "../../src/renja/grid";
import type { ColumnRole, TableKind } from "../../src/renja/model";
import { specOf } from "../../src/renja/tables/specs";

/** One data row: values by column role; `kode` as dotted text ("1.06.01.2.01.0006") or as its written segments. */
export type RowSpec = Partial<Record<Exclude<ColumnRole, "kode">, CellValue>> & { kode?: string | string[] };

export interface TableOptions {
  /** Sheet name; defaults to "Tabel 4.1" etc. */
  sheet?: string;
  /** Sheet columns the kode spans: 5 as in the sample (urusan | bidang | program | kegiatan | sub kegiatan) or 1. */
  kodeColumns?: 1 | 5;
  /** Absolute 0-based row of the title line (rows above stay empty). */
  startRow?: number;
}

/** Header words per table kind that the detector's keyword groups need (tables/specs.ts). */
const HEADER_WORDS: Record<TableKind, string> = {
  "T2.1": "Indikator Kinerja, Target Renstra dan Realisasi",
  "T2.2": "Indikator SPM dan IKK",
  "T2.3": "Rancangan Awal RKPD | Hasil Analisis Kebutuhan",
  "T2.4": "Usulan",
  "T3.1": "Kode | Pagu Indikatif | Prakiraan Maju",
  "T4.1": "Kode | Pagu Indikatif",
  "T4.2": "Kode | Pagu Indikatif | Triwulan",
};

const DEFAULT_SHEET: Record<TableKind, string> = {
  "T2.1": "Tabel 2.1",
  "T2.2": "Tabel 2.2",
  "T2.3": "Tabel 2.3",
  "T2.4": "Tabel 2.4",
  "T3.1": "Tabel 3.1",
  "T4.1": "Tabel 4.1",
  "T4.2": "Tabel 4.2",
};

/** Where a built table's cells are: absolute 0-based sheet columns per role and the row of each data row. */
export interface TableLayout {
  kind: TableKind;
  sheet: string;
  columns: Partial<Record<ColumnRole, number[]>>;
  /** Absolute 0-based row of data row i. */
  rowOf: (i: number) => number;
  /** A1 address of a role's cell on data row i (the first kode column for "kode"). */
  cell: (i: number, role: ColumnRole) => string;
}

/** Splits "1.06.01.2.01.0006" into the five written kode segments (the kegiatan segment keeps its dot). */
export function kodeSegments(kode: string): string[] {
  const p = kode.split(".");
  const kegiatan = p.length > 4 ? `${p[3]}.${p[4]}` : (p[3] ?? "");
  return [p[0] ?? "", p[1] ?? "", p[2] ?? "", kegiatan, p[5] ?? ""];
}

function columnsOf(kind: TableKind, kodeColumns: number): { columns: Partial<Record<ColumnRole, number[]>>; numberCells: { col: number; n: number }[]; width: number } {
  const spec = specOf(kind);
  if (!spec) throw new Error(`no column-number spec for ${kind}`);
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  const numberCells: { col: number; n: number }[] = [];
  let c = 0;
  const max = Math.max(...Object.keys(spec.numbered).map(Number));
  for (let n = 1; n <= max; n++) {
    const role = spec.numbered[n];
    numberCells.push({ col: c, n });
    const span = role === "kode" ? kodeColumns : 1;
    if (role) columns[role] = Array.from({ length: span }, (_, k) => c + k);
    c += span;
  }
  return { columns, numberCells, width: c };
}

/** Lays a table of `kind` out on its own sheet; returns the sheet and where each cell went. */
export function buildTable(kind: TableKind, rows: RowSpec[], options: TableOptions = {}): { sheet: SheetGrid; layout: TableLayout } {
  const kodeColumns = options.kodeColumns ?? 5;
  const name = options.sheet ?? DEFAULT_SHEET[kind];
  const start = options.startRow ?? 0;
  const { columns, numberCells, width } = columnsOf(kind, kodeColumns);
  const values: CellValue[][] = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  for (let r = 0; r < start; r++) values.push(blank());

  const title = blank();
  title[0] = `Tabel ${kind.slice(1)}`;
  values.push(title);
  const header = blank();
  header[0] = "No";
  header[1] = HEADER_WORDS[kind];
  values.push(header);
  const numbers = blank();
  for (const { col, n } of numberCells) numbers[col] = n;
  values.push(numbers);
  const firstData = values.length;

  for (const spec of rows) {
    const line = blank();
    for (const [role, v] of Object.entries(spec) as [ColumnRole, CellValue | string[]][]) {
      const cols = columns[role];
      if (!cols || v === undefined) continue;
      if (role === "kode") {
        const parts = Array.isArray(v) ? v : kodeColumns === 1 ? [String(v ?? "")] : kodeSegments(String(v ?? ""));
        parts.forEach((p, k) => {
          if (k < cols.length) line[cols[k]] = p === "" ? null : p;
        });
      } else {
        line[cols[0]] = v as CellValue;
      }
    }
    values.push(line);
  }

  const rowOf = (i: number): number => firstData + i;
  const cell = (i: number, role: ColumnRole): string => {
    const col = columns[role]?.[0];
    if (col === undefined) throw new Error(`${kind} has no column for ${role}`);
    return a1(rowOf(i), col);
  };
  return { sheet: { name, origin: { row: 0, col: 0 }, values }, layout: { kind, sheet: name, columns, rowOf, cell } };
}

/** A workbook of the given sheets. */
export function workbook(...sheets: SheetGrid[]): WorkbookGrid {
  return { sheets };
}

/** A workbook holding one built table, with its layout. */
export function singleTable(kind: TableKind, rows: RowSpec[], options: TableOptions = {}): { wb: WorkbookGrid; layout: TableLayout } {
  const { sheet, layout } = buildTable(kind, rows, options);
  return { wb: workbook(sheet), layout };
}
