// The streaming .xlsx reader (src/cli/xlsx): the grid it builds equals the old ExcelJS reader's on the sample, on
// generated workbooks and on every readable corpus file; and the cases where the two must differ, exactly.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InputError } from "../src/cli/errors";
import { loadNomenklaturXlsx } from "../src/cli/nomenklatur-xlsx";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { exactIntegerDigits, numberFromXml, slideFormula } from "../src/cli/xlsx/cell-text";
import { sheetNameKey } from "../src/cli/xlsx/workbook-part";
import { validateWorkbook } from "../src/renja/engine";
import type { CellValue, WorkbookGrid } from "../src/renja/grid";
import { isDateFormat } from "../src/renja/number-format";
import { CORPUS, SAMPLE, cleanTable } from "./fixtures/corpus";
import { rawXlsx, repeatedPart, rowsXml, stylesXml, workbookParts, worksheetXml, zip } from "./fixtures/raw-xlsx";
import { generateWorkbook } from "./generator/renja-generator";
import { writeWorkbookXlsx } from "./generator/write-xlsx";
import { readWithExcelJs } from "./helpers/exceljs-grid";
import { captureIo } from "./helpers/io";

const dir = mkdtempSync(path.join(tmpdir(), "renja-pembaca-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ExcelJS's date for a serial (1900 date system), as its reader turned date-formatted numbers into text. */
const excelJsDate = (serial: number) => new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);

/**
 * The new grid in the old reader's terms, where the old one lost information by design: a date-formatted number
 * was a date text there (a serial number with its format here, as Excel holds it), and a number past 2^53 was a
 * double there (the file's own digits here).
 */
function inOldTerms(grid: WorkbookGrid, old: WorkbookGrid): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s, i) => ({
      ...s,
      values: s.values.map((row, r) =>
        row.map((v, c): CellValue => {
          const then = old.sheets[i]?.values[r]?.[c];
          if (typeof v === "number" && typeof then === "string" && isDateFormat(s.numberFormats?.[r]?.[c])) return excelJsDate(v);
          if (typeof v === "string" && typeof then === "number" && /^-?\d{16,}$/.test(v) && Number(v) === then) return then;
          return v;
        }),
      ),
    })),
  };
}

async function expectParity(file: string): Promise<WorkbookGrid> {
  const grid = await readXlsxGrid(file);
  const old = await readWithExcelJs(file);
  expect(inOldTerms(grid, old)).toEqual(old);
  return grid;
}

describe("the same grid as the ExcelJS reader", () => {
  test("the sample workbook", async () => {
    const grid = await expectParity(SAMPLE);
    expect(grid.sheets.map((s) => s.name)).toEqual(["Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 3.1", "Tabel 4.1", "Tabel 4.2"]);
  });

  test.each([11, 12, 13])("a generated workbook (seed %i, all seven tables)", async (seed) => {
    const file = path.join(dir, `gen-${seed}.xlsx`);
    await writeWorkbookXlsx(generateWorkbook({ seed, subkegiatan: 60 }).grid, file);
    const grid = await expectParity(file);
    expect(grid.sheets.length).toBe(7);
  });

  const readable = CORPUS.filter((c) => c.outcome.exit !== 2 && !c.noExcelJsParity);
  test.each(readable.map((c) => [c.id, c] as const))("corpus: %s", async (_id, c) => {
    await expectParity(await c.build(path.join(dir, "korpus")));
  });
});

