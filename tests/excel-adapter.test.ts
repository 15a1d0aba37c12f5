// The Office.js adapter against the in-memory Excel host: round trips, read-only reads, requirement sets,
// chunked reading under a payload limit, and plans applied in one batch.
import type { WorkbookGrid } from "../src/renja/grid";
import type { WritePlan } from "../src/renja/plan";
import { applyPlan, groupCellWrites } from "../src/excel/apply";
import { officeInput } from "../src/renja/cell-write";
import { composedFormula } from "../src/renja/plan";
import { readWorkbook } from "../src/excel/read";
import { selectCell } from "../src/excel/select";
import { toUserMessage } from "../src/excel/errors";
import { createMemoryExcel, MemoryOfficeError, type MemoryExcel } from "../src/excel/memory";
import { hyperFormulaEvaluator } from "./helpers/hyperformula-evaluator";


function smallWorkbook(): WorkbookGrid {
  return {
    sheets: [
      {
        name: "Tabel 4.1",
        origin: { row: 2, col: 1 }, // used range starts at B3
        values: [
          ["Kode", "Program/Kegiatan", "Pagu", ""],
          ["", "", "", ""],
          ["1.06.01", "PROGRAM PENUNJANG", 1250000, 0.5],
          ["1.06.01.2.01", "Perencanaan", 226350000, true],
          ["", "Jumlah", 227600000, "#REF!"],
        ],
        formulas: [
          [null, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
          [null, null, null, null],
          [null, null, "=SUM(D5:D6)", "=A1/0"],
        ],
        numberFormats: [
          ["General", "General", "General", "General"],
          ["General", "General", "General", "General"],
          ["@", "General", "#,##0", "0%"],
          ["@", "General", "#,##0", "General"],
          ["General", "General", "#,##0", "General"],
        ],
        merges: [{ r1: 2, c1: 1, r2: 3, c2: 1 }],
        visibility: "visible",
      },
      { name: "Catatan", origin: { row: 0, col: 0 }, values: [["rahasia"]], visibility: "hidden" },
      { name: "Kosong", origin: { row: 0, col: 0 }, values: [] },
    ],
  };
}

/** A tall sheet: `rows` data rows of kode, nama, pagu, satuan, target. */
function tallWorkbook(rows: number): WorkbookGrid {
  const values = Array.from({ length: rows }, (_, i) => [`1.06.${String(i).padStart(5, "0")}`, `Sub Kegiatan ${i}`, 1000 * i, "Orang", i % 7]);
  return { sheets: [{ name: "Besar", origin: { row: 0, col: 0 }, values }] };
}

const only17 = { requirementSets: { ExcelApi: "1.7" } };

async function read(host: MemoryExcel, options: Parameters<typeof readWorkbook>[1] = {}): Promise<WorkbookGrid> {
  return readWorkbook(host.context, { supports: host.isSetSupported, ...options });
}

describe("readWorkbook", () => {
  test("reads a small workbook in at most two round trips, with values, formulas, formats and merges", async () => {
    const host = createMemoryExcel(smallWorkbook());
    const wb = await read(host);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Tabel 4.1", "Catatan", "Kosong"]);
    const t = wb.sheets[0];
    expect(t.origin).toEqual({ row: 2, col: 1 });
    expect(t.values[2]).toEqual(["1.06.01", "PROGRAM PENUNJANG", 1250000, 0.5]);
    expect(t.values[3][3]).toBe(true);
    expect(t.values[4][3]).toBe("#REF!");
    expect(t.formulas?.[4]).toEqual([null, null, "=SUM(D5:D6)", "=A1/0"]);
    expect(t.formulas?.[2]).toEqual([null, null, null, null]); // constants are not formulas
    expect(t.numberFormats?.[2]).toEqual(["@", "General", "#,##0", "0%"]);
    expect(t.merges).toEqual([{ r1: 2, c1: 1, r2: 3, c2: 1 }]);
    expect(wb.sheets[1].visibility).toBe("hidden");
    expect(wb.sheets[2]).toMatchObject({ name: "Kosong", origin: { row: 0, col: 0 }, values: [] });
    expect(wb).toEqual(host.snapshot({ valuesOnly: true }));
  });

  test("a read changes nothing in the workbook", async () => {
    const host = createMemoryExcel(smallWorkbook());
    const before = host.snapshot();
    const activeBefore = host.state.activeSheetId;
    await read(host);
    expect(host.snapshot()).toEqual(before);
    expect(host.state.activeSheetId).toBe(activeBefore);
    expect(host.state.selection).toBeUndefined();
  });

  test("reads a 10,000-row sheet in at most two round trips", async () => {
    const host = createMemoryExcel(tallWorkbook(10_000));
    const wb = await read(host);
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(wb.sheets[0].values).toHaveLength(10_000);
    expect(wb.sheets[0].values[9_999]).toEqual(["1.06.09999", "Sub Kegiatan 9999", 9_999_000, "Orang", 9_999 % 7]);
  });

  test("with a tiny payload limit it reads in row blocks and gets the same grid", async () => {
    const whole = await read(createMemoryExcel(tallWorkbook(300)));
    const host = createMemoryExcel(tallWorkbook(300), { payloadLimitBytes: 4_000 });
    const progress: number[] = [];
    const chunked = await read(host, { payloadBudgetBytes: 3_000, onProgress: (done) => progress.push(done) });
    expect(chunked).toEqual(whole);
    expect(host.syncCount).toBeGreaterThan(3); // sheet list, refused whole read, dimensions, then several blocks
    expect(progress.length).toBeGreaterThan(1);
  });

  test("an underestimated block size is halved until Excel accepts it", async () => {
    const whole = await read(createMemoryExcel(smallWorkbook()));
    const host = createMemoryExcel(smallWorkbook(), { payloadLimitBytes: 700 });
    // A budget far above the real limit: every first attempt is refused and must be split.
    const chunked = await read(host, { payloadBudgetBytes: 1_000_000 });
    expect(chunked).toEqual(whole);
  });

  test("with only ExcelApi 1.7 it calls nothing newer and reads no merges, without throwing", async () => {
    const host = createMemoryExcel(smallWorkbook(), only17);
    const g = globalThis as { Office?: unknown };
    g.Office = host.globals.Office; // the adapter asks Office.context.requirements by default
    try {
      const wb = await readWorkbook(host.context);
      expect(host.apiViolations).toEqual([]);
      expect(wb.sheets[0].merges).toEqual([]);
      expect(wb.sheets[0].values[2][0]).toBe("1.06.01");
    } finally {
      delete g.Office;
    }
  });

  test("the same read on a current Excel does call the 1.13 merged-areas API", async () => {
    const host = createMemoryExcel(smallWorkbook(), only17);
    await read(host, { supports: () => true }); // pretends 1.13 is there while the host only has 1.7
    expect(host.apiViolations.map((v) => v.api)).toContain("Range.getMergedAreasOrNullObject");
  });
});

describe("applyPlan", () => {
  const plan = (): WritePlan => ({
    cells: [
      { sheet: "Tabel 4.1", cell: "D5", value: 1300000, numberFormat: "#,##0" },
      { sheet: "Tabel 4.1", cell: "E5", value: "1.1" },
      { sheet: "Tabel 4.1", cell: "D6", value: composedFormula("=D5*2") },
      { sheet: "Tabel 4.1", cell: "E6", value: "-" },
      { sheet: "Tabel 4.1", cell: "B10", value: "TRUE" },
    ],
    sheets: [
      {
        sheet: "Hasil Validasi",
        replace: true,
        start: "A1",
        rows: [
          ["Hasil Validasi Renja"],
          ["No", "Lembar", "Sel", "Pesan", "Pagu"],
          [1, "Tabel 4.1", "D5", "Pagu tidak sama dengan jumlah", 1250000],
          [2, "Tabel 4.1", "E5", "01.02", null],
        ],
        numberFormats: [[null], [null], [null, null, null, null, "#,##0"], [null, null, null, "@", null]],
        merges: ["A1:E1"],
        columnWidths: [5, 14, 8, 50, 16],
        boldRows: [1, 2],
        freezeRows: 2,
        printTitleRows: "$1:$2",
        landscape: true,
        lists: { "B3:B4": ["Tabel 4.1", "Tabel 4.2"] },
      },
    ],
  });

  test("writes cells and a new sheet in at most two round trips", async () => {
    const host = createMemoryExcel(smallWorkbook());
    const report = await applyPlan(host.context, plan(), { supports: host.isSetSupported });
    expect(host.syncCount).toBeLessThanOrEqual(2);
    expect(report).toEqual({ sheets: ["Hasil Validasi"], skipped: [] });

    const t = host.sheet("Tabel 4.1")!;
    expect(t.get(4, 3)).toMatchObject({ value: 1300000, numberFormat: "#,##0" });
    expect(t.get(4, 4)?.value).toBe("1.1"); // stays text, not the number 1.1
    expect(t.get(5, 3)?.formula).toBe("=D5*2");
    expect(t.get(5, 4)?.value).toBe("-");
    expect(t.get(9, 1)?.value).toBe("TRUE");

    const h = host.sheet("Hasil Validasi")!;
    expect(h.get(0, 0)?.value).toBe("Hasil Validasi Renja");
    expect(h.get(2, 4)).toMatchObject({ value: 1250000, numberFormat: "#,##0" });
    expect(h.get(3, 3)).toMatchObject({ value: "01.02", numberFormat: "@" });
    expect(h.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 4 }]);
    expect(h.columnWidths.get(3)).toBeCloseTo((50 * 7 + 5) * 0.75);
    expect(h.get(1, 4)?.bold).toBe(true);
    expect(h.get(2, 0)?.bold).toBeUndefined();
    expect(h.frozenRows).toBe(2);
    expect(h.printTitleRows).toBe("$1:$2");
    expect(h.orientation).toBe("Landscape");
    expect(h.lists).toEqual([{ range: { r1: 2, c1: 1, r2: 3, c2: 1 }, source: "Tabel 4.1,Tabel 4.2" }]);
  });

  test("a sheet marked replace is cleared and rewritten; one not marked gets a new name", async () => {
    const host = createMemoryExcel({
      sheets: [
        ...smallWorkbook().sheets,
        { name: "Hasil Validasi", origin: { row: 0, col: 0 }, values: [["lama"], ["lama"], ["lama"], ["lama"], ["lama"], ["sisa baris lama"]], merges: [{ r1: 4, c1: 0, r2: 4, c2: 3 }] },
      ],
    });
    await applyPlan(host.context, plan(), { supports: host.isSetSupported });
    const h = host.sheet("Hasil Validasi")!;
    expect(h.get(5, 0)).toBeUndefined();
    expect(h.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 4 }]);

    const again = await applyPlan(host.context, { cells: [], sheets: [{ sheet: "Tabel 4.1", replace: false, start: "B2", rows: [["baru"]] }] }, { supports: host.isSetSupported });
    expect(again.sheets).toEqual(["Tabel 4.1 2"]);
    expect(host.sheet("Tabel 4.1 2")?.get(1, 1)?.value).toBe("baru");
    expect(host.sheet("Tabel 4.1")?.get(2, 1)?.value).toBe("Kode"); // the user's sheet is untouched
  });

  test("with only ExcelApi 1.7 it skips print titles and lists, calls nothing newer, and says so", async () => {
    const host = createMemoryExcel(smallWorkbook(), only17);
    const report = await applyPlan(host.context, plan(), { supports: host.isSetSupported });
    expect(host.apiViolations).toEqual([]);
    const h = host.sheet("Hasil Validasi")!;
    expect(h.lists).toEqual([]);
    expect(h.printTitleRows).toBeNull();
    expect(h.orientation).toBe("Portrait");
    expect(h.frozenRows).toBe(2); // freezePanes is ExcelApi 1.7
    expect(report.skipped).toHaveLength(2);
    expect(report.skipped.join(" ")).toMatch(/ExcelApi 1\.9/);
    expect(report.skipped.join(" ")).toMatch(/ExcelApi 1\.8/);
  });

  test("a plan of cells only needs one round trip and groups contiguous cells into ranges", async () => {
    const host = createMemoryExcel(smallWorkbook());
    const cells = [];
    for (let r = 5; r <= 8; r++) for (const c of ["C", "D", "E"]) cells.push({ sheet: "Tabel 4.1", cell: `${c}${r}`, value: r });
    cells.push({ sheet: "Tabel 4.1", cell: "H2", value: "x" });
    await applyPlan(host.context, { cells, sheets: [] }, { supports: host.isSetSupported });
    expect(host.syncCount).toBe(1);
    expect(groupCellWrites(cells).map((g) => g.rect)).toEqual([
      { r1: 1, c1: 7, r2: 1, c2: 7 },
      { r1: 4, c1: 2, r2: 7, c2: 4 },
    ]);
    expect(host.sheet("Tabel 4.1")?.get(7, 4)?.value).toBe(8);
  });

  test("a plan over the request budget is split over round trips instead of failing", async () => {
    const host = createMemoryExcel(smallWorkbook(), { payloadLimitBytes: 3_000 });
    const rows = Array.from({ length: 60 }, (_, i) => [i, `baris ${i}`]);
    const cells = rows.map((r, i) => ({ sheet: "Tabel 4.1", cell: `Z${i * 2 + 1}`, value: r[1] })); // not contiguous
    await applyPlan(host.context, { cells, sheets: [] }, { supports: host.isSetSupported, payloadBudgetBytes: 2_500 });
    expect(host.syncCount).toBeGreaterThan(1);
    expect(host.sheet("Tabel 4.1")?.get(119 - 1, 25)?.value).toBe("baris 59");
  });

  test("formulas written by a plan compute when a formula evaluator is plugged in", async () => {
    const host = createMemoryExcel(smallWorkbook(), { evaluator: hyperFormulaEvaluator });
    await applyPlan(host.context, plan(), { supports: host.isSetSupported });
    expect(host.sheet("Tabel 4.1")?.get(5, 3)).toMatchObject({ formula: "=D5*2", value: 2600000 });
    // The grid's own formula (=SUM(D5:D6)) follows: 1,300,000 + 2,600,000.
    const wb = await read(host);
    expect(wb.sheets[0].values[4][2]).toBe(3900000);
  });

  test("officeInput keeps text that Excel would otherwise parse, and writes only composed formulas", () => {
    expect(officeInput("1.06.01")).toBe("'1.06.01");
    expect(officeInput("false")).toBe("'false");
    expect(officeInput("'kutip")).toBe("''kutip");
    expect(officeInput("Program")).toBe("Program");
    expect(officeInput("=SUM(A1:A3)")).toBe("'=SUM(A1:A3)");
    expect(officeInput(composedFormula("=SUM(A1:A3)"))).toBe("=SUM(A1:A3)");
    expect(officeInput("1.06.01", "@")).toBe("1.06.01");
    expect(officeInput(null)).toBe("");
    expect(officeInput(42)).toBe(42);
  });
});

