// A sheet written by ExcelJS alone, grafted into a user's package (src/cli/xlsx/add-sheet.ts, what `renja triwulan`
// writes): the new sheet reads back with its values, number formats and fonts; the user's sheets read back
// exactly as before; every part other than the workbook, its relationships, the content types and the styles is
// byte for byte the original (a macro project included); sheet-local names and the active tab follow the shift.
import ExcelJS from "exceljs";
import { inflateRawSync } from "node:zlib";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LIMITS } from "../src/cli/limits";
import { readXlsxBytes } from "../src/cli/xlsx-package";
import { addSheet } from "../src/cli/xlsx/add-sheet";
import { readCentralDirectory } from "../src/cli/xlsx-package";
import { rowsXml, stylesXml, workbookParts, worksheetXml, zip } from "./fixtures/raw-xlsx";

const dir = mkdtempSync(path.join(tmpdir(), "renja-tambah-lembar-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each entry's inflated content, by name. */
function contents(bytes: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readCentralDirectory(bytes, "x", LIMITS)) {
    const start = e.localHeaderOffset + 30 + bytes.readUInt16LE(e.localHeaderOffset + 26) + bytes.readUInt16LE(e.localHeaderOffset + 28);
    const data = bytes.subarray(start, start + e.compressedSize);
    out.set(e.name, e.method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return out;
}

async function donor(name: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(name, { pageSetup: { printTitlesRow: "1:2" } });
  ws.getCell("A1").value = "Tabel 4.2";
  ws.getCell("A1").font = { bold: true };
  ws.getCell("B3").value = 1_250_000;
  ws.getCell("B3").numFmt = "#,##0";
  ws.getCell("C3").value = 0.25;
  ws.getCell("C3").numFmt = "0.0%";
  ws.getCell("D3").value = { formula: "SUM(B3:C3)", result: 1_250_000.25 } as ExcelJS.CellFormulaValue;
  ws.getCell("A4").value = "Teks & <tanda> \"kutip\"";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function userPackage(): Buffer {
  const parts = workbookParts(
    [
      { name: "Tabel 4.1", xml: worksheetXml(rowsXml([["Kode", "Pagu"], ["1.06", 5_000_000]]).replace('<c r="B2"', '<c r="B2" s="1"')) },
      { name: "Catatan", xml: worksheetXml(rowsXml([["isi"]])) },
    ],
    { styles: stylesXml(["#,##0.00"]), workbookXml: '<bookViews><workbookView activeTab="1"/></bookViews><definedNames><definedName name="Daftar" localSheetId="1">Catatan!$A$1</definedName></definedNames>' },
  );
  // A macro project: binary, never touched.
  parts.push({ name: "xl/vbaProject.bin", data: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 31) % 256)) });
  return zip(parts);
}

describe("adding a sheet to a package", () => {
  test("the new sheet after Tabel 4.1, its formats and fonts; the user's parts untouched", async () => {
    const original = userPackage();
    const book = await readXlsxBytes(original, "renja.xlsx", LIMITS);
    const out = await addSheet(book, await donor("Tabel 4.2 (otomatis)"), "Tabel 4.2 (otomatis)", "Tabel 4.1");

    const before = contents(original);
    const after = contents(out);
    const changed = [...after.keys()].filter((k) => !before.has(k) || !before.get(k)?.equals(after.get(k) as Buffer));
    expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet3.xml"]);
    expect([...before.keys()].every((k) => after.has(k))).toBe(true);

    const back = await readXlsxBytes(out, "hasil.xlsx", LIMITS);
    expect(back.grid.sheets.map((s) => s.name)).toEqual(["Tabel 4.1", "Tabel 4.2 (otomatis)", "Catatan"]);
    const old = (await readXlsxBytes(original, "renja.xlsx", LIMITS)).grid.sheets;
    expect(back.grid.sheets[0]).toEqual(old[0]);
    expect(back.grid.sheets[2]).toEqual(old[1]);
    expect(back.grid.sheets[0].numberFormats?.[1][1]).toBe("#,##0.00");
    const s = back.grid.sheets[1];
    expect(s.values[0][0]).toBe("Tabel 4.2");
    expect(s.values[2].slice(1)).toEqual([1_250_000, 0.25, 1_250_000.25]);
    expect(s.numberFormats?.[2].slice(1, 3)).toEqual(["#,##0", "0.0%"]);
    expect(s.formulas?.[2][3]).toBe("=SUM(B3:C3)");
    expect(s.values[3][0]).toBe('Teks & <tanda> "kutip"');

    const wb = after.get("xl/workbook.xml")?.toString("utf8") ?? "";
    // The user's sheet-local name and active tab moved with "Catatan"; the print titles belong to the new sheet.
    expect(wb).toContain('<definedName name="Daftar" localSheetId="2">');
    expect(wb).toContain('activeTab="2"');
    expect(wb).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Tabel 4.2 \(otomatis\)&apos;!\$1:\$2<\/definedName>/);
    expect(wb).toContain('fullCalcOnLoad="1"');
    expect(after.get("xl/worksheets/sheet3.xml")?.toString("utf8")).not.toContain("tabSelected");

    // ExcelJS (and so Excel's own model of the file) opens it: the bold font and the formats are where they were put.
    const file = path.join(dir, "hasil.xlsx");
    writeFileSync(file, out);
    const x = new ExcelJS.Workbook();
    await x.xlsx.readFile(file);
    const ws = x.getWorksheet("Tabel 4.2 (otomatis)");
    expect(ws?.getCell("A1").font?.bold).toBe(true);
    expect(ws?.getCell("C3").numFmt).toBe("0.0%");
    expect(x.getWorksheet("Tabel 4.1")?.getCell("B2").numFmt).toBe("#,##0.00");
  });

  test("a workbook without a styles part gets the new sheet's own", async () => {
    const original = zip(workbookParts([{ name: "Tabel 4.1", xml: worksheetXml(rowsXml([["Kode"]])) }]));
    const book = await readXlsxBytes(original, "polos.xlsx", LIMITS);
    const out = await addSheet(book, await donor("Baru"), "Baru", undefined);
    const back = await readXlsxBytes(out, "hasil.xlsx", LIMITS);
    expect(back.grid.sheets.map((s) => s.name)).toEqual(["Tabel 4.1", "Baru"]);
    expect(back.grid.sheets[1].numberFormats?.[2].slice(1, 3)).toEqual(["#,##0", "0.0%"]);
  });
});
