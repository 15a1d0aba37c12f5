// Outputs never replace a file silently: not the input (however it is reached), not an existing file without
// --timpa, not a device; a folder that is missing gets a plain message and the report is still printed. Generated
// sheets take a free name; a workbook with odd content (a date-formatted 1e20, a sheet name over 31 characters) is
// copied, not refused, and no library warning reaches the planner.
// The sample's counts are with the built-in nomenclature list (the CLI default since issue 12): 54/210/21, and
// --fix-out writes 143 cells (131 + 7 official nama + 5 sub kegiatan segments settled by the list's nama).
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkOutput, OutputError, writeErrorMessage, writeOutput } from "../src/cli/output-path";
import { textReport } from "../src/cli/report";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWorkbook } from "../src/renja/engine";
import { freeSheetName } from "../src/renja/sheet-name";
import { parseProfileFields, parseProfileText } from "../src/renja/triwulan-profile";
import { cleanTable, SAMPLE } from "./fixtures/corpus";
import { rawXlsx, rowsXml, worksheetXml } from "./fixtures/raw-xlsx";
import { captureIo } from "./helpers/io";

const ROOT = path.resolve(__dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "renja-keluaran-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hash = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");

function renja(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "renja.js"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function copy(name: string): string {
  const f = path.join(dir, name);
  copyFileSync(SAMPLE, f);
  return f;
}

const KEEP = "sudah ada dan tidak ditimpa (tambahkan --timpa bila memang ingin menggantinya)";

describe("an existing output is kept unless --timpa", () => {
  test("template --out over a filled Renja: refused (2), the file unchanged; with --timpa replaced (0)", () => {
    const filled = copy("terisi.xlsx");
    const before = hash(filled);
    const r = renja("template", "--out", "terisi.xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`renja: Berkas keluaran terisi.xlsx ${KEEP}.\n`);
    expect(hash(filled)).toBe(before);
    const t = renja("template", "--out", "terisi.xlsx", "--timpa");
    expect(t.status).toBe(0);
    expect(hash(filled)).not.toBe(before);
    // No temporary file is left behind.
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("validate --fix-out over an existing file: refused (2) with the report still printed; --timpa writes it (1)", async () => {
    const input = copy("masukan.xlsx");
    const out = copy("ada.xlsx");
    const before = hash(out);
    let io = captureIo();
    expect(await validateFiles([input], { format: "text", fixOut: out }, io)).toBe(2);
    expect(io.err()).toBe(`renja: Berkas keluaran ${out} ${KEEP}.\n`);
    expect(io.out()).toContain("Ringkasan: 54 galat, 205 peringatan, 21 info.");
    expect(hash(out)).toBe(before);
    io = captureIo();
    expect(await validateFiles([input], { format: "text", fixOut: out, timpa: true }, io)).toBe(1);
    expect(io.err()).toMatch(/^renja: 130 perbaikan ditulis ke /);
    expect(hash(out)).not.toBe(before);
  });
});

test("through the command line: --fix-out over an existing file prints the report and exits 2; with --timpa 1", () => {
  copy("cli-masukan.xlsx");
  const out = copy("cli-ada.xlsx");
  const before = hash(out);
  const r = renja("validate", "cli-masukan.xlsx", "--fix-out", "cli-ada.xlsx");
  expect(r.status).toBe(2);
  expect(r.stderr).toBe(`renja: Berkas keluaran cli-ada.xlsx ${KEEP}.\n`);
  expect(r.stdout).toContain("Ringkasan: 54 galat, 205 peringatan, 21 info.");
  expect(hash(out)).toBe(before);
  const t = renja("validate", "cli-masukan.xlsx", "--fix-out", "cli-ada.xlsx", "--timpa", "--format", "json");
  expect(t.status).toBe(1);
  expect(t.stderr).toBe("renja: 130 perbaikan ditulis ke cli-ada.xlsx\n");
  expect((JSON.parse(t.stdout) as { summary: { errors: number } }).summary.errors).toBe(54);
  expect(hash(out)).not.toBe(before);
});

test("--fix-out never replaces the --nomenklatur list either", async () => {
  const input = copy("dengan-daftar.xlsx");
  const list = path.join(dir, "daftar.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Worksheet");
  ws.addRow(["JENIS PEMDA", "BIDANG", "PROGRAM", "KEGIATAN", "SUBKEGIATAN", "KINERJA", "INDIKATOR", "SATUAN"]);
  ws.addRow(["KABKOT", "1.06 URUSAN PEMERINTAHAN BIDANG SOSIAL", "1.06.01 PROGRAM PENUNJANG", "1.06.01.2.02 Administrasi Keuangan Perangkat Daerah", "1.06.01.2.02.0001 Penyediaan Gaji dan Tunjangan ASN", "Tersedianya Gaji", "Jumlah Orang", "Orang"]);
  await wb.xlsx.writeFile(list);
  const before = hash(list);
  const io = captureIo();
  expect(await validateFiles([input], { format: "json", nomenklatur: list, fixOut: list, timpa: true }, io)).toBe(2);
  expect(io.err()).toBe("renja: --fix-out tidak boleh sama dengan berkas masukan; berkas masukan tidak pernah ditimpa.\n");
  expect(hash(list)).toBe(before);
});

describe("the input is never the output, even with --timpa", () => {
  const cases: [string, (input: string) => string][] = [
    ["a symbolic link", (input) => {
      const l = path.join(dir, "tautan-simbolik.xlsx");
      symlinkSync(input, l);
      return l;
    }],
    ["a hard link", (input) => {
      const l = path.join(dir, "tautan-keras.xlsx");
      linkSync(input, l);
      return l;
    }],
  ];
  test.each(cases)("triwulan --out through %s: exit 2, input unchanged", (_name, link) => {
    const input = copy(`asli-${_name.length}.xlsx`);
    const before = hash(input);
    const out = link(input);
    for (const extra of [[], ["--timpa"]]) {
      const r = renja("triwulan", input, "--out", out, ...extra);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe("renja: --out tidak boleh sama dengan berkas masukan; berkas masukan tidak pernah ditimpa.\n");
    }
    expect(hash(input)).toBe(before);
  });
});

describe("an output that cannot be written", () => {
  test("a folder that does not exist: plain message, the report still printed, exit 2", () => {
    const input = copy("ke-folder.xlsx");
    const r = renja("validate", input, "--fix-out", path.join("tidak-ada", "hasil.xlsx"));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`renja: Berkas keluaran ${path.join("tidak-ada", "hasil.xlsx")} tidak dapat ditulis: folder tidak-ada tidak ada.\n`);
    expect(r.stdout).toContain("Ringkasan: 54 galat, 205 peringatan, 21 info.");
  });

  test("a folder as the output, or a device: refused with what it is", () => {
    mkdirSync(path.join(dir, "map.xlsx"));
    expect(() => checkOutput(path.join(dir, "map.xlsx"), { option: "--out", inputs: [], overwrite: true })).toThrow(new OutputError(`Berkas keluaran ${path.join(dir, "map.xlsx")} adalah sebuah folder; berikan nama berkas .xlsx.`));
    expect(() => checkOutput("/dev/null", { option: "--out", inputs: [], overwrite: true })).toThrow(new OutputError("Berkas keluaran /dev/null bukan berkas biasa; berikan nama berkas .xlsx."));
  });

  test.each([
    ["ENOENT", "tidak dapat ditulis: folder hasil tidak ada."],
    ["EACCES", "tidak dapat ditulis: tidak ada izin menulis di sana."],
    ["EISDIR", "adalah sebuah folder; berikan nama berkas .xlsx."],
    ["ENOSPC", "tidak dapat ditulis: ruang penyimpanan penuh."],
  ])("a write failing with %s: the Indonesian message; no file and no temporary file left", async (code, message) => {
    expect(writeErrorMessage("hasil/keluar.xlsx", Object.assign(new Error("x"), { code }))).toBe(`Berkas keluaran hasil/keluar.xlsx ${message}`);
    const out = path.join(dir, `gagal-${code}.xlsx`);
    const target = checkOutput(out, { option: "--out", inputs: [], overwrite: false });
    const failing = async (temp: string) => {
      writeFileSync(temp, "setengah");
      throw Object.assign(new Error(`${code}: simulated`), { code });
    };
    await expect(writeOutput(target, failing)).rejects.toThrow(new OutputError(writeErrorMessage(out, { code })));
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes(`gagal-${code}`))).toEqual([]);
  });
});

test("a file that appears between the check and the write is still not replaced without --timpa", async () => {
  const out = path.join(dir, "muncul.xlsx");
  const target = checkOutput(out, { option: "--out", inputs: [], overwrite: false });
  await expect(writeOutput(target, async (temp) => {
    writeFileSync(temp, "baru");
    writeFileSync(out, "milik orang lain");
  })).rejects.toThrow(new OutputError(`Berkas keluaran ${out} ${KEEP}.`));
  expect(readFileSync(out, "utf8")).toBe("milik orang lain");
  expect(readdirSync(dir).filter((f) => f.includes("muncul") && f.endsWith(".tmp"))).toEqual([]);
});

describe("triwulan on workbooks with odd content", () => {
  test('a sheet "TABEL 4.2 (OTOMATIS)" already there: the new one is "Tabel 4.2 (otomatis) 2"', async () => {
    const input = path.join(dir, "sudah-ada-42.xlsx");
    writeFileSync(input, rawXlsx([
      { name: "Tabel 4.1", xml: worksheetXml(rowsXml(cleanTable()), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>') },
      { name: "TABEL 4.2 (OTOMATIS)", xml: worksheetXml(rowsXml([["milik pengguna"]])) },
    ]));
    const r = renja("triwulan", input, "--out", "sudah-ada-42-keluar.xlsx");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Lembar "Tabel 4.2 (otomatis) 2" ditulis ke sudah-ada-42-keluar.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "sudah-ada-42-keluar.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tabel 4.1", "Tabel 4.2 (otomatis) 2", "TABEL 4.2 (OTOMATIS)"]);
    expect(wb.getWorksheet("TABEL 4.2 (OTOMATIS)")!.getCell("A1").value).toBe("milik pengguna");
  });

  test("a date-formatted 1e20 is copied as the number it is, not refused with 'Invalid time value'", async () => {
    const input = path.join(dir, "tanggal.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tabel 4.1");
    cleanTable().forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && typeof v !== "object") ws.getCell(r + 1, c + 1).value = v;
    }));
    ws.mergeCells("B3:F3");
    ws.getCell("R20").value = 1e20;
    ws.getCell("R20").numFmt = "dd/mm/yyyy";
    await wb.xlsx.writeFile(input);
    const r = renja("triwulan", input, "--out", "tanggal-keluar.xlsx");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const xml = readFileSync(path.join(dir, "tanggal-keluar.xlsx"));
    expect(xml.length).toBeGreaterThan(0);
    const grid = await readXlsxGrid(path.join(dir, "tanggal-keluar.xlsx"));
    // The reader keeps a number past 2^53 as the digits the file holds (never invented digits).
    expect(grid.sheets.find((s) => s.name === "Tabel 4.1")!.values[19][17]).toBe("100000000000000000000");
  });

  test("a sheet name over 31 characters: no English warning, the file validated and copied", () => {
    const long = "Rencana Kerja dan Pendanaan Perangkat Daerah 4.1";
    const input = path.join(dir, "nama-panjang.xlsx");
    writeFileSync(input, rawXlsx([{ name: long, xml: worksheetXml(rowsXml(cleanTable()), '<mergeCells count="1"><mergeCell ref="B3:F3"/></mergeCells>') }]));
    const v = renja("validate", input);
    expect(v.stderr).toBe("");
    expect(v.status).toBe(0);
    const t = renja("triwulan", input, "--out", "nama-panjang-keluar.xlsx");
    expect(t.stderr).toBe("");
    expect(t.stdout).not.toMatch(/exceeds|truncated|Worksheet/);
    expect(t.status).toBe(0);
  });
});

