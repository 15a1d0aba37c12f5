// The row-height estimator and the sheet fit: lines of a wrapped text at a column width, the height they need,
// widths that keep numbers and words whole, merged areas counted together; and both writers (ExcelJS for the CLI,
// the Office adapter through the in-memory host) setting the same heights, widths and wrapping.
import ExcelJS from "exceljs";
import fc from "fast-check";
import { applySheetWrites } from "../src/cli/xlsx-write";
import { applyPlan, columnWidthPoints } from "../src/excel/apply";
import { createMemoryExcel } from "../src/excel/memory";
import { buildLayout, LAYOUT_KINDS, layoutGeometry } from "../src/renja/layouts";
import { plannedPicture, shortRows } from "./helpers/row-cover";
import type { SheetWrite } from "../src/renja/plan";
import { composedFormula } from "../src/renja/plan";
import { DEFAULT_ROW_HEIGHT, heightForLines, lineHeight, longestWord, MAX_ROW_HEIGHT, textHeight, textLines, textWidth, widthForText } from "../src/renja/row-height";
import { fitSheet, fittedSheet, shownText, unwrappedAreas, wrapping } from "../src/renja/sheet-fit";

/** Column units a digit takes (a unit is 7 px, "0" is 7.43 px at Calibri 11). */
const DIGIT = 7.43 / 7;
const SPACE = 0.45 * DIGIT;

describe("textWidth and textLines", () => {
  test("digits, spaces and letters are measured with Calibri's widths", () => {
    expect(textWidth("0000")).toBeCloseTo(4 * DIGIT, 6);
    expect(textWidth(" ")).toBeCloseTo(SPACE, 6);
    expect(textWidth("iiii")).toBeLessThan(textWidth("MMMM") / 3);
    expect(textWidth("AAAA")).toBeCloseTo(4 * 1.14 * DIGIT, 6);
    expect(textWidth("AAAA", { bold: true })).toBeCloseTo(4 * 1.2 * DIGIT, 6);
    expect(textWidth("0", { fontPt: 22 })).toBeCloseTo(2 * DIGIT, 6);
  });

  test("an empty text or one that fits is one line", () => {
    expect(textLines("", 10)).toBe(1);
    expect(textLines("0000", 10)).toBe(1);
  });

  test("words wrap at spaces: two four-digit words fit a width of 10 (9,75 units of room), the third does not", () => {
    // 2 × 4,245 + 0,478 = 8,97 ≤ 9,75; with the third word 13,7 > 9,75.
    expect(textLines("0000 0000", 10)).toBe(1);
    expect(textLines("0000 0000 0000", 10)).toBe(2);
    expect(textLines("0000 0000 0000 0000 0000", 10)).toBe(3);
  });

  test("explicit newlines start lines, blank lines included", () => {
    expect(textLines("a\nb\nc", 10)).toBe(3);
    expect(textLines("a\r\n\nb", 10)).toBe(3);
  });

  test("a hyphen between letters is a break: \"Umum-Dana\" wraps after the hyphen, \"-5\" does not", () => {
    // "Dana Transfer Umum-" is 18,9 units, "Dana Transfer Umum-Dana" 23,3: room 19,75 at a width of 20.
    expect(textLines("Dana Transfer Umum-Dana Alokasi Umum", 20)).toBe(2);
    expect(textLines("Dana Transfer UmumXDana Alokasi Umum", 20)).toBe(3);
    expect(textLines("00000000 -00000000000", 20)).toBe(2);
  });

  test("a word longer than the line is broken where it runs out", () => {
    // 30 digits = 31,84 units; 9,75 units a line → 4 lines.
    expect(textLines("0".repeat(30), 10)).toBe(4);
    expect(textLines(`00 ${"0".repeat(30)}`, 10)).toBe(5);
  });

  test("bold text can need a line more than regular", () => {
    const text = "AAAA AAAA"; // 10,16 units regular, 10,67 bold; room 10,25
    expect(textLines(text, 10.5)).toBe(1);
    expect(textLines(text, 10.5, { bold: true })).toBe(2);
  });

  test("heights: 15 pt a line at 11 pt, scaled with the font, never above Excel's 409 pt", () => {
    expect(lineHeight()).toBe(15);
    expect(heightForLines(1)).toBe(15);
    expect(heightForLines(3)).toBe(45);
    expect(heightForLines(2, 22)).toBe(60);
    expect(heightForLines(0)).toBe(15);
    expect(heightForLines(100)).toBe(MAX_ROW_HEIGHT);
    expect(textHeight("0000 0000 0000", 10)).toBe(30);
  });

  test("widthForText gives a width where the text is one line; longestWord picks what cannot wrap", () => {
    expect(widthForText("29.822.934.850")).toBe(Math.ceil((textWidth("29.822.934.850") + 0.25) * 4) / 4);
    expect(textLines("29.822.934.850", widthForText("29.822.934.850"))).toBe(1);
    expect(longestWord("Pagu Indikatif (Rp.)")).toBe("Indikatif");
  });

  const text = fc.array(fc.constantFrom("Kode", "Program", "sub", "kegiatan", "0", "Pagu", "(Rp.)", "\n", "Penyelenggaraan", "i", "WWW"), { maxLength: 40 }).map((ws) => ws.join(" "));

  test("property: more width never needs more lines; a text is at least its newline count plus one", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 80 }), fc.integer({ min: 1, max: 40 }), fc.boolean(), (t, w, more, bold) => {
        const style = { bold };
        expect(textLines(t, w + more, style)).toBeLessThanOrEqual(textLines(t, w, style));
        expect(textLines(t, w, style)).toBeGreaterThanOrEqual(t.split("\n").length);
      }),
    );
  });

  test("property: a line without newlines is one line at its own width, and its lines cover its width", () => {
    fc.assert(
      fc.property(text.map((t) => t.replace(/\n/g, " ")), fc.integer({ min: 3, max: 60 }), (t, w) => {
        expect(textLines(t, widthForText(t))).toBe(1);
        // The lines together hold the whole text: lines × room ≥ its width less the spaces broken on.
        const words = t.split(" ").length;
        expect(textLines(t, w) * (w - 0.25)).toBeGreaterThanOrEqual(textWidth(t) - words * SPACE);
      }),
    );
  });
});

