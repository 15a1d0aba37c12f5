// The in-memory host stores input the way Excel does (src/excel/memory/typing.ts), so a writer that forgets the
// "'" prefix, or writes a number into a "@" cell, fails here as it would in Excel; and the CLI's grid and the
// add-in's grid carry the same thing for the same cell of a workbook typed the way Excel stores it.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { applyPlan } from "../src/excel/apply";
import { toUserMessage } from "../src/excel/errors";
import { createMemoryExcel } from "../src/excel/memory";
import { readWorkbook } from "../src/excel/read";
import { officeInput } from "../src/renja/cell-write";
import { SheetView, type WorkbookGrid } from "../src/renja/grid";
import { readTarget } from "../src/renja/rules/cells";
import { applyFixes, createExcelPort } from "../src/taskpane/services";

const empty = (): WorkbookGrid => ({ sheets: [{ name: "Data", origin: { row: 0, col: 0 }, values: [["awal"]] }] });

/** Types one row of inputs into A2… through Range.formulas, as a planner (or a careless writer) would. */
async function typed(inputs: (string | number | boolean)[], formats?: string[]) {
  const host = createMemoryExcel(empty());
  await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRangeByIndexes(1, 0, 1, inputs.length);
    if (formats) range.numberFormat = [formats];
    range.formulas = [inputs];
    await context.sync();
  });
  return inputs.map((_, j) => host.sheet("Data")!.get(1, j)!);
}

describe("the memory host coerces typed text as Excel does", () => {
  test("numbers in either locale, booleans, errors, percentages, currency, dates and times become values", async () => {
    const cells = await typed(["1.1", "001", "1,234", "4,2", "1.234.567", "TRUE", "salah", "#N/A", "#REF!", "10%", "Rp 1.000", "$1,000", "Jan-24", "Mei 2024", "15/01/2024", "10:30"]);
    expect(cells.map((c) => c.value)).toEqual([1.1, 1, 1234, 4.2, 1234567, true, false, "#N/A", "#REF!", 0.1, 1000, 1000, 45315, 45413, 45306, 0.4375]);
    expect(cells.map((c) => c.error === true)).toEqual(cells.map((_, j) => j === 7 || j === 8));
    expect(cells.map((c) => c.numberFormat ?? "General")).toEqual(["General", "General", "General", "General", "General", "General", "General", "General", "General", "0%", '"Rp"#,##0', "$#,##0", "mmm-yy", "mmm-yy", "m/d/yyyy", "h:mm"]);
  });

  test("= + - @ start formulas; a lone dash and plain words stay text", async () => {
    const cells = await typed(["=1+1", "-abc", "+62 812", "@nama", "-", "Dokumen", "1.06.01"]);
    expect(cells.map((c) => [c.value, c.formula ?? null])).toEqual([
      ["", "=1+1"],
      ["#NAME?", "=-abc"],
      ["#NAME?", "=+62 812"],
      ["#NAME?", "=nama"],
      ["-", null],
      ["Dokumen", null],
      ["1.06.01", null],
    ]);
  });

  test("one apostrophe is the prefix and is not stored; a second one is text", async () => {
    const cells = await typed(["'=SUM(A1)", "'001", "''-", "'#N/A"]);
    expect(cells.map((c) => [c.value, c.formula ?? null])).toEqual([
      ["=SUM(A1)", null],
      ["001", null],
      ["'-", null],
      ["#N/A", null],
    ]);
  });

  test('a "@" cell keeps numbers, booleans and formulas as text', async () => {
    const cells = await typed([123, true, "=SUM(A1)", "001"], ["@", "@", "@", "@"]);
    expect(cells.map((c) => [c.value, c.formula ?? null])).toEqual([
      ["123", null],
      ["TRUE", null],
      ["=SUM(A1)", null],
      ["001", null],
    ]);
  });
});

