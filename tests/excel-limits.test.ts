// The adapter against Excel's real limits, as the memory host now enforces them: more than 512 merged areas,
// builds that return only merges whose top-left is inside the range, values beyond the CLI's read area, the
// 5-million-cell cap (values null), GeneralException for a too-large read, and plain messages for failures.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { createMemoryExcel } from "../src/excel/memory";
import { readWorkbook } from "../src/excel/read";
import { RenjaExcelError } from "../src/excel/errors";
import type { CellRange, WorkbookGrid } from "../src/renja/grid";
import { validateWorkbook } from "../src/renja/engine";
import { captureIo } from "./helpers/io";

/** A sheet with `blocks` header blocks of 4 merged cells each, every 10 rows (headers repeated at page breaks). */
function mergedWorkbook(blocks: number): WorkbookGrid {
  const values: (string | number | null)[][] = [];
  const merges: CellRange[] = [];
  for (let b = 0; b < blocks; b++) {
    const r = b * 10;
    values[r] = ["Kode", null, "Program", null, "Pagu", null, "Satuan", null];
    for (let k = 1; k < 10; k++) values[r + k] = [`1.0${k}`, null, `Baris ${b}.${k}`, null, k * 1000, null, "Orang", null];
    for (let c = 0; c < 8; c += 2) merges.push({ r1: r, c1: c, r2: r, c2: c + 1 });
  }
  return { sheets: [{ name: "Header Berulang", origin: { row: 0, col: 0 }, values, merges }] };
}

const sortMerges = (m: CellRange[] | undefined) => [...(m ?? [])].sort((a, b) => a.r1 - b.r1 || a.c1 - b.c1);

describe("merged areas", () => {
  test("more than 512 merged areas: read again without them, merges in parts; all merges arrive", async () => {
    const wb = mergedWorkbook(300); // 1 200 merges
    const host = createMemoryExcel(wb);
    const got = await readWorkbook(host.context, { supports: host.isSetSupported });
    expect(sortMerges(got.sheets[0].merges)).toEqual(sortMerges(wb.sheets[0].merges));
    expect(got.sheets[0].values).toEqual(createMemoryExcel(wb).snapshot({ valuesOnly: true }).sheets[0].values);
    // Sheet list, the refused read, the read without merges, merges in parts of 2 000 rows (refused: 800 areas
    // each) and of 1 000 rows.
    expect(host.syncCount).toBe(5);
  });

  test("a build returning only areas whose top-left is inside the range: the parts still find every merge", async () => {
    const wb = mergedWorkbook(300);
    const host = createMemoryExcel(wb, { mergedAreas: "topLeftInside" });
    const got = await readWorkbook(host.context, { supports: host.isSetSupported });
    expect(sortMerges(got.sheets[0].merges)).toEqual(sortMerges(wb.sheets[0].merges));
  });

  test("a few merges come in the same two round trips as the cells", async () => {
    const wb = mergedWorkbook(20);
    const host = createMemoryExcel(wb);
    const got = await readWorkbook(host.context, { supports: host.isSetSupported });
    expect(sortMerges(got.sheets[0].merges)).toEqual(sortMerges(wb.sheets[0].merges));
    expect(host.syncCount).toBe(2);
  });
});

describe("size", () => {
  test("values beyond A1:IV200000: not read, and the same finding as the command line", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Lebar");
    ws.getCell("A1").value = "Judul";
    ws.getCell("B2").value = 5;
    ws.getCell(7, 300).value = "jauh di kanan";
    ws.getCell(200_003, 2).value = "jauh di bawah";
    const file = path.join(mkdtempSync(path.join(tmpdir(), "renja-limits-")), "lebar.xlsx");
    await wb.xlsx.writeFile(file);
    const cliGrid = await readXlsxGrid(file);
    const io = captureIo();
    await validateFiles([file], { format: "json" }, io);
    const cliFindings = (JSON.parse(io.out()) as { findings: { rule: string; cell: string; message: string }[] }).findings.filter((f) => f.rule === "struktur.di-luar-batas-baca");

    const host = createMemoryExcel({
      sheets: [{ name: "Lebar", origin: { row: 0, col: 0 }, values: [["Judul"], [null, 5]] }],
    });
    host.sheet("Lebar")!.cell(6, 299).value = "jauh di kanan";
    host.sheet("Lebar")!.cell(200_002, 1).value = "jauh di bawah";
    const got = await readWorkbook(host.context, { supports: host.isSetSupported });
    expect(got.sheets[0].clipped).toEqual(cliGrid.sheets[0].clipped);
    expect(got.sheets[0].values).toEqual([["Judul", ""], ["", 5]]);
    const addinFindings = validateWorkbook(got).findings.filter((f) => f.rule === "struktur.di-luar-batas-baca");
    expect(addinFindings.map((f) => [f.cell, f.message])).toEqual(cliFindings.map((f) => [f.cell, f.message]));
    expect(addinFindings).toHaveLength(1);
    expect(addinFindings[0].cell).toBe("KN7");
  });

  test("past the cell cap values come back null: the area is read in blocks, the grid is the same", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Baris ${i}`, i, i * 2, "Orang"]);
    const wb: WorkbookGrid = { sheets: [{ name: "Besar", origin: { row: 0, col: 0 }, values: rows }] };
    const whole = await readWorkbook(createMemoryExcel(wb).context, {});
    const host = createMemoryExcel(wb, { cellCap: 500, payloadLimitBytes: 1e9 });
    const got = await readWorkbook(host.context, { cellCap: 500 });
    expect(got).toEqual(whole);
    expect(host.syncCount).toBeGreaterThan(2 + 1600 / 500);
  });

  test("GeneralException for a too-large read (older Excel on the web): read in blocks", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`Baris ${i}`, i]);
    const wb: WorkbookGrid = { sheets: [{ name: "Data", origin: { row: 0, col: 0 }, values: rows }] };
    const whole = await readWorkbook(createMemoryExcel(wb).context, {});
    const host = createMemoryExcel(wb);
    host.failSync(2, "GeneralException");
    expect(await readWorkbook(host.context, {})).toEqual(whole);
  });

  test("any other failure ends in one plain message", async () => {
    const host = createMemoryExcel({ sheets: [{ name: "Data", origin: { row: 0, col: 0 }, values: [["a"]] }] });
    host.failSync(1, "AccessDenied");
    const err = await readWorkbook(host.context, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenjaExcelError);
    expect((err as Error).message).toBe("Buku kerja tidak dapat dibaca dari Excel. Excel menolak perubahan: lembar atau buku kerja mungkin diproteksi.");
  });
});