function sheet(partial: Partial<SheetWrite> & Pick<SheetWrite, "rows">): SheetWrite {
  return { sheet: "Uji", replace: true, start: "A1", ...partial };
}

describe("fitSheet", () => {
  test("a long message wraps in its column: its row is as tall as its lines", () => {
    const message = "Pagu sub kegiatan tidak sama dengan jumlah rincian belanjanya pada Tabel 4.1 dan Tabel 3.1 tahun rencana";
    const sw = sheet({ rows: [["No", "Pesan"], [1, message]], columnWidths: [6, 30], boldRows: [1] });
    const fit = fitSheet(sw);
    expect(fit.columnWidths).toEqual([6, 30]);
    expect(fit.rowHeights).toEqual([null, textLines(message, 30) * 15]);
    expect(textLines(message, 30)).toBe(4);
  });

  test("a number is never wrapped: its column widens to show it whole in its format", () => {
    const sw = sheet({ rows: [["Pagu", 29822934850, 0.852]], numberFormats: [[null, "#,##0", "0.00%"]], columnWidths: [10, 8, 4] });
    expect(shownText(sw, 0, 1)).toBe("29.822.934.850");
    expect(shownText(sw, 0, 2)).toBe("85,20%");
    const fit = fitSheet(sw);
    expect(fit.columnWidths).toEqual([10, widthForText("29.822.934.850"), widthForText("85,20%")]);
    expect(fit.rowHeights).toEqual([null]);
  });

  test("a formula shows its known result, a link its text", () => {
    const sw = sheet({
      rows: [[composedFormula("=SUM(B2:B3)"), composedFormula(`=HYPERLINK("#'Tabel 4.1'!E13","Tabel 4.1!E13")`), composedFormula("=A1*2")]],
      results: [[1250000, null, null]],
      numberFormats: [["#,##0", null, null]],
    });
    expect([0, 1, 2].map((j) => shownText(sw, 0, j))).toEqual(["1.250.000", "Tabel 4.1!E13", ""]);
  });

  test("a word longer than its column widens it (up to 60), and a wrapped text's row fits at the new width", () => {
    const sw = sheet({ rows: [["Penanggungjawab kegiatan", "x"], ["0".repeat(100), "y"]], columnWidths: [8] });
    const fit = fitSheet(sw);
    expect(fit.columnWidths[0]).toBe(60);
    expect(fit.columnWidths[1]).toBe(8.43);
    expect(fit.rowHeights).toEqual([textLines("Penanggungjawab kegiatan", 60) > 1 ? 30 : null, textLines("0".repeat(100), 60) * 15]);
    expect(fit.rowHeights[1]).toBe(30);
  });

  test("a title or note alone in the first column runs on unwrapped; in a merge it wraps over the merged width", () => {
    const note = "Tabel 4.2 di atas tidak memuat 2 sub kegiatan karena pagunya pada Tabel 4.1 tidak terbaca; jumlahnya tanpa baris berikut:";
    const sw = sheet({ rows: [[note, null, null], [note, null, null], ["a", "b", note]], merges: ["A2:C2"], columnWidths: [10, 10, 10] });
    const wraps = wrapping(sw);
    expect([wraps(0, 0), wraps(1, 0), wraps(2, 0), wraps(2, 2)]).toEqual([false, true, true, true]);
    expect(unwrappedAreas(sw)).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 0 }]);
    const fit = fitSheet(sw);
    expect(fit.rowHeights).toEqual([null, textLines(note, 30) * 15, textLines(note, 10) * 15]);
  });

  test("a header merged over three rows shares out what it needs; rows it already has count", () => {
    const text = "Realisasi Capaian Renja Perangkat Daerah Tahun 2023 sampai dengan triwulan terakhir";
    const sw = sheet({
      rows: [[text, "Rencana Tahun 2025"], [null, "Target"], [null, "Pagu Indikatif"]],
      merges: ["A1:A3"],
      columnWidths: [10, 30],
      headerRows: [1, 2, 3],
    });
    const lines = textLines(text, 10, { bold: true });
    expect(lines).toBe(11);
    const fit = fitSheet(sw);
    const h = fit.rowHeights.map((x) => x ?? DEFAULT_ROW_HEIGHT);
    expect(h.reduce((s, x) => s + x, 0)).toBeGreaterThanOrEqual(lines * 15);
    expect(h).toEqual([55, 55, 55]);
  });

  test("a column of data for the add-in never wraps, widens or heightens", () => {
    const data = JSON.stringify({ before: { value: "2.0 2", formula: null, numberFormat: "@" }, after: "2.02" });
    const sw = sheet({ rows: [["No", "Data pemulihan"], [1, data]], columnWidths: [6, 30], unwrappedColumns: [1] });
    expect(wrapping(sw)(1, 1)).toBe(false);
    expect(fitSheet(sw)).toEqual({ columnWidths: [6, 30], rowHeights: [null, null] });
    expect(unwrappedAreas(sw)).toEqual([{ r1: 0, c1: 1, r2: 1, c2: 1 }]);
    // Wrapped, the JSON (long words) would widen its column to show its longest word whole.
    expect(fitSheet({ ...sw, unwrappedColumns: undefined }).columnWidths[1]).toBe(widthForText(longestWord(data)));
  });

  test("a plan's own heights are kept", () => {
    const sw = sheet({ rows: [["x".repeat(200)]], rowHeights: [20] });
    expect(fittedSheet(sw)).toBe(sw);
  });

  test("every wrapped text of the standard layouts (both forms, empty and with examples) is covered by its rows", () => {
    const checked: string[] = [];
    for (const bentuk of ["permendagri", "contoh-malang"] as const) {
      for (const kind of LAYOUT_KINDS) {
        for (const exampleRows of [false, true]) {
          const p = plannedPicture(buildLayout(kind, { tahun: 2025, opd: "Dinas Sosial Kabupaten Malang", exampleRows, bentuk }));
          expect(shortRows(p)).toEqual([]);
          checked.push(`${bentuk} ${kind}${exampleRows ? " contoh" : ""}: ${p.cells.length}`);
        }
      }
    }
    // Headers and titles at least: no layout is checked on nothing.
    expect(checked.filter((c) => Number(c.split(": ")[1]) < 5)).toEqual([]);
  });

  test("the check itself finds a row left at the default height under a long text", () => {
    const sw = sheet({ rows: [["No", "Pesan"], [1, "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh"]], columnWidths: [6, 12] });
    const p = plannedPicture(sw);
    expect(shortRows(p)).toEqual([]);
    p.heights.delete(1);
    expect(shortRows(p)).toEqual([{ sheet: "Uji", cell: "R2C2", lines: textLines(shownText(sw, 1, 1), 12), need: textLines(shownText(sw, 1, 1), 12) * 15, have: 15 }]);
  });
});