describe("where the new reader is right and the old one was not", () => {
  test("a pagu in a date format stays the number, with its format code, and is reported", async () => {
    const c = CORPUS.find((x) => x.id.startsWith("a pagu of 12 000 000 in a date format"));
    const grid = await readXlsxGrid(await (c as NonNullable<typeof c>).build(dir));
    expect(grid.sheets[0].values[6][12]).toBe(12_000_000);
    expect(grid.sheets[0].numberFormats?.[6][12]).toBe("dd/mm/yyyy");
    expect(validateWorkbook(grid).findings.filter((f) => f.rule === "angka.format-tanggal")).toEqual([
      {
        rule: "angka.format-tanggal",
        category: "angka",
        severity: "warning",
        sheet: "Renja",
        cell: "M7",
        message: 'Nilai Rupiah 12.000.000 berformat tanggal ("dd/mm/yyyy"), sehingga Excel menampilkannya sebagai tanggal; dibaca sebagai angka 12.000.000. Ubah format sel menjadi angka.',
        actual: "12000000",
      },
    ]);
  });

  test("a 30-digit number is quoted with the file's digits, never a double's", async () => {
    const c = CORPUS.find((x) => x.id.startsWith("a 30-digit pagu"));
    const grid = await readXlsxGrid(await (c as NonNullable<typeof c>).build(dir));
    expect(grid.sheets[0].values[6][12]).toBe("123456789012345678901234567890");
    const found = validateWorkbook(grid).findings.filter((f) => f.cell === "M7" && f.rule === "angka.terlalu-besar");
    expect(found.map((f) => [f.actual, f.message])).toEqual([["123456789012345678901234567890", 'Nilai "123456789012345678901234567890" terlalu besar untuk dihitung tepat (lebih dari 9.007.199.254.740.991).']]);
  });

  test("cell kinds: shared strings with phonetic runs, rich inline text, _x000D_, booleans, errors, shared formulas, cells without r", async () => {
    const sst = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2"><si><t>Dinas</t><rPh sb="0" eb="1"><t>DI</t></rPh></si><si><r><t>Kab. </t></r><r><rPr><b/></rPr><t xml:space="preserve">Malang </t></r></si></sst>';
    const rows =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c t="inlineStr"><is><r><t>Baris_x000D_</t></r><r><t>dua</t></r></is></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#DIV/0!</v></c></row>' +
      '<row r="2"><c r="A2"><v>5</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2+$A$2</f><v>15</v></c></row>' +
      '<row r="3"><c r="A3"><v>7</v></c><c r="B3"><f t="shared" si="0"/><v>19</v></c><c r="C3" t="str"><f>"x"&amp;A3</f><v>x7</v></c></row>';
    // rawXlsx has no shared-strings part: added by hand, with its workbook relationship.
    const parts = workbookParts([{ name: "Jenis", xml: worksheetXml(rows) }]);
    parts[3] = { name: parts[3].name, data: String(parts[3].data).replace("</Relationships>", '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>') };
    parts.push({ name: "xl/sharedStrings.xml", data: sst });
    const file = path.join(dir, "jenis-sel.xlsx");
    writeFileSync(file, zip(parts));
    const s = (await readXlsxGrid(file)).sheets[0];
    expect(s.values).toEqual([
      ["Dinas", "Kab. Malang ", "Baris\rdua", null, true, "#DIV/0!"],
      [5, 15],
      [7, 19, "x7"],
    ]);
    expect(s.formulas).toEqual([
      [null, null, null, null, null, null],
      [null, "=A2*2+$A$2"],
      [null, "=A3*2+$A$2", '="x"&A3'],
    ]);
    await expectParity(file);
  });

  test("sheet names compare as Excel compares them", () => {
    expect(sheetNameKey("Straße")).not.toBe(sheetNameKey("STRASSE"));
    expect(sheetNameKey("Renja")).toBe(sheetNameKey("RENJA"));
    expect(sheetNameKey("Tabel 4.1 ä")).toBe(sheetNameKey("TABEL 4.1 Ä"));
  });

  test("number texts: exact, or the file's own digits", () => {
    expect(numberFromXml("12000000")).toBe(12_000_000);
    expect(numberFromXml("-0.5")).toBe(-0.5);
    expect(numberFromXml("1.5E+30")).toBe("1500000000000000000000000000000");
    expect(numberFromXml("9007199254740993")).toBe("9007199254740993");
    expect(numberFromXml("9007199254740991")).toBe(9_007_199_254_740_991);
    expect(numberFromXml("0x10")).toBe("0x10");
    expect(numberFromXml(" ")).toBeNull();
    expect(exactIntegerDigits("1.25E+2")).toBe("125");
    expect(exactIntegerDigits("1.5E-1")).toBeUndefined();
  });

  test("shared formulas slide their relative references only", () => {
    expect(slideFormula("SUM(A2:C2)+$D$1+E$3+SUM(1)", { row: 1, col: 1 }, { row: 4, col: 2 })).toBe("SUM(B5:D5)+$D$1+F$3+SUM(1)");
  });

  test("date formats are recognised by their codes", () => {
    expect(["mm-dd-yy", "dd/mm/yyyy", "[$-421]d mmmm yyyy", "h:mm", "[h]:mm:ss", 'd "Mei" yyyy'].map(isDateFormat)).toEqual([true, true, true, true, true, true]);
    expect(["#,##0", "0%", "General", "@", '"Rp"#,##0', "[Red]#,##0;[Blue]-#,##0", "0.00E+00", null].map(isDateFormat)).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe("the --nomenklatur list goes through the same reader and limits", () => {
  test("a list that is a zip bomb is refused before it is inflated", async () => {
    const bomb = rawXlsx([{ name: "Nomenklatur", part: repeatedPart('<?xml version="1.0"?><worksheet><sheetData>', Buffer.alloc(1024 * 1024, 0x20), 300, "</sheetData></worksheet>") }]);
    const list = path.join(dir, "nomenklatur-bom.xlsx");
    writeFileSync(list, bomb);
    const e = await loadNomenklaturXlsx(list).then(() => undefined, (err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe(`Daftar nomenklatur ditolak: Berkas ditolak: isi workbook setelah diekstrak 300 MB, melebihi batas 200 MB (kemungkinan "zip bomb"): ${list}`);
  });

  test("a device as the list ends at once with exit 2", async () => {
    const io = captureIo();
    const file = path.join(dir, "bersih.xlsx");
    writeFileSync(file, rawXlsx([{ name: "Renja", xml: worksheetXml(rowsXml(cleanTable())) }], { styles: stylesXml([]) }));
    const code = await validateFiles([file], { format: "text", nomenklatur: "/dev/zero" }, io);
    expect(code).toBe(2);
    expect(io.err()).toBe("renja: Bukan berkas, melainkan perangkat (device): /dev/zero\n");
  });
});
