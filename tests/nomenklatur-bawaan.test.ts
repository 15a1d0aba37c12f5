// The built-in nomenclature list (issue 12): its data, the unit catalogue drawn from it, the CLI and the pane
// using it by default, the findings it adds to the sample, and generated workbooks drawn from it.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { NOMENKLATUR_JSON } from "../src/renja/data/nomenklatur";
import type { NomenklaturData } from "../src/renja/nomenklatur-data";
import { canonicalSatuan, KNOWN_SATUAN, parseTarget, sameSatuan, suggestSatuan } from "../src/renja/satuan";
import { generateWorkbook } from "./generator/renja-generator";
import { writeWorkbookXlsx } from "./generator/write-xlsx";
import { captureIo } from "./helpers/io";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");
const LIST = "nomenklatur-subkegiatan-pemutakhiran-2027.xlsx";
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "renja-bawaan-"));

async function cli(file: string, opts: { tanpaNomenklatur?: boolean } = {}): Promise<{ code: number; findings: Finding[] }> {
  const io = captureIo();
  const code = await validateFiles([file], { format: "json", ...opts }, io);
  return { code, findings: JSON.parse(io.out()).findings as Finding[] };
}

describe("the built-in list", () => {
  const data = JSON.parse(NOMENKLATUR_JSON) as NomenklaturData;
  const index = builtinNomenklatur();

  it("names its source and update year, and holds every level from bidang to sub kegiatan", () => {
    expect({ judul: data.judul, sumber: data.sumber, tahun: data.tahun }).toEqual({ judul: "Nomenklatur Sub Kegiatan Kepmendagri, pemutakhiran 2027", sumber: LIST, tahun: 2027 });
    expect(index.name).toBe(LIST);
    expect(index.tahun).toBe(2027);
    const byLevel: Record<string, number> = {};
    for (const e of index.entries()) byLevel[e.level] = (byLevel[e.level] ?? 0) + 1;
    // Every row of the data is an entry; only the export's four levels occur.
    expect(Object.values(byLevel).reduce((a, b) => a + b, 0)).toBe(data.rows.length);
    expect(Object.keys(byLevel).sort()).toEqual(["bidang", "kegiatan", "program", "subkegiatan"]);
    expect(byLevel.subkegiatan).toBeGreaterThan(7000);
    expect(builtinNomenklatur()).toBe(index); // built once
  });

  it("resolves the sample's kode, the provinsi and kabupaten/kota variants and what the update replaced", () => {
    expect(index.get("1.06.01.2.02.0001")).toMatchObject({ nama: "Penyediaan Gaji dan Tunjangan ASN", indikator: ["Jumlah Orang yang Menerima Gaji dan Tunjangan ASN"], satuan: ["Orang/bulan"], jenisPemda: ["KABKOT"] });
    // Most frequent first: the list has more kabupaten/kota rows.
    expect(index.variants("1.06.01").map((e) => [e.nama, e.jenisPemda])).toEqual([
      ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA", ["KABKOT"]],
      ["PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI", ["PROV"]],
    ]);
    expect(index.get("1.02.02.1.02.0035")?.sebelumnya).toEqual([{ kode: "1.02.02.1.02.0013", nama: "Pengelolaan Pelayanan Kesehatan Orang dengan Masalah Kesehatan Jiwa (ODMK)" }]);
    expect(index.replacedBy("1.02.02.1.02.0013").map((e) => e.kode)).toEqual(["1.02.02.1.02.0035"]);
    expect(index.get("1.02.02.1.02.0013")).toBeUndefined();
  });
});

describe("the unit catalogue from the list", () => {
  const data = JSON.parse(NOMENKLATUR_JSON) as NomenklaturData;

  it("knows every satuan the list uses (its own misspellings as the unit they stand for)", () => {
    const unknown = data.satuan.flatMap((s) => s.split(/\s+\/\s+/)).filter((u) => canonicalSatuan(u) === undefined && suggestSatuan(u) === undefined);
    expect(unknown).toEqual([]);
    expect(suggestSatuan("Doumen")).toBe("Dokumen");
    expect(KNOWN_SATUAN).not.toContain("Doumen");
  });

  it("knows the units the hand list lacked, and spelling variants planners write", () => {
    for (const u of ["Konten", "Aplikasi", "Indeks", "Ekor", "Peta"]) expect(canonicalSatuan(u)).toBe(u);
    expect(canonicalSatuan("indeks")).toBe("Indeks");
    expect(canonicalSatuan("Orang / Bulan")).toBe("Orang/Bulan");
    expect(canonicalSatuan("orang/bulan")).toBe("Orang/Bulan");
    expect(canonicalSatuan("Dok")).toBe("Dokumen");
    expect(canonicalSatuan("Dok.")).toBe("Dokumen");
    expect(canonicalSatuan("Laporan / Dokumen")).toBe("Laporan/Dokumen");
    expect(sameSatuan("Ton/hari", "Ton / Hari")).toBe(true);
    expect(parseTarget("12 Konten")).toMatchObject({ value: 12, unit: "Konten", known: true });
  });
});