describe("the writers set the same heights, widths and wrapping", () => {
  const plan = (): SheetWrite =>
    sheet({
      sheet: "Hasil Uji",
      rows: [
        ["Hasil Validasi Renja — contoh dengan judul yang panjang sekali sehingga melewati kolom pertama"],
        ["No", "Pesan yang ditulis panjang", "Pagu"],
        [1, "Kode kegiatan \"2.0 2\" terpisah spasi; seharusnya \"2.02\". Perbaiki pada Tabel 4.1 dan Tabel 3.1.", 29822934850],
        [2, "Singkat", 1000],
      ],
      numberFormats: [[null], [null, null, null], [null, null, "#,##0"], [null, null, "#,##0"]],
      columnWidths: [5, 24, 8],
      headerRows: [2],
    });

  test("ExcelJS: row heights, widths and wrapText as fitted", () => {
    const wb = new ExcelJS.Workbook();
    applySheetWrites(wb, [plan()]);
    const ws = wb.getWorksheet("Hasil Uji")!;
    const fit = fitSheet(plan());
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual(fit.columnWidths);
    expect(fit.columnWidths[2]).toBe(widthForText("29.822.934.850"));
    expect([1, 2, 3, 4].map((r) => ws.getRow(r).height ?? null)).toEqual(fit.rowHeights);
    expect(fit.rowHeights[2]).toBe(textLines(shownText(plan(), 2, 1), 24) * 15);
    expect(ws.getCell("A1").alignment?.wrapText).toBe(false);
    expect(ws.getCell("B3").alignment?.wrapText).toBe(true);
    expect(ws.getCell("B2").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
  });

  test("Office adapter (memory host): the same heights in points, widths converted to points, the title unwrapped", async () => {
    const host = createMemoryExcel({ sheets: [] }, { requirementSets: { ExcelApi: "1.7" } });
    await applyPlan(host.context, { cells: [], sheets: [plan()] }, { supports: host.isSetSupported });
    const s = host.sheet("Hasil Uji")!;
    const fit = fitSheet(plan());
    expect([0, 1, 2].map((c) => s.columnWidths.get(c))).toEqual(fit.columnWidths.map(columnWidthPoints));
    expect([0, 1, 2, 3].map((r) => s.rowHeights.get(r) ?? null)).toEqual(fit.rowHeights);
    expect(s.get(0, 0)?.wrapText).toBe(false);
    expect(s.get(2, 1)).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    expect(s.get(1, 1)).toMatchObject({ wrapText: true, horizontalAlignment: "Center" });
    expect(host.apiViolations).toEqual([]);
  });

  test("a template's empty data rows wrap what the planner types, in both writers", async () => {
    const layout = buildLayout("T4.1", { tahun: 2025, opd: "Dinas Sosial Kabupaten Malang", exampleRows: false, bentuk: "permendagri" });
    const geo = layoutGeometry("T4.1", "permendagri");
    const nama = geo.columns.nama as number;
    const empty = geo.dataStart + 20; // 0-based, well below the written rows
    expect(empty).toBeGreaterThanOrEqual(layout.rows.length);
    const wb = new ExcelJS.Workbook();
    applySheetWrites(wb, [layout]);
    expect(wb.getWorksheet(layout.sheet)!.getCell(empty + 1, nama + 1).alignment).toEqual({ vertical: "top", wrapText: true });
    const host = createMemoryExcel({ sheets: [] }, { requirementSets: { ExcelApi: "1.7" } });
    await applyPlan(host.context, { cells: [], sheets: [layout] }, { supports: host.isSetSupported });
    expect(host.sheet(layout.sheet)!.get(empty, nama)).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    // Below the data area nothing is formatted.
    expect(host.sheet(layout.sheet)!.get(geo.dataStart + 600, nama)).toBeUndefined();
  });

  test("Office adapter: a replaced sheet loses the heights of its former rows", async () => {
    const host = createMemoryExcel({ sheets: [] });
    await applyPlan(host.context, { cells: [], sheets: [plan()] }, { supports: host.isSetSupported });
    await applyPlan(host.context, { cells: [], sheets: [{ ...plan(), rows: [["No"], [1]] }] }, { supports: host.isSetSupported });
    expect([...host.sheet("Hasil Uji")!.rowHeights]).toEqual([]);
  });
});
