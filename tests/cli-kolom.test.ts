// --kolom and --kolom-file: the user's column roles, parsed strictly (an unknown role is a usage error naming
// the valid ones) and handed to the engine, which then reads the table as the user says.
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { columnMapOf, parseKolomOption } from "../src/cli/kolom";
import { EXIT_USAGE } from "../src/cli/exit-codes";
import { EXIT_FINDINGS, EXIT_UNREADABLE, validateFiles } from "../src/cli/validate";
import { COLUMN_ROLES } from "../src/renja/column-roles";
import { captureIo } from "./helpers/io";

let dir: string;
let planner: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "renja-kolom-"));
  // A planner's own sheet: its money column is headed "Jumlah", a word the reader does not take for pagu.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Rencana");
  ws.addRows([
    ["Kode", "Program/Kegiatan/Sub Kegiatan", "Jumlah", "Penjelasan"],
    ["1.06.01", "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", 300000000, ""],
    ["1.06.01.2.02", "Administrasi Keuangan Perangkat Daerah", 250000000, ""],
    ["1.06.01.2.02.0001", "Penyediaan Gaji dan Tunjangan ASN", 250000000, ""],
  ]);
  planner = join(dir, "rencana.xlsx");
  await wb.xlsx.writeFile(planner);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("--kolom parsing", () => {
  test("one sheet, several columns; a later sheet named in the same value", () => {
    expect(parseKolomOption("Tabel 4.1!F=pagu, g=SumberDana,'Tabel 3.1'!J=abaikan")).toEqual([
      { sheet: "Tabel 4.1", column: "F", role: "pagu" },
      { sheet: "Tabel 4.1", column: "G", role: "sumberDana" },
      { sheet: "Tabel 3.1", column: "J", role: "abaikan" },
    ]);
  });

  test("a sheet name holding '!' and '=' before the column", () => {
    expect(parseKolomOption("Rencana!2024=x!C=pagu")).toEqual([{ sheet: "Rencana!2024=x", column: "C", role: "pagu" }]);
  });

  test("an unknown role is refused with every valid role named", () => {
    expect(() => parseKolomOption("Tabel 4.1!F=anggaran")).toThrow(`--kolom: peran kolom "anggaran" tidak dikenal; pilihan: ${[...COLUMN_ROLES, "abaikan"].join(", ")}.`);
  });

  test.each([
    ["F=pagu", '--kolom: lembar untuk "F=pagu" tidak disebut (tulis mis. --kolom "Tabel 4.1!F=pagu,G=sumberDana").'],
    ["Tabel 4.1!F", '--kolom: "Tabel 4.1!F" tidak memuat "=" (tulis mis. --kolom "Tabel 4.1!F=pagu,G=sumberDana").'],
    ["Tabel 4.1!F1=pagu", '--kolom: "F1" bukan huruf kolom (tulis mis. --kolom "Tabel 4.1!F=pagu,G=sumberDana").'],
    ["Tabel 4.1!ZZZZ=pagu", '--kolom: "ZZZZ" bukan huruf kolom (tulis mis. --kolom "Tabel 4.1!F=pagu,G=sumberDana").'],
    [" , ", '--kolom: kosong (tulis mis. --kolom "Tabel 4.1!F=pagu,G=sumberDana").'],
  ])("%s is a usage error", (text, message) => {
    expect(() => parseKolomOption(text)).toThrow(message);
  });

  test("the file first, then each --kolom: a later word on a column wins", () => {
    const file = join(dir, "peta.json");
    writeFileSync(file, JSON.stringify([{ sheet: "Rencana", column: "c", role: "kebutuhanDana" }, { sheet: "Rencana", column: "D", role: "keterangan" }]));
    expect(columnMapOf(["Rencana!C=pagu"], file)).toEqual([
      { sheet: "Rencana", column: "D", role: "keterangan" },
      { sheet: "Rencana", column: "C", role: "pagu" },
    ]);
    expect(columnMapOf(undefined, undefined)).toBeUndefined();
  });
});

describe("--kolom on renja validate", () => {
  // (--kolom-file's problems are the file's: exit 2, as for any input that cannot be read.)
  test("without it the planner's sheet is no table; with C=pagu it is read and its totals checked", async () => {
    let io = captureIo();
    await validateFiles([planner], { format: "json" }, io);
    let report = JSON.parse(io.out()) as { findings: { rule: string; cell: string }[]; summary: { tables: { kind: string; columns?: { roles: { role: string; columns: string[]; override?: boolean }[] } }[] } };
    expect(report.summary.tables).toEqual([]);
    expect(report.findings.some((f) => f.rule.startsWith("pagu."))).toBe(false);

    io = captureIo();
    const code = await validateFiles([planner], { format: "json", kolom: ["Rencana!C=pagu,D=keterangan"] }, io);
    expect(io.err()).toBe("");
    report = JSON.parse(io.out()) as typeof report;
    expect(report.summary.tables.map((t) => t.kind)).toEqual(["T4.1"]);
    const roles = report.summary.tables[0].columns?.roles ?? [];
    expect(roles.filter((r) => r.override).map((r) => [r.role, r.columns])).toEqual([
      ["pagu", ["C"]],
      ["keterangan", ["D"]],
    ]);
    // The program's 300.000.000 is not the sum of its kegiatan (250.000.000): now checked, an error.
    expect(report.findings.filter((f) => f.rule === "pagu.jumlah-tidak-sesuai").map((f) => f.cell)).toEqual(["C2"]);
    expect(code).toBe(EXIT_FINDINGS);
  });

  test("--kolom-file: the same effect; a broken file or role is exit 2 with a plain message", async () => {
    const file = join(dir, "peta-pagu.json");
    writeFileSync(file, JSON.stringify([{ sheet: "Rencana", column: "C", role: "pagu" }]));
    let io = captureIo();
    await validateFiles([planner], { format: "json", kolomFile: file }, io);
    expect((JSON.parse(io.out()) as { summary: { tables: { kind: string }[] } }).summary.tables.map((t) => t.kind)).toEqual(["T4.1"]);

    const bad = join(dir, "peta-salah.json");
    writeFileSync(bad, JSON.stringify([{ sheet: "Rencana", column: "C", role: "uang" }]));
    io = captureIo();
    expect(await validateFiles([planner], { format: "json", kolomFile: bad }, io)).toBe(EXIT_UNREADABLE);
    expect(io.err()).toBe(`renja: --kolom-file: peran kolom "uang" tidak dikenal; pilihan: ${[...COLUMN_ROLES, "abaikan"].join(", ")}.\n`);
    expect(io.out()).toBe("");

    writeFileSync(bad, "{ bukan json");
    io = captureIo();
    expect(await validateFiles([planner], { format: "json", kolomFile: bad }, io)).toBe(EXIT_UNREADABLE);
    expect(io.err()).toBe(`renja: --kolom-file: ${bad} bukan JSON yang sah.\n`);

    io = captureIo();
    // A wrong --kolom is the command line's fault: a usage error (64), before any file is read.
    expect(await validateFiles([planner], { format: "json", kolom: ["Rencana!C=uang"] }, io)).toBe(EXIT_USAGE);
    expect(io.err()).toContain('renja: --kolom: peran kolom "uang" tidak dikenal; pilihan: no, kode, nama,');
  });
});
