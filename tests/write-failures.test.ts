// Writes ordered so that after any failure the workbook and Riwayat Perbaikan agree: a failure is injected at every
// round trip of a "Perbaiki semua", after every number of its operations (Excel does not roll a failed batch back).
// Afterwards every cell a fix reached has its record with the exact previous content, no record claims a fix that
// did not arrive, earlier records are kept, and restoring every record gives the original workbook back.
import { createMemoryExcel, type MemoryExcel } from "../src/excel/memory";
import { toUserMessage } from "../src/excel/errors";
import type { Fix } from "../src/renja/finding";
import { readRiwayat, RIWAYAT_SHEET } from "../src/renja/fixes";
import { SheetView, type WorkbookGrid } from "../src/renja/grid";
import { applyFixes, createExcelPort, restoreFixes } from "../src/taskpane/services";

function workbook(): WorkbookGrid {
  return {
    sheets: [
      {
        name: "Tabel 4.1",
        origin: { row: 0, col: 0 },
        values: [
          ["2.0 1", 5000, "-", null],
          ["x", 7, "001", 42],
        ],
        formulas: [
          [null, null, null, null],
          [null, "=A3*2", null, null],
        ],
        numberFormats: [
          ["@", "#,##0", "General", "General"],
          ["General", "0.00", "@", "#,##0"],
        ],
      },
      { name: "Tabel 2.1", origin: { row: 0, col: 0 }, values: [["=teks", 0.9]], numberFormats: [["General", "0%"]] },
    ],
  };
}

const FIXES: Fix[] = [
  { sheet: "Tabel 4.1", cell: "A1", value: "2.01", label: "Kode" },
  { sheet: "Tabel 4.1", cell: "B2", value: 12000, label: "Pagu" },
  { sheet: "Tabel 4.1", cell: "D1", value: "0001", label: "Isi" },
  { sheet: "Tabel 4.1", cell: "C2", value: 15, label: "Angka ke sel @" },
  { sheet: "Tabel 2.1", cell: "A1", value: "-", label: "Strip" },
  { sheet: "Tabel 2.1", cell: "B1", value: 0.95, label: "Capaian" },
];
const EARLIER: Fix = { sheet: "Tabel 4.1", cell: "D2", value: 43, label: "Perbaikan sebelumnya" };

/** The user's sheets as the adapter reads them (Riwayat aside). */
async function userCells(port: ReturnType<typeof createExcelPort>) {
  const wb = await port.read();
  return { wb, user: wb.sheets.filter((s) => s.name !== RIWAYAT_SHEET) };
}

async function setUp(): Promise<{ host: MemoryExcel; port: ReturnType<typeof createExcelPort>; wb: WorkbookGrid; original: WorkbookGrid["sheets"] }> {
  const host = createMemoryExcel(workbook(), { requirementSets: { ExcelApi: "1.7" } });
  const port = createExcelPort(host.run, host.isSetSupported);
  await applyFixes(port, await port.read(), [EARLIER], "2026-11-29 09:00");
  const { wb, user } = await userCells(port);
  return { host, port, wb, original: user };
}

function content(wb: WorkbookGrid, sheet: string, cell: string) {
  const view = new SheetView(wb.sheets.find((s) => s.name === sheet)!);
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const row = Number(m[2]) - 1;
  const col = m[1].charCodeAt(0) - 65;
  const v = view.value(row, col);
  return { value: v === "" ? null : v, formula: view.formula(row, col), numberFormat: view.numberFormat(row, col) };
}

test("a failure at any round trip and operation of Perbaiki semua leaves workbook and Riwayat in agreement", async () => {
  // How many round trips a clean run takes.
  const clean = await setUp();
  const start = clean.host.syncCount;
  await applyFixes(clean.port, clean.wb, FIXES, "2026-11-29 10:00");
  const trips = clean.host.syncCount - start;
  expect(trips).toBe(2);
  const ops = Array.from({ length: trips }, (_, k) => clean.host.opsInSync(start + k + 1) ?? 0);
  expect(ops[1]).toBeGreaterThan(10);

  let cases = 0;
  for (let trip = 1; trip <= trips; trip++) {
    for (let afterOps = 0; afterOps <= ops[trip - 1]; afterOps++) {
      const { host, port, wb, original } = await setUp();
      host.failSync(host.syncCount + trip, "InvalidOperationInCellEditMode", afterOps);
      const err = await applyFixes(port, wb, FIXES, "2026-11-29 10:00").then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(toUserMessage(err)).toBe("Selesaikan pengeditan sel terlebih dahulu (tekan Enter atau Esc), lalu coba lagi.");
      const { wb: after } = await userCells(port);
      const records = readRiwayat(after);
      // The earlier record is kept as it was.
      expect(records[0]).toMatchObject({ no: 1, cell: "D2", status: "diterapkan", after: 43 });
      for (const fix of FIXES) {
        const was = content({ sheets: original }, fix.sheet, fix.cell);
        const now = content(after, fix.sheet, fix.cell);
        const record = records.find((r) => r.no > 1 && r.sheet === fix.sheet && r.cell === fix.cell);
        // Reached: anything of the cell changed (its format may change before its value: a number into "@").
        const reached = JSON.stringify(now) !== JSON.stringify(was);
        if (reached) {
          expect(record).toBeDefined();
          expect(record!.status).toBe("diterapkan");
          expect({ value: record!.before.value === "" ? null : record!.before.value, formula: record!.before.formula, numberFormat: record!.before.numberFormat }).toEqual(was);
        } else {
          expect(record).toBeUndefined();
        }
      }
      // Every change can be undone: restoring every applied record gives the original cells back.
      await restoreFixes(port, after, records.filter((r) => r.status === "diterapkan").map((r) => r.no));
      const { user } = await userCells(port);
      // A restored formula's result is the calculation's business (the host has no calculation engine).
      const cellsOf = (sheets: WorkbookGrid["sheets"]) =>
        FIXES.concat(EARLIER).map((f) => {
          const c = content({ sheets }, f.sheet, f.cell);
          return c.formula ? { formula: c.formula, numberFormat: c.numberFormat } : c;
        });
      const originalBeforeEarlier = cellsOf(original).slice(0, FIXES.length);
      expect(cellsOf(user).slice(0, FIXES.length)).toEqual(originalBeforeEarlier);
      cases++;
    }
  }
  expect(cases).toBeGreaterThan(10);
});