test("free sheet names ignore case and keep to 31 characters", () => {
  expect(freeSheetName("Tabel 4.2 (otomatis)", ["TABEL 4.2 (OTOMATIS)"])).toBe("Tabel 4.2 (otomatis) 2");
  expect(freeSheetName("Tabel 4.2 (otomatis)", ["Tabel 4.2 (otomatis)", "tabel 4.2 (otomatis) 2"])).toBe("Tabel 4.2 (otomatis) 3");
  expect(freeSheetName("x".repeat(40), ["x".repeat(31)])).toBe(`${"x".repeat(29)} 2`);
  expect(freeSheetName("Hasil Validasi", [])).toBe("Hasil Validasi");
});

test("one profile parser for the pane and the command line: the same forms read the same", () => {
  const forms: [string, number[]][] = [
    ["25%", [25, 25, 25, 25]],
    ["25", [25, 25, 25, 25]],
    ["25,25,25,25", [25, 25, 25, 25]],
    ["25;25;25;25", [25, 25, 25, 25]],
    ["25% 25% 25% 25%", [25, 25, 25, 25]],
    ["6;20,8;39,8;33,4", [6, 20.8, 39.8, 33.4]],
    ["6 / 20,8 / 39,8 / 33,4", [6, 20.8, 39.8, 33.4]],
    ["6,20.8,39.8,33.4", [6, 20.8, 39.8, 33.4]],
    ["6 %; 20,8 %; 39,8 %; 33,4 %", [6, 20.8, 39.8, 33.4]],
  ];
  for (const [text, profile] of forms) {
    expect(parseProfileText(text)).toEqual({ ok: true, profile });
    // The pane: the whole profile typed into one of its four fields.
    expect(parseProfileFields([text, "", "", ""])).toEqual({ ok: true, profile });
  }
  expect(parseProfileFields(["6", "20,8", "39,8 %", "33,4"])).toEqual({ ok: true, profile: [6, 20.8, 39.8, 33.4] });
  expect(parseProfileText("30%")).toEqual({ ok: false, message: "Jumlah persentase triwulan harus 100 %, bukan 120 %." });
  expect(parseProfileText("20,8")).toEqual({ ok: false, message: "Profil triwulan harus berisi 4 persentase, bukan 2." });
  expect(parseProfileText(" ")).toEqual({ ok: false, message: "Profil triwulan belum diisi." });
});

describe("the report on a terminal", () => {
  test("lines wrapped to the terminal width with a hanging indent; whole lines when not a terminal", async () => {
    const result = validateWorkbook(await readXlsxGrid(SAMPLE));
    const whole = textReport("contoh.xlsx", result);
    const wrapped = textReport("contoh.xlsx", result, { columns: 80 });
    expect(whole.split("\n").some((l) => l.length > 80)).toBe(true);
    const tooLong = wrapped.split("\n").filter((l) => l.length > 80 && / \S+ /.test(l.trim()));
    expect(tooLong).toEqual([]);
    // Same words, only the breaks differ.
    expect(wrapped.replace(/\s+/g, " ")).toBe(whole.replace(/\s+/g, " "));
    expect(wrapped).toMatch(/\n {25}\S/);
  });

  test("no progress bar when stderr is not a terminal, however many files", async () => {
    const io = captureIo();
    await validateFiles([SAMPLE, SAMPLE], { format: "json" }, io);
    expect(io.err()).toBe("");
  });
});
