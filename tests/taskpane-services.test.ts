// The task pane's services over the in-memory host: validation through an ExcelPort, grouping and filtering.
import { createMemoryExcel } from "../src/excel/memory";
import type { Finding } from "../src/renja/finding";
import { sectionFromSearch } from "../src/taskpane/sections";
import { createExcelPort, fixesOf, groupFindings, runValidation } from "../src/taskpane/services";
import { DEMO_GRID } from "../src/preview/demo-grid";

const finding = (category: Finding["category"], severity: Finding["severity"], cell: string): Finding => ({
  rule: `${category}.x`,
  category,
  severity,
  sheet: "Tabel 4.1",
  cell,
  message: `pesan ${cell}`,
});

describe("task pane services", () => {
  test("runValidation reads through the port in two round trips and hands the grid to the engine", async () => {
    const host = createMemoryExcel(DEMO_GRID);
    const stages: string[] = [];
    let seen = 0;
    const { result } = await runValidation(
      createExcelPort(host.run, host.isSetSupported),
      (stage) => stages.push(stage),
      (wb) => {
        seen = wb.sheets[0].values.length;
        return { tables: [], findings: [], plan: { cells: [], sheets: [] }, summary: { sheets: 1, tables: [], errors: 0, warnings: 0, infos: 0, byCategory: {} as never, bySeverity: { error: 0, warning: 0, info: 0 } } };
      },
    );
    expect(seen).toBe(DEMO_GRID.sheets[0].values.length);
    expect(result.findings).toEqual([]);
    expect(host.syncCount).toBe(2);
    expect(stages[0]).toBe("membaca");
    expect(stages[stages.length - 1]).toBe("memeriksa");
  });

  test("the real engine runs on the built-in preview workbook", async () => {
    const host = createMemoryExcel(DEMO_GRID);
    const { result } = await runValidation(createExcelPort(host.run, host.isSetSupported));
    expect(result.summary.tables.map((t) => t.kind)).toEqual(["T4.1"]);
    // The sample's sub kegiatan kode "00 02" (F9) is split by a space: a kode finding on that cell.
    expect(result.findings.some((f) => f.sheet === "Tabel 4.1" && f.cell === "F9" && f.category === "kode")).toBe(true);
  });

  test("groupFindings keeps the chosen severities, in the contract's category order", () => {
    const list = [finding("pagu", "error", "G5"), finding("kode", "warning", "A5"), finding("kode", "info", "A6"), finding("satuan", "info", "F6")];
    const groups = groupFindings(list, new Set(["error", "warning"]));
    expect(groups.map((g) => [g.category, g.label, g.findings.map((f) => f.cell)])).toEqual([
      ["kode", "Kode", ["A5"]],
      ["pagu", "Pagu", ["G5"]],
    ]);
    expect(groupFindings(list, new Set())).toEqual([]);
  });

  test("fixesOf takes one fix per cell, the first in the engine's order; findings without a fix add none", () => {
    const fix = (cell: string, value: string) => ({ sheet: "Tabel 3.1", cell, value, label: `Tulis ${value}` });
    const list = [
      { ...finding("kode", "error", "E72"), fix: fix("E72", "") },
      { ...finding("kode", "warning", "E72"), fix: fix("E72", "2.01") },
      finding("kode", "warning", "A1"),
      { ...finding("kode", "warning", "E59"), fix: fix("E59", "2.08") },
    ];
    expect(fixesOf(list)).toEqual([fix("E72", ""), fix("E59", "2.08")]);
  });

  test("the ribbon's ?section= picks the section, anything else opens validation", () => {
    expect(sectionFromSearch("?section=triwulan")).toBe("triwulan");
    expect(sectionFromSearch("?section=sisipkan&x=1")).toBe("sisipkan");
    expect(sectionFromSearch("?section=<script>")).toBe("validasi");
    expect(sectionFromSearch("")).toBe("validasi");
  });
});
