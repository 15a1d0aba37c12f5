import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseRupiah } from "../src/renja/rupiah";

const ROOT = resolve(__dirname, "..");
const SEED = join(ROOT, "seeds", "renja-dinsos-malang-2024.xlsx");

function renja(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "renja.js"), ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function md5(path: string): string {
  return createHash("md5").update(readFileSync(path)).digest("hex");
}

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's number: the constant, or the cached result of its formula (ExcelJS's `value` drops a result of 0). */
function numberOf(cell: ExcelJS.Cell): number | null {
  const v = cell.value;
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "formula" in v) {
    const r = (cell as unknown as { result?: unknown }).result;
    return typeof r === "number" ? r : null;
  }
  return null;
}

/** Columns of the generated Tabel 4.2 (layout T4.2): pagu M, Rp per triwulan T, V, X, Z, kode B–F, nama G. */
const PAGU = 13;
const RP = [20, 22, 24, 26];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "renja-generate-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("renja triwulan", () => {
  test("writes Tabel 4.2 (otomatis) next to Tabel 4.1 of the sample, input untouched, sums exact", async () => {
    const input = join(dir, "renja.xlsx");
    copyFileSync(SEED, input);
    const before = md5(input);
    const out = join(dir, "renja-42.xlsx");
    const r = renja(["triwulan", input, "--out", out, "--profile", "6;20,8;39,8;33,4"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Tabel 4.1 ditemukan pada lembar "Tabel 4.1"');
    expect(r.stdout).toContain("profil 6 / 20,8 / 39,8 / 33,4 %");
    expect(md5(input)).toBe(before);

    const wb = await open(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.indexOf("Tabel 4.2 (otomatis)")).toBe(names.indexOf("Tabel 4.1") + 1);
    expect(names).toContain("Tabel 4.2"); // the workbook's own sheets are all kept
    const ws = wb.getWorksheet("Tabel 4.2 (otomatis)")!;
    expect(ws.getCell("A1").value).toBe("Tabel 4.2");
    expect(String(ws.getCell("A2").value)).toContain("Tahun 2024");

    let leaves = 0;
    let leafTotal = 0;
    let jumlah: number[] | undefined;
    ws.eachRow((row, n) => {
      if (n <= 8) return;
      const pagu = row.getCell(PAGU);
      const rp = RP.map((c) => numberOf(row.getCell(c)));
      if (typeof pagu.value === "number" && rp.every((v) => v !== null)) {
        leaves++;
        leafTotal += pagu.value;
        expect(rp.reduce<number>((s, v) => s + (v as number), 0)).toBe(pagu.value);
        expect(row.getCell(PAGU).numFmt).toBe("#,##0");
      }
      if (row.getCell(7).value === "JUMLAH") jumlah = [numberOf(pagu) as number, ...(rp as number[])];
    });
    // The sample's 37 sub kegiatan less the 9 whose kode, place or pagu is uncertain (named in tests/own-output.test.ts).
    expect(leaves).toBe(28);
    expect(jumlah).toBeDefined();
    const [total, ...quarters] = jumlah as number[];
    expect(total).toBe(leafTotal);
    expect(quarters.reduce((s, v) => s + v, 0)).toBe(total);
    // The report names the same total.
    const reported = /Jumlah pagu: Rp ([\d.]+)/.exec(r.stdout)?.[1];
    expect(parseRupiah(reported ?? "")).toEqual({ ok: true, value: total });
    // The sample's malformed pagu is reported, not guessed.
    expect(r.stdout).toMatch(/Catatan \(\d+\):/);
    expect(r.stdout).toContain("tidak terbaca sebagai rupiah");
  });

  test("--bulat 1000: every quarter a multiple of 1000 except the last one with a share", async () => {
    const input = join(dir, "bulat.xlsx");
    copyFileSync(SEED, input);
    const out = join(dir, "bulat-42.xlsx");
    const r = renja(["triwulan", input, "--out", out, "--bulat", "1.000"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("dibulatkan ke 1.000 rupiah");
    const ws = (await open(out)).getWorksheet("Tabel 4.2 (otomatis)")!;
    let checked = 0;
    ws.eachRow((row, n) => {
      const pagu = row.getCell(PAGU).value;
      if (n <= 8 || typeof pagu !== "number") return;
      const rp = RP.map((c) => row.getCell(c).value as number);
      expect(rp.reduce((s, v) => s + v, 0)).toBe(pagu);
      rp.slice(0, 3).forEach((v) => expect(v % 1000).toBe(0));
      expect(rp[3] % 1000).toBe(pagu % 1000);
      checked++;
    });
    expect(checked).toBe(28); // every sub kegiatan carried (37 less the 9 left out)
  });

  test("refuses to write over its input, an unreadable input, a bad profile", () => {
    const input = join(dir, "same.xlsx");
    copyFileSync(SEED, input);
    const before = md5(input);
    let r = renja(["triwulan", input, "--out", input], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--out tidak boleh sama dengan berkas masukan");
    expect(md5(input)).toBe(before);

    r = renja(["triwulan", "same.xlsx", "--out", "./same.xlsx"], dir);
    expect(r.status).toBe(2);

    const garbage = join(dir, "rusak.xlsx");
    writeFileSync(garbage, "bukan workbook");
    r = renja(["triwulan", garbage, "--out", join(dir, "x.xlsx")], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^renja: .*(tidak dapat dibaca|bukan|rusak)/i);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);

    r = renja(["triwulan", join(dir, "tidak-ada.xlsx"), "--out", join(dir, "x.xlsx")], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Berkas tidak ditemukan");

    // A wrong option value is a usage error (64), not an unreadable file (2).
    r = renja(["triwulan", input, "--out", join(dir, "x.xlsx"), "--profile", "50,50,10,0"], dir);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("Jumlah persentase triwulan harus 100 %, bukan 110 %");

    r = renja(["triwulan", input, "--out", join(dir, "x.xlsx"), "--profile", "25,25,lima,25"], dir);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain('"lima"');
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});

describe("renja template", () => {
  test("writes every layout and the list sheet; the tables are recognised; Tabel 4.1 of the template feeds triwulan", async () => {
    const out = join(dir, "templat.xlsx");
    // The sample's variant, by name (the default is the official form, tested below).
    const r = renja(["template", "--out", out, "--tahun", "2025", "--opd", "Dinas Sosial Kabupaten Malang", "--contoh", "--bentuk", "contoh-malang"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Templat Renja tahun 2025 (bentuk Contoh Renja Dinas Sosial Kab. Malang 2024)");
    const wb = await open(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tabel 2.1", "Tabel 2.2", "Tabel 2.3", "Tabel 2.4", "Tabel 3.1", "Tabel 4.1", "Tabel 4.2", "Daftar Pilihan"]);
    const t41 = wb.getWorksheet("Tabel 4.1")!;
    expect(t41.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    expect(t41.pageSetup.orientation).toBe("landscape");
    expect(t41.pageSetup.printTitlesRow).toBe("4:7");
    expect(t41.getCell("M8").numFmt).toBe("#,##0");
    expect(t41.getCell("B4").isMerged).toBe(true);
    const dv = (t41 as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    const list = Object.entries(dv).find(([address]) => address.startsWith("O8"));
    expect(list?.[1].type).toBe("list");
    expect(list?.[1].formulae[0]).toContain("Dana Transfer Umum-Dana Alokasi Umum");

    const v = renja(["validate", out, "--format", "json"], dir);
    const report = JSON.parse(v.stdout) as { summary: { files?: { tables: { kind: string }[] }[]; tables?: { kind: string }[] } };
    const kinds = JSON.stringify(report.summary);
    for (const k of ["T2.1", "T2.2", "T2.3", "T2.4", "T3.1", "T4.1", "T4.2"]) expect(kinds).toContain(`"${k}"`);

    const t42 = join(dir, "templat-42.xlsx");
    const g = renja(["triwulan", out, "--out", t42], dir);
    expect(g.status).toBe(0);
    // The template's example sub kegiatan: 5.928.818.262 + 798.036.588 + 15.000.000 + 250.000.000 + 420.000.000.
    expect(g.stdout).toContain("Jumlah pagu: Rp 7.411.854.850");
    expect(g.stdout).toContain("5 sub kegiatan dibagi per triwulan");
  });

  test("the default is the official Permendagri 86/2017 form: kode in one column, read back as written, feeds triwulan", async () => {
    const out = join(dir, "templat-resmi.xlsx");
    const r = renja(["template", "--out", out, "--tahun", "2025", "--opd", "Dinas Sosial Kabupaten Malang", "--contoh"], dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Templat Renja tahun 2025 (bentuk Permendagri 86/2017 (T-C.29 s.d. T-C.33))");
    const wb = await open(out);
    const t31 = wb.getWorksheet("Tabel 3.1")!;
    // Titles on rows 1–3, a blank row, the header block on rows 5–6, the column numbers on row 7.
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => t31.getCell(5, c).text)).toEqual([
      "Kode",
      "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan",
      "Indikator Kinerja Program/Kegiatan",
      "Rencana Tahun 2025",
      "Rencana Tahun 2025",
      "Rencana Tahun 2025",
      "Rencana Tahun 2025",
      "Catatan Penting",
      "Prakiraan Maju Rencana Tahun 2026",
      "Prakiraan Maju Rencana Tahun 2026",
    ]);
    expect([4, 5, 6, 7, 9, 10].map((c) => t31.getCell(6, c).text)).toEqual(["Lokasi", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif (Rp.)", "Sumber Dana", "Target Capaian Kinerja", "Kebutuhan Dana/Pagu Indikatif (Rp.)"]);
    expect(t31.getCell("A12").text).toBe("1.06.01.2.02.0001");
    expect(t31.getCell("F12").numFmt).toBe("#,##0");
    expect(t31.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });

    const v = renja(["validate", out, "--format", "json"], dir);
    const report = JSON.parse(v.stdout) as { summary: { errors: number; tables: { sheet: string; kind: string }[] } };
    expect(report.summary.tables.map((t) => [t.sheet, t.kind])).toEqual(["2.1", "2.2", "2.3", "2.4", "3.1", "4.1", "4.2"].map((k) => [`Tabel ${k}`, `T${k}`]));
    expect(report.summary.errors).toBe(0);

    const t42 = join(dir, "templat-resmi-42.xlsx");
    const g = renja(["triwulan", out, "--out", t42], dir);
    expect(g.stderr).toBe("");
    expect(g.status).toBe(0);
    expect(g.stdout).toContain("Jumlah pagu: Rp 7.411.854.850");
  });

  test("--bentuk names an unknown form: refused with the choices", () => {
    const r = renja(["template", "--out", join(dir, "x.xlsx"), "--bentuk", "sipd"], dir);
    expect(r.status).toBe(64);
    expect(r.stderr).toBe('renja: --bentuk: "sipd" bukan bentuk tabel yang dikenal (pilihan: permendagri = Permendagri 86/2017 (T-C.29 s.d. T-C.33); contoh-malang = Contoh Renja Dinas Sosial Kab. Malang 2024).\n');
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  test("--tabel picks tables; an unknown one is refused; triwulan needs a Tabel 4.1", async () => {
    const out = join(dir, "dua.xlsx");
    let r = renja(["template", "--out", out, "--tabel", "4.1,2.1", "--tahun", "2026"], dir);
    expect(r.status).toBe(0);
    expect((await open(out)).worksheets.map((w) => w.name)).toEqual(["Tabel 4.1", "Tabel 2.1", "Daftar Pilihan"]);
    // A workbook without Tabel 4.1 has nothing to spread per triwulan.
    const only24 = join(dir, "usulan.xlsx");
    expect(renja(["template", "--out", only24, "--tabel", "2.4", "--contoh"], dir).status).toBe(0);
    r = renja(["triwulan", only24, "--out", join(dir, "x.xlsx")], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Tabel 4.1 (Rencana Kerja dan Pendanaan) tidak ditemukan");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
    r = renja(["template", "--out", join(dir, "x.xlsx"), "--tabel", "5.1"], dir);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain('"5.1" bukan tabel Renja yang dikenal');
    r = renja(["template", "--out", join(dir, "x.xlsx"), "--tahun", "dua ribu"], dir);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("bukan tahun");
  });
});
