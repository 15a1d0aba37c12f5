// Test-only formula evaluator for the in-memory Excel host: HyperFormula (GPL-3) recomputes every formula cell.
// Never imported by src/: the add-in's production bundle must not contain it.
import { HyperFormula } from "hyperformula";
import type { FormulaEvaluator } from "../../src/excel/memory";

export const hyperFormulaEvaluator: FormulaEvaluator = {
  recalculate(state) {
    const sheets: Record<string, (string | number | boolean | null)[][]> = {};
    for (const sheet of state.sheets) {
      const rows: (string | number | boolean | null)[][] = [];
      for (const [r, c, cell] of sheet.entries()) {
        while (rows.length <= r) rows.push([]);
        rows[r][c] = cell.formula ?? cell.value;
      }
      sheets[sheet.name] = rows.map((row) => Array.from(row, (v) => (v === undefined ? null : v)));
    }
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3" });
    for (const sheet of state.sheets) {
      const id = hf.getSheetId(sheet.name)!;
      for (const [r, c, cell] of sheet.entries()) {
        if (!cell.formula) continue;
        const v = hf.getCellValue({ sheet: id, row: r, col: c });
        cell.value = typeof v === "object" && v !== null ? String(v.value) : v;
      }
    }
    hf.destroy();
  },
};
