// "Kolom yang dikenali" in the task pane: the user's column roles kept in the workbook's settings (saved like
// Office saves them), read back by a reopened workbook and handed to the engine over the in-memory Excel host.
import { createMemoryExcel } from "../src/excel/memory";
import { ABAIKAN_LABEL, ROLE_LABELS } from "../src/renja/column-roles";
import { validateWorkbook, type TableSummary } from "../src/renja/engine";
import type { WorkbookGrid } from "../src/renja/grid";
import { COLUMN_MAP_SETTING, columnRows, loadColumnMap, ROLE_OPTIONS, rowRoleText, saveColumnChoice } from "../src/taskpane/column-map-service";
import { createExcelPort, runValidation } from "../src/taskpane/services";
import { memorySettings } from "../src/taskpane/settings-port";

/** A planner's own sheet whose money column is headed "Jumlah": not read as pagu until the user says so. */
const PLANNER: WorkbookGrid = {
  sheets: [
    {
      name: "Rencana",
      origin: { row: 0, col: 0 },
      values: [
        ["Kode", "Program/Kegiatan/Sub Kegiatan", "Jumlah", "Penjelasan"],
        ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 300000000, null],
        ["1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah", 250000000, null],
        ["1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 250000000, null],
      ],
    },
  ],
};

describe("the workbook's settings", () => {
  test("a choice is saved into the workbook: a reopened workbook has it, an unsaved one is lost", async () => {
    const settings = memorySettings();
    const map = await saveColumnChoice(settings, "Rencana", "C", "pagu");
    expect(map).toEqual([{ sheet: "Rencana", column: "C", role: "pagu" }]);
    expect(JSON.parse(settings.saved)).toEqual({ [COLUMN_MAP_SETTING]: [{ sheet: "Rencana", column: "C", role: "pagu" }] });
    const reopened = settings.reopen();
    expect(loadColumnMap(reopened)).toEqual(map);
    // Set without save: the document's copy does not change.
    settings.set(COLUMN_MAP_SETTING, []);
    expect(loadColumnMap(settings.reopen())).toEqual(map);
  });

  test("one entry per column: a new choice replaces the old, 'otomatis' removes it, the last one removes the key", async () => {
    const settings = memorySettings();
    await saveColumnChoice(settings, "Rencana", "C", "pagu");
    await saveColumnChoice(settings, "Rencana", "D", "keterangan");
    expect(await saveColumnChoice(settings, "Rencana", "C", "abaikan")).toEqual([
      { sheet: "Rencana", column: "D", role: "keterangan" },
      { sheet: "Rencana", column: "C", role: "abaikan" },
    ]);
    await saveColumnChoice(settings, "Rencana", "C", "otomatis");
    expect(await saveColumnChoice(settings, "Rencana", "D", "otomatis")).toEqual([]);
    expect(settings.saved).toBe("{}");
  });

  test("a damaged or foreign value in the settings counts as no map", () => {
    for (const v of ["teks", { F: "pagu" }, [{ sheet: "Rencana", column: "C", role: "uang" }], [{ sheet: "Rencana", column: "C9", role: "pagu" }]]) {
      const settings = memorySettings({ saved: JSON.stringify({ [COLUMN_MAP_SETTING]: v }) });
      expect(loadColumnMap(settings)).toEqual([]);
    }
  });
});

describe("Kolom yang dikenali over the memory host", () => {
  test("the user's choice is used on the next validation: the sheet becomes a table and its totals are checked", async () => {
    const host = createMemoryExcel(PLANNER);
    const port = createExcelPort(host.run, host.isSetSupported);
    const settings = memorySettings();
    const before = await runValidation(port, undefined, (wb) => validateWorkbook(wb, { columnMap: loadColumnMap(settings) }));
    expect(before.result.summary.tables).toEqual([]);

    await saveColumnChoice(settings, "Rencana", "C", "pagu");
    // The next validation, as a reopened workbook would run it.
    const map = loadColumnMap(settings.reopen());
    const after = await runValidation(port, undefined, (wb) => validateWorkbook(wb, { columnMap: map }));
    expect(after.result.summary.tables.map((t) => [t.sheet, t.kind])).toEqual([["Rencana", "T4.1"]]);
    expect(after.result.findings.filter((f) => f.rule === "pagu.jumlah-tidak-sesuai").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["Rencana!C2"]);
    const rows = columnRows(after.result.summary.tables[0], map);
    expect(rows.map((r) => [r.column, r.role, r.chosen ?? null])).toEqual([
      ["A", "kode", null],
      ["B", "nama", null],
      ["C", "pagu", "pagu"],
      ["D", undefined, null],
    ]);
    expect(rows.map(rowRoleText)).toEqual([ROLE_LABELS.kode, ROLE_LABELS.nama, ROLE_LABELS.pagu, "(tidak dibaca)"]);
    // Validation reads the workbook and writes nothing to it.
    expect(host.snapshot({ valuesOnly: true }).sheets.map((s) => s.name)).toEqual(["Rencana"]);
  });

  test("rows come left to right: a kode over several columns is one row each, 'abaikan' leaves a column unread", () => {
    const table = {
      sheet: "Tabel 4.1",
      kind: "T4.1",
      range: "A4:S94",
      rows: 0,
      programs: 0,
      kegiatan: 0,
      subkegiatan: 0,
      columns: {
        mappedBy: "nomor",
        roles: [
          { role: "pagu", columns: ["M"], header: "Pagu Indikatif (Rp.)" },
          { role: "kode", columns: ["B", "C", "D", "E", "F"], header: "Kode" },
          { role: "keterangan", columns: ["S"], header: "Keterangan" },
        ],
        unmapped: [{ column: "AA", header: "Catatan Bappeda" }],
      },
    } as unknown as TableSummary;
    const rows = columnRows(table, [
      { sheet: "Tabel 4.1", column: "S", role: "abaikan" },
      { sheet: "Tabel 3.1", column: "M", role: "abaikan" },
    ]);
    expect(rows.map((r) => [r.column, r.header, r.role ?? null, r.chosen ?? null])).toEqual([
      ["B", "Kode", "kode", null],
      ["C", "Kode", "kode", null],
      ["D", "Kode", "kode", null],
      ["E", "Kode", "kode", null],
      ["F", "Kode", "kode", null],
      ["M", "Pagu Indikatif (Rp.)", "pagu", null],
      ["S", "Keterangan", null, "abaikan"],
      ["AA", "Catatan Bappeda", null, null],
    ]);
  });

  test("the dropdown offers 'otomatis', every role by its Indonesian label, and 'abaikan'", () => {
    expect(ROLE_OPTIONS[0]).toEqual({ value: "otomatis", label: "Otomatis (dari judul kolom)" });
    expect(ROLE_OPTIONS[ROLE_OPTIONS.length - 1]).toEqual({ value: "abaikan", label: ABAIKAN_LABEL });
    expect(ROLE_OPTIONS.slice(1, -1).map((o) => o.label)).toEqual(Object.values(ROLE_LABELS));
    expect(new Set(ROLE_OPTIONS.map((o) => o.label)).size).toBe(ROLE_OPTIONS.length);
  });
});
