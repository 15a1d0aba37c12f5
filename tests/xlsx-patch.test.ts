// Writing back only what changed: --fix-out and --in-place patch the named cells into the bytes that were read and
// copy every other package part byte for byte. The packages are diffed part by part and cell by cell.
import { chmodSync, existsSync, linkSync, lstatSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeFixedCopy, writeFixesInPlace, backupPath, tallerRowsText } from "../src/cli/fix-out";
import { textHeight, textLines } from "../src/renja/row-height";
import { LIMITS } from "../src/cli/limits";
import { validateFiles } from "../src/cli/validate";
import { readXlsxBook } from "../src/cli/xlsx-grid";
import { patchWorkbook, xmlText, type PatchWrite } from "../src/cli/xlsx/patch";
import { openZip, type ZipPackage } from "../src/cli/xlsx/zip";
import { validateWorkbook } from "../src/renja/engine";
import { a1, type SheetGrid, type WorkbookGrid } from "../src/renja/grid";
import { composedFormula } from "../src/renja/plan";
import { SAMPLE, cleanTable } from "./fixtures/corpus";
import { rowsXml, stylesXml, workbookParts, worksheetXml, zip, type ZipPart } from "./fixtures/raw-xlsx";
import { readXlsxBytes } from "../src/cli/xlsx-package";
import { readWithExcelJs } from "./helpers/exceljs-grid";
import { findSoffice, recalcWithLibreOffice } from "./helpers/libreoffice";
import { captureIo } from "./helpers/io";