describe("selectCell and errors", () => {
  test("selects a finding's cell and activates its sheet", async () => {
    const host = createMemoryExcel(smallWorkbook());
    host.state.activeSheetId = host.sheet("Kosong")!.id;
    await selectCell(host.context, "Tabel 4.1", "D7");
    expect(host.state.activeSheetId).toBe(host.sheet("Tabel 4.1")!.id);
    expect(host.state.selection?.range).toEqual({ r1: 6, c1: 3, r2: 6, c2: 3 });
  });

  test("a missing sheet becomes a plain Bahasa Indonesia message", async () => {
    const host = createMemoryExcel(smallWorkbook());
    const err = await selectCell(host.context, "Tidak Ada", "A1").catch((e: unknown) => e);
    expect(toUserMessage(err)).toMatch(/tidak ditemukan/);
  });

  test("error codes map to advice; unknown errors show their first line only", () => {
    expect(toUserMessage(new MemoryOfficeError("InvalidOperationInCellEditMode", "Cell edit mode"))).toMatch(/^Selesaikan pengeditan sel terlebih dahulu/);
    const generic = new Error("Sesuatu gagal\n    at foo (bar.js:1:1)");
    expect(toUserMessage(generic)).toBe("Terjadi kesalahan: Sesuatu gagal");
    expect(toUserMessage({ debugInfo: { code: "AccessDenied" } })).toMatch(/diproteksi/);
  });
});

describe("the in-memory host behaves like Excel's proxies", () => {
  test("properties throw before load + sync, and writes wait for sync", async () => {
    const host = createMemoryExcel(smallWorkbook());
    const range = host.context.workbook.worksheets.getItem("Tabel 4.1").getRange("B5");
    expect(() => range.values).toThrow(/not available/);
    range.values = [["diubah"]];
    range.load("values");
    expect(host.sheet("Tabel 4.1")?.get(4, 1)?.value).toBe("1.06.01");
    await host.context.sync();
    expect(range.values).toEqual([["diubah"]]);
    expect(host.syncCount).toBe(1);
  });

  test("a payload over the limit is refused like Excel's RequestPayloadSizeLimitExceeded", async () => {
    const host = createMemoryExcel(smallWorkbook(), { payloadLimitBytes: 100 });
    host.context.workbook.worksheets.getItem("Tabel 4.1").getRange("A1:A2").values = [["x".repeat(80)], ["y".repeat(80)]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });
});
