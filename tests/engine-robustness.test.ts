// The engine over anything a workbook can hold: it never throws, it is deterministic, and where a Renja table
// sits (start cell, blank rows, a repeated header block at a page break) changes only the addresses it reports.
import fc from "fast-check";
import { a1, columnLetters, parseA1, type CellRange, type CellValue, type SheetGrid, type WorkbookGrid } from "../src/renja/grid";
import { validateWorkbook, type ValidationResult } from "../src/renja/engine";
import type { TableKind } from "../src/renja/model";
import { buildTable, type RowSpec } from "./helpers/grid-builder";

// --- random grids -----------------------------------------------------------------------------------------

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.boolean(),
  fc.double(),
  fc.integer(),
  fc.constantFrom(2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, -0, NaN, Infinity, -Infinity),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!", "Tabel 4.1", "Kode", "Pagu Indikatif", "Triwulan", "Prakiraan Maju", "1", "2", "8 = (7/6)", "No", "Pengusul", "Usulan", "Rp 1.250.000,-", "2.0 1", "1.06.01.2.01.0006", "100 (%)", "34 Orang", "=SUM(A1)"),
);

const sheetGrid: fc.Arbitrary<SheetGrid> = fc
  .record({
    name: fc.string({ minLength: 0, maxLength: 12 }),
    origin: fc.record({ row: fc.nat(40), col: fc.nat(40) }),
    values: fc.array(fc.array(cellValue, { maxLength: 24 }), { maxLength: 30 }),
    merges: fc.array(fc.record({ r1: fc.nat(80), c1: fc.nat(80), h: fc.nat(200), w: fc.nat(200) }), { maxLength: 4 }),
    formulas: fc.boolean(),
    visibility: fc.constantFrom("visible", "hidden", "veryHidden", undefined),
  })
  .map(({ name, origin, values, merges, formulas, visibility }): SheetGrid => ({
    name,
    origin,
    values,
    ...(formulas ? { formulas: values.map((r) => r.map((v, c) => (c % 3 === 0 && v === null ? "=A1" : null))) } : {}),
    merges: merges.map((m): CellRange => ({ r1: m.r1, c1: m.c1, r2: m.r1 + m.h, c2: m.c1 + m.w })),
    ...(visibility ? { visibility } : {}),
  }));

test("over random grids the engine never throws and gives the same result twice", () => {
  fc.assert(
    fc.property(fc.array(sheetGrid, { maxLength: 3 }), (sheets) => {
      const wb: WorkbookGrid = { sheets };
      const copy = structuredClone(wb);
      const first = validateWorkbook(wb);
      expect(validateWorkbook(copy)).toEqual(first);
      expect(wb).toEqual(copy); // the input is not changed
    }),
    { numRuns: 150 },
  );
});

// --- random Renja-shaped tables ---------------------------------------------------------------------------

const KINDS: TableKind[] = ["T4.1", "T3.1", "T4.2", "T2.3", "T2.1"];

const kode = fc.constantFrom("1.06.01", "1.06.02", "1.06.01.2.01", "1.06.01.2.02", "1.06.01.2.01.0006", "1.06.01.2.01.0006", "1.06.01.2.02.0001", "1.06.02.2.01.0001", "2.0 1", "010", "1.06.01.2.0", "", "1.6.1.2.1.6");
const nama = fc.constantFrom("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", "Administrasi Keuangan Perangkat Daerah", "Penyediaan Gaji dan Tunjangan ASN", "Jumlah", "", "Urusan Sosial");
const indikator = fc.constantFrom("Persentase pemenuhan layanan", "Jumlah orang yang menerima gaji", "", "Prosentase PMKS");
/** Cell contents without a double quote, so that quoted contents in messages can be told from the message text. */
const unquotedValue = cellValue.filter((v) => typeof v !== "string" || !v.includes('"'));
const target = fc.oneof(fc.constantFrom("100 (%)", "34 Orang", "12 Orng", "1.234,5 Paket", "#REF!", "", null, 5, true, "4,2", "Dokumen"), unquotedValue);
const pagu = fc.oneof(fc.constantFrom(12_000_000, "Rp 1.250.000,-", "53.600.0000", "1 200 000", -5, 2 ** 53, 1.5, "", null, "#DIV/0!", "2024-01-05", "226.350.000,00"), fc.integer({ min: -1e12, max: 1e12 }));
const no = fc.constantFrom("I.", "1.", "1.1", "3", "", "II", "a.");

const rowSpec: fc.Arbitrary<RowSpec> = fc.record(
  {
    no,
    kode,
    nama,
    indikator,
    targetAkhirRenstra: target,
    realisasiCapaianLalu: target,
    prakiraanCapaian: target,
    target,
    pagu,
    lokasi: fc.constantFrom("Kab. Malang", ""),
    k1: target,
    rp1: pagu,
    rp2: pagu,
    targetMaju: target,
    paguMaju: pagu,
    rkpdNama: nama,
    rkpdIndikator: indikator,
    rkpdTarget: target,
    rkpdPagu: pagu,
    kebutuhanNama: nama,
    kebutuhanIndikator: indikator,
    kebutuhanTarget: target,
    kebutuhanDana: pagu,
    targetRenstra: target,
    realisasiSdLalu: target,
    tingkatRealisasi: fc.oneof(target, fc.double()),
  },
  { requiredKeys: [] },
);

interface Layout {
  /** Rows of the built table (relative to the table's first row); blank rows inserted before data row i. */
  blanksBefore: number[];
  /** Data row index before which the header block (header + column-number rows) is repeated; -1: none. */
  repeatBefore: number;
  /** How the table is moved: padding rows/columns in the values, or the grid's origin. */
  dr: number;
  dc: number;
  byOrigin: boolean;
}