describe("the one cell writer against it", () => {
  const tricky = ["#N/A", "#REF!", "Jan-24", "Mei 2024", "Rp 1.000", "001", "1.1", "TRUE", "'kutip", "=SUM(A1)", "-", "- 5", "+62", "@user", "10%", "\t=x", "4,2", "15/01/2024"];

  test("every text arrives as typed, with exactly one prefix where Excel needs it", async () => {
    for (const format of ["General", "@", "#,##0"]) {
      const cells = await typed(tricky.map((t) => officeInput(t, format)), tricky.map(() => format));
      expect(cells.map((c) => [c.value, c.formula ?? null])).toEqual(tricky.map((t) => [t, null]));
    }
  });

  test("without the writer, Excel would have changed most of them", async () => {
    const cells = await typed(tricky);
    const kept = tricky.filter((t, j) => cells[j].value === t && cells[j].formula === undefined && !cells[j].error);
    expect(kept).toEqual(["-"]);
  });

  test('a fix writes a number into a "@" cell as a number (General first); the text cell next to it stays text', async () => {
    const grid: WorkbookGrid = { sheets: [{ name: "Data", origin: { row: 0, col: 0 }, values: [["12.000", "teks"]], numberFormats: [["@", "@"]] }] };
    const host = createMemoryExcel(grid);
    const port = createExcelPort(host.run, host.isSetSupported);
    const wb = await port.read();
    await applyFixes(port, wb, [{ sheet: "Data", cell: "A1", value: 12000, label: "Angka" }, { sheet: "Data", cell: "B1", value: "001", label: "Teks" }], "2026-11-29 10:00");
    expect(host.sheet("Data")!.get(0, 0)).toMatchObject({ value: 12000, numberFormat: "General" });
    expect(host.sheet("Data")!.get(0, 1)).toMatchObject({ value: "001", numberFormat: "@" });
  });

  test('reading tells text "=…" from a formula: text stays text, and a restore would not make it live', async () => {
    const host = createMemoryExcel(empty());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A2:C2").formulas = [["'=SUM(A1)", "=1+1", "'=A2"]];
      await context.sync();
    });
    const wb = await host.run((context) => readWorkbook(context));
    const view = new SheetView(wb.sheets[0]);
    expect([view.formula(1, 0), view.formula(1, 1), view.formula(1, 2)]).toEqual([null, "=1+1", null]);
    expect(view.value(1, 0)).toBe("=SUM(A1)");
  });

  test("cell-edit mode: the write fails with a plain message and changes nothing", async () => {
    const host = createMemoryExcel(empty());
    host.setCellEditMode(true);
    const plan = { cells: [{ sheet: "Data", cell: "A1", value: "baru" }], sheets: [] };
    const err = await host.run((context) => applyPlan(context, plan)).catch((e: unknown) => e);
    expect(toUserMessage(err)).toBe("Selesaikan pengeditan sel terlebih dahulu (tekan Enter atau Esc), lalu coba lagi.");
    expect(host.sheet("Data")!.get(0, 0)!.value).toBe("awal");
    host.setCellEditMode(false);
    await host.run((context) => applyPlan(context, plan));
    expect(host.sheet("Data")!.get(0, 0)!.value).toBe("baru");
  });
});

describe("the CLI and the add-in read a workbook typed the way Excel stores it alike", () => {
  // What a planner types, and what Excel stores for it (value, number format), cell by cell on row 2.
  const typedCells: { input: string | number; format?: string; stored: ExcelJS.CellValue; numFmt?: string }[] = [
    { input: "90%", stored: 0.9, numFmt: "0%" },
    { input: "85.25%", stored: 0.8525, numFmt: "0.00%" },
    { input: "15/01/2024", stored: new Date(Date.UTC(2024, 0, 15)), numFmt: "m/d/yyyy" },
    { input: "Mei 2024", stored: new Date(Date.UTC(2024, 4, 1)), numFmt: "mmm-yy" },
    { input: "'001", stored: "001" },
    { input: "123", format: "@", stored: "123", numFmt: "@" },
    { input: "'=SUM(A1)", stored: "=SUM(A1)" },
    { input: "Rp 1.000", stored: 1000, numFmt: '"Rp"#,##0' },
    { input: "TRUE", stored: true },
    { input: "#N/A", stored: { error: "#N/A" } as ExcelJS.CellErrorValue },
    { input: "3 Dokumen", stored: "3 Dokumen" },
    { input: "=A2*2", stored: { formula: "A2*2", result: 1.8 } },
  ];

  test("values, formulas, number formats and the engine's reading agree cell by cell", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = "awal";
    typedCells.forEach((c, j) => {
      const cell = ws.getCell(2, j + 1);
      cell.value = c.stored;
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "renja-typed-")), "typed.xlsx");
    await wb.xlsx.writeFile(file);
    const cli = new SheetView((await readXlsxGrid(file)).sheets[0]);

    const host = createMemoryExcel(empty());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRangeByIndexes(1, 0, 1, typedCells.length);
      range.numberFormat = [typedCells.map((c) => c.format ?? "General")];
      range.formulas = [typedCells.map((c) => c.input)];
      await context.sync();
    });
    // The host has no calculation engine: the formula's result is the one Excel would show.
    host.sheet("Data")!.get(1, typedCells.length - 1)!.value = 1.8;
    const addin = new SheetView((await host.run((context) => readWorkbook(context))).sheets[0]);

    const cellAt = (v: SheetView, j: number) => ({
      value: v.value(1, j),
      formula: v.formula(1, j),
      numberFormat: v.numberFormat(1, j) ?? "General",
      target: readTarget(v, 1, j),
    });
    for (let j = 0; j < typedCells.length; j++) expect([typedCells[j].input, cellAt(addin, j)]).toEqual([typedCells[j].input, cellAt(cli, j)]);
    expect(readTarget(cli, 1, 0)).toMatchObject({ value: 90, percent: true });
    expect(readTarget(cli, 1, 2)).toMatchObject({ ok: false, message: "Sel berisi tanggal 15/01/2024 (format tanggal Excel), bukan angka target." });
    expect(cli.value(1, 2)).toBe(45306);
  });
});