describe("the sample through the command line, with the built-in list by default", () => {
  const list = `Nomenklatur Kepmendagri (${LIST})`;

  it("adds exactly the sample's real nomenclature problems, and a year info", async () => {
    const withList = await cli(SAMPLE);
    const without = await cli(SAMPLE, { tanpaNomenklatur: true });
    expect(without.findings).toEqual(validateWorkbook(await readXlsxGrid(SAMPLE)).findings.map((f) => JSON.parse(JSON.stringify(f)) as Finding));
    expect(without.findings.filter((f) => f.category === "nomenklatur")).toEqual([]);
    const key = (f: Finding): string => JSON.stringify(f);
    const before = new Set(without.findings.map(key));
    const added = withList.findings.filter((f) => !before.has(key(f)));
    // The same cells as before, now with a fix: the list settles an ambiguous short sub kegiatan segment by nama.
    const settled = without.findings.filter((f) => !withList.findings.some((g) => key(g) === key(f)));
    expect(settled.map((f) => [f.rule, f.sheet, f.cell])).toEqual([
      ["kode.malformed", "Tabel 3.1", "F51"],
      ["kode.malformed", "Tabel 3.1", "F90"],
      ["kode.malformed", "Tabel 4.1", "F40"],
      ["kode.malformed", "Tabel 4.1", "F64"],
      ["kode.malformed", "Tabel 4.2", "F11"],
    ]);
    expect(added.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected ?? null, f.fix?.value ?? null])).toEqual([
      // "BIDANG URUSAN PEMERINTAHAN DAERAH" on the bidang row 1.06 (as in the PDF): not the bidang's nama.
      ["nomenklatur.nama-berbeda", "warning", "Tabel 3.1", "G10", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "URUSAN PEMERINTAHAN BIDANG SOSIAL"],
      // Units the list gives otherwise: Laporan (not Dokumen) for the LKjIP sub kegiatan, Orang/bulan for gaji …
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 3.1", "L18", "Laporan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 3.1", "L20", "Orang/bulan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 3.1", "L21", "Dokumen", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 3.1", "L22", "Laporan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 3.1", "L28", "Laporan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 3.1", "L30", "Paket", null],
      // "Barang Cetak" for "Barang Cetakan": a typo, tolerated as an info with the fix.
      ["nomenklatur.nama-berbeda", "info", "Tabel 3.1", "G41", "Penyediaan Barang Cetakan dan Penggandaan", "Penyediaan Barang Cetakan dan Penggandaan"],
      ["kode.malformed", "error", "Tabel 3.1", "F51", "0010", "0010"],
      // The nama of 2.09.0009 written under 2.09.0006: the kode may be the wrong one, so no nama fix.
      ["nomenklatur.nama-berbeda", "warning", "Tabel 3.1", "G63", "Pemeliharaan Peralatan dan Mesin Lainnya", null],
      // Sub kegiatan renumbered since 2024: the list names the kode of the same nama.
      ["nomenklatur.kode-tidak-ada", "error", "Tabel 3.1", "B71", "1.06.02.2.03.0012", null],
      ["kode.malformed", "error", "Tabel 3.1", "F90", "0010", "0010"],
      ["nomenklatur.kode-tidak-ada", "error", "Tabel 3.1", "B102", "1.06.05.2.02.0008", null],
      ["nomenklatur.kode-tidak-ada", "error", "Tabel 3.1", "B103", "1.06.05.2.02.0006", null],
      ["nomenklatur.tahun-berbeda", "info", "Tabel 4.1", "L5", 2027, null],
      ["nomenklatur.nama-berbeda", "warning", "Tabel 4.1", "G9", "URUSAN PEMERINTAHAN BIDANG SOSIAL", "URUSAN PEMERINTAHAN BIDANG SOSIAL"],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 4.1", "L12", "Laporan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 4.1", "L19", "Orang/bulan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 4.1", "L20", "Dokumen", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 4.1", "L21", "Laporan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 4.1", "L22", "Laporan", null],
      ["nomenklatur.satuan-berbeda", "warning", "Tabel 4.1", "L24", "Paket", null],
      // "Listrik/Penerangan" written twice in the PDF.
      ["nomenklatur.nama-berbeda", "warning", "Tabel 4.1", "G27", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor", "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor"],
      ["nomenklatur.nama-berbeda", "info", "Tabel 4.1", "G35", "Penyediaan Barang Cetakan dan Penggandaan", "Penyediaan Barang Cetakan dan Penggandaan"],
      ["nomenklatur.nama-berbeda", "info", "Tabel 4.1", "G39", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah"],
      ["kode.malformed", "error", "Tabel 4.1", "F40", "0010", "0010"],
      // Cut off in the PDF: "Sumber Daya" without "Air dan Listrik".
      ["nomenklatur.nama-berbeda", "warning", "Tabel 4.1", "G43", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik", "Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik"],
      ["nomenklatur.kode-tidak-ada", "error", "Tabel 4.1", "B50", "1.06.02.2.03.0012", null],
      ["kode.malformed", "error", "Tabel 4.1", "F64", "0010", "0010"],
      ["kode.malformed", "error", "Tabel 4.2", "F11", "0010", "0010"],
    ]);
    expect(added.find((f) => f.rule === "nomenklatur.tahun-berbeda")?.message).toBe(
      `Renja ini untuk tahun 2024, sedangkan daftar nomenklatur yang dipakai adalah pemutakhiran 2027 (${LIST}): kode dan nama yang berubah di antara kedua tahun itu dilaporkan menurut daftar tersebut.`,
    );
    expect(added.find((f) => f.cell === "B71")?.message).toBe(
      `Kode 1.06.02.2.03.0005 tidak ada dalam ${list}. Nama "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)" dalam daftar itu berkode 1.06.02.2.03.0012.`,
    );
    expect(withList.code).toBe(1);
  });

  it("refuses --nomenklatur together with --tanpa-nomenklatur", async () => {
    const io = captureIo();
    expect(await validateFiles([SAMPLE], { format: "json", nomenklatur: "daftar.xlsx", tanpaNomenklatur: true }, io)).toBe(2);
    expect(io.err()).toBe("renja: --nomenklatur dan --tanpa-nomenklatur tidak dapat dipakai bersama.\n");
  });
});