const dir = mkdtempSync(path.join(tmpdir(), "renja-tambal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MACRO = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131 + 7) % 256)); // stands for xl/vbaProject.bin

/**
 * A macro-enabled workbook with what ExcelJS used to lose: a VBA project, a comment, custom XML, a data validation
 * and a conditional format, a shared formula, a calculation chain and a shared-strings part.
 */
function richXlsm(): Buffer {
  const rows = rowsXml(cleanTable()).replace('<c r="M8"><v>12000000</v></c>', '<c r="M8"><f t="shared" ref="M8:O8" si="0">SUM(M5:M7)/3</f><v>12000000</v></c><c r="N8"><f t="shared" si="0"/><v>0</v></c><c r="O8"><f t="shared" si="0"/><v>0</v></c>');
  const after = '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells><conditionalFormatting sqref="M5:M8"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="O5:O200"><formula1>"APBD,DAK"</formula1></dataValidation></dataValidations>';
  const parts: ZipPart[] = workbookParts([{ name: "Renja", xml: worksheetXml(rows, after) }], { styles: stylesXml(["#,##0"]) });
  const types = parts[0];
  parts[0] = { name: types.name, data: String(types.data).replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>') };
  parts[3] = { name: parts[3].name, data: String(parts[3].data).replace("</Relationships>", '<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/><Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>') };
  parts.push(
    { name: "xl/vbaProject.bin", data: MACRO, stored: true },
    { name: "xl/calcChain.xml", data: '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="M8" i="1"/><c r="N8"/><c r="O8"/></calcChain>' },
    { name: "xl/worksheets/_rels/sheet1.xml.rels", data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments1.xml"/></Relationships>' },
    { name: "xl/comments1.xml", data: '<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Perencana</author></authors><commentList><comment ref="M7" authorId="0"><text><t>Cek pagu</t></text></comment></commentList></comments>' },
    { name: "customXml/item1.xml", data: '<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>' },
  );
  return zip(parts);
}

/** Every entry's stored bytes (local header to data end), by name: what "copied byte for byte" means. */
function storedParts(z: ZipPackage): Map<string, Buffer> {
  return new Map(z.entries.map((e) => [e.name, z.raw(e)]));
}

/** "Sheet!A1" of every cell whose value, formula or number format differs between two grids. */
function changedCells(a: WorkbookGrid, b: WorkbookGrid): string[] {
  const out: string[] = [];
  a.sheets.forEach((s: SheetGrid, i) => {
    const t = b.sheets[i];
    const rows = Math.max(s.values.length, t.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(s.values[r]?.length ?? 0, t.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const x = [s.values[r]?.[c] ?? null, s.formulas?.[r]?.[c] ?? null, s.numberFormats?.[r]?.[c] ?? null];
        const y = [t.values[r]?.[c] ?? null, t.formulas?.[r]?.[c] ?? null, t.numberFormats?.[r]?.[c] ?? null];
        if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${s.name}!${a1(r, c)}`);
      }
    }
  });
  return out.sort();
}

async function bookOf(bytes: Buffer, name: string) {
  return readXlsxBytes(bytes, name, LIMITS);
}

describe("--fix-out on the sample: only the fixed cells differ", () => {
  test("every other part is byte for byte the original, and in the sheets only the named cells changed", async () => {
    const book = await readXlsxBook(SAMPLE);
    const result = validateWorkbook(book.grid);
    const out = path.join(dir, "sampel-perbaikan.xlsx");
    const n = await writeFixedCopy(book, out, result);
    const fixed = await readXlsxBook(out);
    const named = new Set([...result.findings.flatMap((f) => (f.fix ? [`${f.fix.sheet}!${f.fix.cell}`] : [])), ...result.plan.cells.map((c) => `${c.sheet}!${c.cell}`)]);
    expect(n).toBe(named.size);
    const changed = changedCells(book.grid, fixed.grid);
    expect(changed.length).toBeGreaterThan(0);
    for (const c of changed) expect(named).toContain(c);
    // Parts: only the worksheets holding a named cell were rewritten.
    const before = storedParts(book.zip);
    const after = storedParts(fixed.zip);
    expect([...after.keys()]).toEqual([...before.keys()]);
    const touchedSheets = new Set([...named].map((c) => c.split("!")[0]));
    const touchedParts = new Set(book.workbook.sheets.filter((s) => touchedSheets.has(s.name)).map((s) => s.part));
    const rewritten = [...before.keys()].filter((k) => !before.get(k)?.equals(after.get(k) as Buffer));
    expect(rewritten.sort()).toEqual([...touchedParts].sort());
    // Another reader opens the patched package and sees the same cells.
    const other = await readWithExcelJs(out);
    expect(other.sheets.map((x) => x.values.length)).toEqual(fixed.grid.sheets.map((x) => x.values.length));
    // The fixes are in: every fix proposal applied is gone from a new validation.
    const again = validateWorkbook(fixed.grid);
    expect(again.findings.filter((f) => f.fix).length).toBeLessThan(result.findings.filter((f) => f.fix).length);
  });

  test("works from the bytes read: the input deleted after reading changes nothing", async () => {
    const copy = path.join(dir, "akan-dihapus.xlsx");
    writeFileSync(copy, readFileSync(SAMPLE));
    const book = await readXlsxBook(copy);
    unlinkSync(copy);
    const out = path.join(dir, "dari-byte.xlsx");
    const n = await writeFixedCopy(book, out, validateWorkbook(book.grid));
    expect(n).toBeGreaterThan(0);
    expect((await readXlsxBook(out)).grid.sheets.length).toBe(7);
  });
});

describe("an .xlsm keeps everything ExcelJS did not model", () => {
  const file = path.join(dir, "makro.xlsm");
  writeFileSync(file, richXlsm());

  test("macros, comments, custom XML, validations, formats survive; the shared formula and the chain stay consistent", async () => {
    const book = await readXlsxBook(file);
    const writes: PatchWrite[] = [
      { sheet: "Renja", cell: "M8", value: 36_000_000 }, // the shared formula's master
      { sheet: "renja", cell: "N7", value: "=HACK()" }, // a string is text, whatever it starts with
      { sheet: "Renja", cell: "Q9", value: composedFormula("=SUM(M5:M7)") },
      { sheet: "Renja", cell: "A3", value: "No_x000D_ & <1>\u0001" },
      { sheet: "Renja", cell: "M6", value: 12_000_000, numberFormat: "#,##0.00" },
      { sheet: "Tidak Ada", cell: "A1", value: 1 },
    ];
    const { bytes, written, skipped } = await patchWorkbook(book, writes);
    expect(written).toEqual(["Renja!M8", "Renja!N7", "Renja!Q9", "Renja!A3", "Renja!M6"]);
    expect(skipped.map((w) => w.sheet)).toEqual(["Tidak Ada"]);
    const out = await bookOf(bytes, "keluar.xlsm");
    const before = storedParts(book.zip);
    const after = storedParts(out.zip);
    // The chain of calculation is dropped (a replaced formula); everything else keeps its name and order.
    expect([...after.keys()]).toEqual([...before.keys()].filter((k) => k !== "xl/calcChain.xml"));
    const same = [...after.keys()].filter((k) => before.get(k)?.equals(after.get(k) as Buffer));
    expect(same.sort()).toEqual(["_rels/.rels", "customXml/item1.xml", "xl/comments1.xml", "xl/vbaProject.bin", "xl/worksheets/_rels/sheet1.xml.rels"]);
    expect(await out.zip.bytesOf(out.zip.entry("xl/vbaProject.bin") as never)).toEqual(MACRO);
    const types = (await out.zip.bytesOf(out.zip.entry("[Content_Types].xml") as never)).toString();
    expect(types).toContain('ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
    expect(types).not.toContain("calcChain");
    const wb = (await out.zip.bytesOf(out.zip.entry("xl/workbook.xml") as never)).toString();
    expect(wb).toContain('<calcPr fullCalcOnLoad="1"/>');

    const sheetBefore = (await book.zip.bytesOf(book.zip.entry("xl/worksheets/sheet1.xml") as never)).toString();
    const sheetAfter = (await out.zip.bytesOf(out.zip.entry("xl/worksheets/sheet1.xml") as never)).toString();
    const tailOf = (x: string) => x.slice(x.indexOf("</sheetData>"));
    expect(tailOf(sheetAfter)).toBe(tailOf(sheetBefore)); // merges, formats, validations, comments link
    expect(sheetAfter).toContain('<c r="N7" t="inlineStr"><is><t xml:space="preserve">=HACK()</t></is></c>');
    expect(sheetAfter).toContain('<c r="Q9"><f>SUM(M5:M7)</f></c>');
    expect(sheetAfter).toContain('<c r="N8"><f>SUM(N5:N7)/3</f><v>0</v></c><c r="O8"><f>SUM(O5:O7)/3</f><v>0</v></c>');

    // Cell by cell: only the written cells differ (and N8/O8 keep their formulas, now written in full).
    expect(changedCells(book.grid, out.grid)).toEqual(["Renja!A3", "Renja!M6", "Renja!M8", "Renja!N7", "Renja!Q9"]);
    const s = out.grid.sheets[0];
    expect([s.values[7][12], s.formulas?.[7][12], s.values[6][13], s.formulas?.[6][13], s.formulas?.[8][16], s.values[2][0], s.numberFormats?.[5][12]]).toEqual([36_000_000, null, "=HACK()", null, "=SUM(M5:M7)", "No_x000D_ & <1>\u0001", "#,##0.00"]);
    expect([s.formulas?.[7][13], s.formulas?.[7][14]]).toEqual(["=SUM(N5:N7)/3", "=SUM(O5:O7)/3"]);
    // The new number format is one more cellXfs entry; the styles part keeps the rest.
    const styles = (await out.zip.bytesOf(out.zip.entry("xl/styles.xml") as never)).toString();
    expect(styles).toContain('<cellXfs count="3">');
    expect(styles).toContain('<xf numFmtId="4" applyNumberFormat="1" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>');
    expect(styles).not.toContain('formatCode="#,##0.00"'); // built in (id 4): no numFmt entry needed
  });

  test("text escapes round-trip", () => {
    expect(xmlText('a<b>&"_x000D_\u0001')).toBe("a&lt;b&gt;&amp;&quot;_x005F_x000D__x0001_");
  });
});

describe("--in-place", () => {
  function fresh(name: string, mode = 0o644): string {
    const f = path.join(dir, name);
    writeFileSync(f, readFileSync(SAMPLE));
    chmodSync(f, mode);
    return f;
  }
  async function inPlace(file: string) {
    const io = captureIo();
    const code = await validateFiles([file], { format: "json", inPlace: true }, io);
    return { code, err: io.err() };
  }

  test("refuses a read-only file: no backup, nothing written", async () => {
    const f = fresh("hanya-baca.xlsx", 0o444);
    const r = await inPlace(f);
    expect(r).toEqual({ code: 2, err: `renja: Berkas ${f} hanya-baca; perbaikan tidak ditulis dan berkas tidak diubah (ubah izinnya atau pakai --fix-out).\n` });
    expect(readFileSync(f).equals(readFileSync(SAMPLE))).toBe(true);
    expect(existsSync(backupPath(f))).toBe(false);
  });

  test("keeps a 0600 file 0600, and the backup is byte-exact", async () => {
    const f = fresh("rahasia.xlsx", 0o600);
    const r = await inPlace(f);
    expect(r.code).toBe(1);
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readFileSync(backupPath(f)).equals(readFileSync(SAMPLE))).toBe(true);
    expect(readFileSync(f).equals(readFileSync(SAMPLE))).toBe(false);
  });

  test("writes through a symlink to its target; the link stays a link", async () => {
    const target = fresh("sasaran.xlsx");
    const link = path.join(dir, "tautan-simbolik.xlsx");
    symlinkSync(target, link);
    const r = await inPlace(link);
    expect(r.code).toBe(1);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target).equals(readFileSync(SAMPLE))).toBe(false);
    expect(readFileSync(backupPath(link)).equals(readFileSync(SAMPLE))).toBe(true);
  });

  test("a hard-linked file is written in place, so every link sees the fix", async () => {
    const f = fresh("keras-a.xlsx");
    const other = path.join(dir, "keras-b.xlsx");
    linkSync(f, other);
    const ino = statSync(f).ino;
    const r = await inPlace(f);
    expect(r.code).toBe(1);
    expect(statSync(f).ino).toBe(ino);
    expect(readFileSync(other).equals(readFileSync(f))).toBe(true);
    expect(readFileSync(f).equals(readFileSync(SAMPLE))).toBe(false);
  });

  test("an .xlsm stays a valid .xlsm, with its backup next to it", async () => {
    const f = path.join(dir, "buku-makro.xlsm");
    writeFileSync(f, richXlsm());
    const book = await readXlsxBook(f);
    const result = validateWorkbook(book.grid);
    result.plan.cells.push({ sheet: "Renja", cell: "M8", value: 36_000_000 });
    const { changes, backup } = await writeFixesInPlace(book, result);
    expect(changes).toBeGreaterThan(0);
    expect(backup).toBe(path.join(dir, "buku-makro.bak.xlsm"));
    const z = openZip(readFileSync(f), f, LIMITS);
    expect(await z.bytesOf(z.entry("xl/vbaProject.bin") as never)).toEqual(MACRO);
    expect((await readXlsxBook(f)).grid.sheets[0].values[7][12]).toBe(36_000_000);
  });
});

describe("a patched workbook opens in another spreadsheet (LibreOffice, where installed)", () => {
  const soffice = findSoffice();
  test("the written formula computes, the text stays text, the shared formula's other cells still compute", async () => {
    if (!soffice) {
      if (process.env.CI === "true" && process.env.RENJA_LIBREOFFICE === "1") throw new Error("soffice (LibreOffice) is not on PATH");
      console.log("skipped: soffice (LibreOffice) not installed");
      return;
    }
    const src = path.join(dir, "untuk-lo.xlsm");
    writeFileSync(src, richXlsm());
    const book = await readXlsxBook(src);
    const { bytes } = await patchWorkbook(book, [
      { sheet: "Renja", cell: "M8", value: 1 },
      { sheet: "Renja", cell: "N7", value: "=HACK()" },
      { sheet: "Renja", cell: "Q9", value: composedFormula("=SUM(M5:M7)") },
      { sheet: "Renja", cell: "M6", value: 5_000_000, numberFormat: "#,##0.00" },
    ]);
    const patched = path.join(dir, "lo-masuk.xlsm");
    writeFileSync(patched, bytes);
    const [converted] = recalcWithLibreOffice(soffice, [patched], path.join(dir, "lo-keluar"));
    const s = (await readXlsxBook(converted)).grid.sheets[0];
    expect([s.values[8][16], s.formulas?.[8][16]]).toEqual([29_000_000, "=SUM(M5:M7)"]);
    expect([s.values[6][13], s.formulas?.[6][13]]).toEqual(["=HACK()", null]);
    expect([s.values[7][12], s.values[5][12], s.numberFormats?.[5][12]]).toEqual([1, 5_000_000, "#,##0.00"]);
    expect(s.formulas?.[7][13]).toBe("=SUM(N5:N7)/3");
  }, 120_000);
});

describe("cells and rows are inserted in order, whatever the sheet XML looks like", () => {
  test("new rows before, between and after; cells before, between and after; empty rows and an empty sheet; a namespace prefix", async () => {
    const NSX = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const a = `<?xml version="1.0"?><x:worksheet ${NSX}><x:sheetData><x:row r="2"/><x:row r="5" spans="2:4"><x:c r="B5"><x:v>1</x:v></x:c><x:c r="D5" s="0"><x:v>2</x:v></x:c></x:row><x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>tetap</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const b = worksheetXml("").replace("<sheetData></sheetData>", "<sheetData/>");
    const file = path.join(dir, "sisip.xlsx");
    writeFileSync(file, zip(workbookParts([{ name: "A", xml: a }, { name: "B", xml: b }])));
    const book = await readXlsxBook(file);
    const { bytes } = await patchWorkbook(book, [
      { sheet: "A", cell: "E5", value: 5 },
      { sheet: "A", cell: "A1", value: "satu" },
      { sheet: "A", cell: "C5", value: 3 },
      { sheet: "A", cell: "A5", value: 0 },
      { sheet: "A", cell: "A2", value: true },
      { sheet: "A", cell: "B6", value: 6 },
      { sheet: "A", cell: "A9", value: 9 },
      { sheet: "A", cell: "D5", value: null },
      { sheet: "B", cell: "B2", value: "dua" },
    ]);
    const out = await bookOf(bytes, "sisip-keluar.xlsx");
    const xmlA = (await out.zip.bytesOf(out.zip.entry("xl/worksheets/sheet1.xml") as never)).toString();
    expect(xmlA).toBe(
      `<?xml version="1.0"?><x:worksheet ${NSX}><x:sheetData>` +
        '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve">satu</x:t></x:is></x:c></x:row>' +
        '<x:row r="2"><x:c r="A2" t="b"><x:v>1</x:v></x:c></x:row>' +
        '<x:row r="5" spans="2:4"><x:c r="A5"><x:v>0</x:v></x:c><x:c r="B5"><x:v>1</x:v></x:c><x:c r="C5"><x:v>3</x:v></x:c><x:c r="D5" s="0"/><x:c r="E5"><x:v>5</x:v></x:c></x:row>' +
        '<x:row r="6"><x:c r="B6"><x:v>6</x:v></x:c></x:row>' +
        '<x:row r="7"><x:c r="A7" t="inlineStr"><x:is><x:t>tetap</x:t></x:is></x:c></x:row>' +
        '<x:row r="9"><x:c r="A9"><x:v>9</x:v></x:c></x:row>' +
        "</x:sheetData></x:worksheet>",
    );
    expect(out.grid.sheets[0].values).toEqual([["satu"], [true], [], [], [0, 1, 3, null, 5], [null, 6], ["tetap"], [], [9]]);
    expect(out.grid.sheets[1].values).toEqual([[], [null, "dua"]]);
  });
});

describe("a fixed text that wraps gets the row height it needs, and nothing else of the layout changes", () => {
  // Style 1 wraps, style 2 wraps in bold, style 0 does not wrap. Column B is 20 wide, C and D 10.
  const styles =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1"/></xf></cellXfs></styleSheet>';
  const long = "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik Perangkat Daerah Kabupaten";
  const sheetXml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetFormatPr defaultRowHeight="15"/><cols><col min="2" max="2" width="20" customWidth="1"/><col min="3" max="4" width="10" customWidth="1"/></cols><sheetData>' +
    '<row r="1" ht="15" customHeight="1"><c r="B1" s="1" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="2"><c r="B2" s="2" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="3" ht="15" customHeight="1"><c r="B3" s="0" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="4" ht="120" customHeight="1"><c r="B4" s="1" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="5" ht="15" customHeight="1"><c r="C5" s="1" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="6" ht="15" customHeight="1"><c r="C6" s="1" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="8" ht="15" customHeight="1"><c r="B8" s="1" t="inlineStr"><is><t>pendek</t></is></c></row>' +
    '<row r="9" ht="15" customHeight="1"><c r="B9" s="1"><v>1</v></c></row>' +
    '</sheetData><mergeCells count="2"><mergeCell ref="C5:D5"/><mergeCell ref="C6:C7"/></mergeCells></worksheet>';

  test("rows raised exactly as the estimate needs, listed with their cells; others left as the planner made them", async () => {
    const file = path.join(dir, "tinggi.xlsx");
    writeFileSync(file, zip(workbookParts([{ name: "Tabel 4.1", xml: sheetXml }], { styles })));
    const book = await readXlsxBook(file);
    const { bytes, taller } = await patchWorkbook(book, [
      { sheet: "Tabel 4.1", cell: "B1", value: long }, // wraps at 20: raised from 15
      { sheet: "Tabel 4.1", cell: "B2", value: long }, // bold, no height of its own: raised from the default
      { sheet: "Tabel 4.1", cell: "B3", value: long }, // does not wrap: runs on, height kept
      { sheet: "Tabel 4.1", cell: "B4", value: long }, // already tall enough
      { sheet: "Tabel 4.1", cell: "C5", value: long }, // merged over C:D (20 wide)
      { sheet: "Tabel 4.1", cell: "C6", value: long }, // merged over two rows: the planner's block, kept
      { sheet: "Tabel 4.1", cell: "B8", value: "2.02" }, // short: fits one line
      { sheet: "Tabel 4.1", cell: "B9", value: 123456 }, // a number never wraps
    ]);
    const h20 = textHeight(long, 20);
    expect(h20).toBe(textLines(long, 20) * 15);
    expect(textLines(long, 20)).toBeGreaterThan(3);
    expect(taller).toEqual([
      { sheet: "Tabel 4.1", row: 1, from: 15, to: h20, cell: "B1" },
      { sheet: "Tabel 4.1", row: 2, from: 15, to: textHeight(long, 20, { bold: true }), cell: "B2" },
      { sheet: "Tabel 4.1", row: 5, from: 15, to: h20, cell: "C5" },
    ]);
    const out = await bookOf(bytes, "tinggi-keluar.xlsx");
    const xml = (await out.zip.bytesOf(out.zip.entry("xl/worksheets/sheet1.xml") as never)).toString();
    const heads = [...xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]);
    expect(heads).toEqual([
      `<row r="1" ht="${h20}" customHeight="1">`,
      `<row r="2" ht="${textHeight(long, 20, { bold: true })}" customHeight="1">`,
      '<row r="3" ht="15" customHeight="1">',
      '<row r="4" ht="120" customHeight="1">',
      `<row r="5" ht="${h20}" customHeight="1">`,
      '<row r="6" ht="15" customHeight="1">',
      '<row r="8" ht="15" customHeight="1">',
      '<row r="9" ht="15" customHeight="1">',
    ]);
    expect(out.grid.sheets[0].values[0][1]).toBe(long);
  });

  test("the command line names each row it made taller", async () => {
    expect(tallerRowsText([])).toBeUndefined();
    expect(tallerRowsText([{ sheet: "Tabel 4.1", row: 12, from: 30, to: 52.5, cell: "G12" }])).toBe("1 baris dibuat lebih tinggi agar teks perbaikannya terlihat utuh: Tabel 4.1!G12 (baris 12: 30 → 52,5 pt)");
  });
});