/** A built table moved and stretched; `original[r]` is the row of the unmoved table each new row comes from. */
function place(base: SheetGrid, headerRows: number, layout: Layout): { sheet: SheetGrid; original: (number | undefined)[]; dc: number } {
  const rows: CellValue[][] = [];
  const original: (number | undefined)[] = [];
  const width = Math.max(0, ...base.values.map((r) => r.length));
  const push = (row: CellValue[], from: number | undefined) => {
    rows.push(layout.byOrigin ? row.slice() : [...new Array<CellValue>(layout.dc).fill(null), ...row]);
    original.push(from);
  };
  const blank = () => new Array<CellValue>(width).fill(null);
  if (!layout.byOrigin) for (let i = 0; i < layout.dr; i++) push([], undefined);
  base.values.forEach((row, r) => {
    const d = r - headerRows;
    if (d >= 0) {
      if (d === layout.repeatBefore) for (let h = headerRows - 2; h < headerRows; h++) push(base.values[h], undefined);
      for (let k = 0; k < (layout.blanksBefore[d] ?? 0); k++) push(blank(), undefined);
    }
    push(row, r);
  });
  const sheet: SheetGrid = { ...base, values: rows, origin: layout.byOrigin ? { row: layout.dr, col: layout.dc } : { row: 0, col: 0 } };
  const rowMap = layout.byOrigin ? [...new Array<undefined>(layout.dr).fill(undefined), ...original] : original;
  return { sheet, original: rowMap, dc: layout.dc };
}

/** Rewrites every address in a result of the moved table back to the unmoved one. */
function mapBack(result: ValidationResult, original: (number | undefined)[], dc: number): unknown {
  const row = (r: number): number => {
    const o = original[r];
    if (o === undefined) throw new Error(`a finding on inserted row ${r + 1}`);
    return o;
  };
  const addr = (s: string): string => {
    const p = parseA1(s);
    return p ? a1(row(p.row), p.col - dc) : s;
  };
  // Addresses are rewritten outside quotes only: quoted parts are the user's cell contents ("=SUM(A1)").
  const text = (s: string): string => s.split('"').map((part, i) => (i % 2 === 1 ? part : unquoted(part))).join('"');
  const unquoted = (s: string): string =>
    s
      .replace(/\b([A-Z]{1,3}\d{1,7})(:[A-Z]{1,3}\d{1,7})?\b/g, (_m, x: string, y?: string) => addr(x) + (y ? `:${addr(y.slice(1))}` : ""))
      .replace(/baris (\d+)/g, (_m, n: string) => `baris ${row(Number(n) - 1) + 1}`);
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return key === "cell" ? addr(v) : key === "message" ? text(v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  const { tables: _t, ...summary } = result.summary;
  return {
    findings: walk(result.findings),
    plan: walk(result.plan),
    summary,
    // The columns read are addresses too (letters): moved back like the cells.
    tables: result.summary.tables.map(({ range: _r, columns, ...t }) => ({
      ...t,
      columns: columns && {
        ...columns,
        roles: columns.roles.map((x) => ({ ...x, columns: x.columns.map((l) => columnLetters((parseA1(`${l}1`)?.col ?? 0) - dc)) })),
        unmapped: columns.unmapped.map((x) => ({ ...x, column: columnLetters((parseA1(`${x.column}1`)?.col ?? 0) - dc) })),
      },
    })),
  };
}

const layoutArb = (dataRows: number): fc.Arbitrary<Layout> =>
  fc.record({
    blanksBefore: fc.array(fc.nat(5), { minLength: dataRows, maxLength: dataRows }),
    repeatBefore: fc.integer({ min: -1, max: Math.max(-1, dataRows - 1) }),
    dr: fc.nat(30),
    dc: fc.nat(30),
    byOrigin: fc.boolean(),
  });

test("moving a table, inserting blank rows or a repeated header block changes only the addresses", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...KINDS),
      fc.constantFrom<1 | 5>(1, 5),
      fc.array(rowSpec, { minLength: 1, maxLength: 10 }).chain((rows) => fc.tuple(fc.constant(rows), layoutArb(rows.length))),
      (kind, kodeColumns, [rows, layout]) => {
        const { sheet } = buildTable(kind, rows, { kodeColumns });
        const headerRows = sheet.values.length - rows.length; // title, header, column numbers
        const base = validateWorkbook({ sheets: [sheet] });
        const moved = place(sheet, headerRows, layout);
        const after = validateWorkbook({ sheets: [moved.sheet] });
        const identity = sheet.values.map((_, r) => r);
        expect(mapBack(after, moved.original, moved.dc)).toEqual(mapBack(base, identity, 0));
      },
    ),
    { numRuns: Number(process.env.FC_RUNS ?? 200) },
  );
});

test("the address mapping itself: a known move of a known finding", () => {
  // Guards the property above against a mapping that would make everything equal.
  const { sheet } = buildTable("T4.1", [{ kode: "1.06.01", nama: "PROGRAM X", pagu: "#REF!" }], { kodeColumns: 5 });
  const moved = place(sheet, 3, { blanksBefore: [2], repeatBefore: -1, dr: 4, dc: 3, byOrigin: false });
  const f = validateWorkbook({ sheets: [moved.sheet] }).findings.find((x) => x.rule === "struktur.nilai-galat");
  const g = validateWorkbook({ sheets: [sheet] }).findings.find((x) => x.rule === "struktur.nilai-galat");
  expect(g?.cell).toBe(`${columnLetters(12)}4`);
  expect(f?.cell).toBe(`${columnLetters(15)}10`);
});
