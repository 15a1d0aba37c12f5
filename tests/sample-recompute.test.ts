// The recomputation checks on the sample workbook (Renja 2024 Dinas Sosial Kabupaten Malang): the document's
// own arithmetic slips, as the PDF prints them.
import * as path from "node:path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWorkbook, type ValidationResult } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { a1, SheetView, type WorkbookGrid } from "../src/renja/grid";
import type { ColumnRole, TableRow } from "../src/renja/model";

const SAMPLE = path.join(__dirname, "..", "seeds", "renja-dinsos-malang-2024.xlsx");

let grid: WorkbookGrid;
let result: ValidationResult;

beforeAll(async () => {
  grid = await readXlsxGrid(SAMPLE);
  result = validateWorkbook(grid);
});

function find(sheet: string, category: Finding["category"], cell: string): Finding[] {
  return result.findings.filter((f) => f.sheet === sheet && f.category === category && f.cell === cell);
}

/** A1 of a role's cell on the first table row that `which` picks. */
function cellOf(sheet: string, role: ColumnRole, which: (r: TableRow) => boolean): string {
  const t = result.tables.find((x) => x.sheet === sheet);
  const row = t?.rows.find(which);
  const col = t?.columns[role]?.[0];
  if (!row || col === undefined) throw new Error(`no ${role} cell on ${sheet}`);
  return a1(row.r, col);
}

const isTotal = (r: TableRow) => r.level === "total";
const penunjang = (r: TableRow) => r.level === "program" && r.nama.startsWith("PROGRAM PENUNJANG");

describe("sample workbook: recomputed sums", () => {
  test("Tabel 4.1: the total 29.822.934.000 against the programs' 29.822.934.850", () => {
    const cell = cellOf("Tabel 4.1", "pagu", isTotal);
    const f = find("Tabel 4.1", "pagu", cell);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", actual: "29.822.934.000", expected: "29.822.934.850" });
    expect(f[0].message).toContain("selisih 850");
    expect(result.plan.cells).toContainEqual(expect.objectContaining({ sheet: "Tabel 4.1", cell, value: 29_822_934_850 }));
  });

  test("Tabel 2.3: program I's pagu RKPD 8.220.950.000 against its kegiatan's 8.223.100.000", () => {
    const f = find("Tabel 2.3", "pagu", cellOf("Tabel 2.3", "rkpdPagu", penunjang));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ actual: "8.220.950.000", expected: "8.223.100.000" });
    expect(f[0].message).toContain("selisih 2.150.000");
  });

  test("Tabel 3.1: program 01's pagu prakiraan maju 7.647.371.874 against 7.647.071.874", () => {
    const f = find("Tabel 3.1", "pagu", cellOf("Tabel 3.1", "paguMaju", penunjang));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ actual: "7.647.371.874", expected: "7.647.071.874" });
    expect(f[0].message).toContain("selisih 300.000");
  });

  test("Tabel 2.3: the kebutuhan dana exceeds the pagu RKPD by 11.790.184.850 (65,38%)", () => {
    const f = find("Tabel 2.3", "rkpd", cellOf("Tabel 2.3", "kebutuhanDana", isTotal));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", actual: "29.822.934.850", expected: "18.032.750.000" });
    expect(f[0].message).toContain("11.790.184.850 (65,38% dari pagu RKPD)");
  });

  test("Tabel 4.2: the total row's shares sum to 85,98% and its Rupiah to 30.009.043.999 against 29.822.934.850", () => {
    const k = find("Tabel 4.2", "triwulan", cellOf("Tabel 4.2", "k1", isTotal));
    expect(k).toHaveLength(1);
    expect(k[0]).toMatchObject({ actual: "85,98%", expected: "100%" });
    expect(k[0].message).toContain("6 + 20,08 + 39,8 + 20,1");
    const rp = find("Tabel 4.2", "triwulan", cellOf("Tabel 4.2", "rp1", isTotal));
    expect(rp).toHaveLength(1);
    expect(rp[0]).toMatchObject({ actual: "30.009.043.999", expected: "29.822.934.850" });
    expect(rp[0].message).toContain("1.914.842.860 + 1.797.733.713 + 24.475.733.713 + 1.820.733.713");
    expect(rp[0].message).toContain("Tabel 4.1");
  });

  test("Tabel 2.1: capaian written rounded or truncated (4,2 · 85,2 · 16 · 45) is accepted", () => {
    const t21 = result.tables.find((t) => t.kind === "T2.1");
    const col = t21?.columns.tingkatCapaianRenstra?.[0];
    const sheet = grid.sheets.find((s) => s.name === t21?.sheet);
    if (!t21 || col === undefined || !sheet) throw new Error("no Tabel 2.1 with kolom 11");
    const view = new SheetView(sheet);
    const rows = t21.rows.filter((r) => ["4,2", "85,2", 16, 45].includes(view.value(r.r, col) as string | number));
    expect(rows.map((r) => String(view.value(r.r, col))).sort()).toEqual(["16", "16", "4,2", "45", "85,2"]);
    for (const r of rows) expect(find(t21.sheet, "capaian", a1(r.r, col))).toEqual([]);
  });
});
