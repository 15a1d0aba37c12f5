import { applyPlanToGrid } from "../src/renja/apply-grid";
import type { WorkbookGrid } from "../src/renja/grid";
import { composedFormula } from "../src/renja/plan";

function workbook(): WorkbookGrid {
  return {
    sheets: [
      { name: "A", origin: { row: 2, col: 1 }, values: [["x", 1], ["y", 2], ["z", 3]], formulas: [[null, null], [null, null], [null, "=C3+C4"]], numberFormats: [[null, "#,##0"], [null, "#,##0"], [null, "#,##0"]] },
      { name: "B", origin: { row: 0, col: 0 }, values: [["b"]] },
    ],
  };
}

test("a plan applied to a grid leaves the input as it was and shares the rows it does not write", () => {
  const wb = workbook();
  const before = structuredClone(wb);
  const out = applyPlanToGrid(wb, { cells: [{ sheet: "A", cell: "C4", value: 20 }, { sheet: "A", cell: "B5", value: composedFormula("=B3&B4") }], sheets: [] });
  expect(wb).toEqual(before);
  const a = out.sheets[0];
  expect(a.values).toEqual([["x", 1], ["y", 20], [null, 3]]); // a formula written here has no computed result
  expect(a.formulas).toEqual([[null, null], [null, null], ["=B3&B4", "=C3+C4"]]);
  expect(a.values[1]).not.toBe(wb.sheets[0].values[1]);
  expect(a.values[0]).toBe(wb.sheets[0].values[0]); // untouched row: shared, not copied
  expect(out.sheets[1]).toBe(wb.sheets[1]); // untouched sheet: shared
});

test("a write before the grid's origin re-lays the copy only", () => {
  const wb = workbook();
  const before = structuredClone(wb);
  const out = applyPlanToGrid(wb, { cells: [{ sheet: "A", cell: "A1", value: "awal" }, { sheet: "A", cell: "C3", value: 5 }], sheets: [] });
  expect(wb).toEqual(before);
  const a = out.sheets[0];
  expect(a.origin).toEqual({ row: 0, col: 0 });
  expect(a.values[0][0]).toBe("awal");
  expect(a.values[2]).toEqual([null, "x", 5]);
  expect(a.numberFormats?.[2]).toEqual([null, null, "#,##0"]);
});
