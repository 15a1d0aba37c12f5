import { officeInput } from "../src/renja/cell-write";
import { composedFormula, isComposedFormula } from "../src/renja/plan";
// A fix and its restore round-trip exactly: value, formula and number format; history kept in Riwayat Perbaikan.
import { applyPlanToGrid } from "../src/renja/apply-grid";
import { planFixes, planRestore, readRiwayat, RIWAYAT_SHEET } from "../src/renja/fixes";
import type { WorkbookGrid } from "../src/renja/grid";
import { cellLink, hasilValidasiSheet, HASIL_SHEET } from "../src/renja/hasil";
import { validateWorkbook } from "../src/renja/engine";

function workbook(): WorkbookGrid {
  return {
    sheets: [
      {
        name: "Tabel 4.1",
        origin: { row: 0, col: 0 },
        values: [
          ["2.0 1", 5000, "=bukan rumus", null],
          ["x", 7, "teks", 42],
        ],
        formulas: [
          [null, null, null, null],
          [null, "=A2*2", null, null],
        ],
        numberFormats: [
          ["@", "#,##0", "General", "General"],
          ["General", "0.00", "General", "#,##0"],
        ],
      },
    ],
  };
}

const strip = (wb: WorkbookGrid) => ({ ...wb, sheets: wb.sheets.filter((s) => s.name !== RIWAYAT_SHEET) });

test("applying fixes records the exact previous content; restoring brings it back", () => {
  const before = workbook();
  const fixes = [
    { sheet: "Tabel 4.1", cell: "A1", value: "2.01", label: 'Ganti "2.0 1" menjadi "2.01"' },
    { sheet: "Tabel 4.1", cell: "B2", value: 12000, label: "Hitung ulang" },
    { sheet: "Tabel 4.1", cell: "D1", value: "0001", label: "Isi kode" },
  ];
  const plan = planFixes(before, fixes, "2026-11-27 10:00");
  expect(plan.cells.map((c) => c.previous)).toEqual([
    { value: "2.0 1", formula: null, numberFormat: "@" },
    { value: 7, formula: "=A2*2", numberFormat: "0.00" },
    { value: null, formula: null, numberFormat: "General" },
  ]);
  const fixed = applyPlanToGrid(before, plan);
  expect(fixed.sheets[0].values[0][0]).toBe("2.01");
  expect(fixed.sheets[0].formulas?.[1][1]).toBeNull();
  expect(fixed.sheets[0].values[1][1]).toBe(12000);
  const records = readRiwayat(fixed);
  expect(records.map((r) => [r.no, r.cell, r.status])).toEqual([
    [1, "A1", "diterapkan"],
    [2, "B2", "diterapkan"],
    [3, "D1", "diterapkan"],
  ]);
  // The user's own cells are never touched by the plan beyond the chosen fixes.
  expect(fixed.sheets[0].values[0][2]).toBe("=bukan rumus");

  const restored = applyPlanToGrid(fixed, planRestore(fixed, [1, 2, 3]));
  const a = strip(restored).sheets[0];
  const b = before.sheets[0];
  expect(a.values[0][0]).toBe(b.values[0][0]);
  expect(a.formulas?.[1][1]).toBe("=A2*2");
  expect(a.numberFormats?.[0][0]).toBe("@");
  expect(a.numberFormats?.[1][1]).toBe("0.00");
  expect(a.values[0][3] === null || a.values[0][3] === "").toBe(true);
  expect(readRiwayat(restored).every((r) => r.status === "dipulihkan")).toBe(true);
  // Restoring twice changes nothing more.
  expect(planRestore(restored, [1, 2, 3]).cells).toEqual([]);
});

test("several fixes of one cell unwind to the oldest content", () => {
  const wb = workbook();
  const once = applyPlanToGrid(wb, planFixes(wb, [{ sheet: "Tabel 4.1", cell: "A1", value: "2.01", label: "a" }], "t1"));
  const twice = applyPlanToGrid(once, planFixes(once, [{ sheet: "Tabel 4.1", cell: "A1", value: "2.02", label: "b" }], "t2"));
  expect(readRiwayat(twice).map((r) => r.no)).toEqual([1, 2]);
  const back = applyPlanToGrid(twice, planRestore(twice, [1, 2]));
  expect(back.sheets[0].values[0][0]).toBe("2.0 1");
});

test("text that looks like a formula stays text in the history and the report", () => {
  const wb = workbook();
  const plan = planFixes(wb, [{ sheet: "Tabel 4.1", cell: "C1", value: "=1+1", label: "=HYPERLINK(\"x\")" }], "t");
  const riwayat = plan.sheets[0].rows;
  // Only composed formulas are ever written as formulas: nothing in the history is one, and its text reaches Excel
  // with exactly one text prefix.
  for (const row of riwayat.slice(1)) for (const v of row) expect(isComposedFormula(v)).toBe(false);
  expect(riwayat[1][5]).toBe("=1+1");
  expect(officeInput(riwayat[1][5])).toBe("'=1+1");
  const result = validateWorkbook(wb);
  const sheet = hasilValidasiSheet({ ...result, findings: [{ rule: "x", category: "angka", severity: "error", sheet: "Tabel 4.1", cell: "A1", message: "=cmd|' /C calc'!A0", actual: "+1" }] }, "t");
  expect(sheet.sheet).toBe(HASIL_SHEET);
  const body = sheet.rows.slice(5);
  expect(body[0][4]).toBe("=cmd|' /C calc'!A0");
  expect(officeInput(body[0][4])).toBe("'=cmd|' /C calc'!A0");
  expect(body[0][5]).toBe("+1");
  expect(officeInput(body[0][5])).toBe("'+1");
  expect(body[0][3]).toEqual(cellLink("Tabel 4.1", "A1"));
});

test("links quote sheet names", () => {
  expect(cellLink("Tabel 4.1", "E62")).toEqual(composedFormula(`=HYPERLINK("#'Tabel 4.1'!E62","Tabel 4.1!E62")`));
  expect(cellLink("OPD's", "A1")).toEqual(composedFormula(`=HYPERLINK("#'OPD''s'!A1","OPD's!A1")`));
});
