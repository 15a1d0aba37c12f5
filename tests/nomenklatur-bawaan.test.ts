// The built-in nomenclature list (issue 12): its data, the unit catalogue drawn from it, the CLI and the pane
// using it by default, the findings it adds to the sample, and generated workbooks drawn from it.
import ExcelJS from "exceljs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { EXIT_USAGE, validateFiles } from "../src/cli/validate";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { validateWithFixPlan } from "../src/renja/fix-plan";
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { NOMENKLATUR_JSON } from "../src/renja/data/nomenklatur";
import type { NomenklaturData } from "../src/renja/nomenklatur-data";
import { canonicalSatuan, KNOWN_SATUAN, parseTarget, sameSatuan, suggestSatuan } from "../src/renja/satuan";
import { a1 } from "../src/renja/grid";
import type { NomenklaturEntry } from "../src/renja/nomenklatur";
import { cloneWorkbook, generateWorkbook, getCell, setCell, tableOf, type GeneratedWorkbook, type GenRow } from "./generator/renja-generator";
import type { GenNode } from "./generator/renja-model";
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
    // The CLI reports the engine's findings with their fixes planned as a whole (src/renja/fix-plan.ts).
    expect(without.findings).toEqual(validateWithFixPlan(await readXlsxGrid(SAMPLE)).result.findings.map((f) => JSON.parse(JSON.stringify(f)) as Finding));
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

  it("worker threads (several files) check against the built-in list too, or not at all with --tanpa-nomenklatur", async () => {
    const files = ["a", "b", "c", "d"].map((n) => path.join(dir, `sampel-${n}.xlsx`));
    for (const f of files) fs.copyFileSync(SAMPLE, f);
    const perFile = async (opts: { tanpaNomenklatur?: boolean }): Promise<number[]> => {
      const io = captureIo();
      await validateFiles(files, { format: "json", ...opts }, io);
      const findings = JSON.parse(io.out()).findings as (Finding & { file: string })[];
      return files.map((f) => findings.filter((x) => x.file === f && x.category === "nomenklatur").length);
    };
    const one = (await cli(SAMPLE)).findings.filter((f) => f.category === "nomenklatur").length;
    expect(one).toBeGreaterThan(0);
    expect(await perFile({})).toEqual([one, one, one, one]);
    expect(await perFile({ tanpaNomenklatur: true })).toEqual([0, 0, 0, 0]);
  });

  it("refuses --nomenklatur together with --tanpa-nomenklatur as a usage error (exit 64)", async () => {
    const io = captureIo();
    expect(await validateFiles([SAMPLE], { format: "json", nomenklatur: "daftar.xlsx", tanpaNomenklatur: true }, io)).toBe(EXIT_USAGE);
    expect(io.err()).toBe("renja: --nomenklatur dan --tanpa-nomenklatur tidak dapat dipakai bersama.\n");
  });
});

describe("generated workbooks drawn from the built-in list", () => {
  const index = builtinNomenklatur();
  const list = `Nomenklatur Kepmendagri (${LIST})`;
  const nomenklaturOf = (findings: Finding[]): Finding[] => findings.filter((f) => f.category === "nomenklatur");

  it.each([
    { seed: 21, subkegiatan: 60, tahun: 2027 },
    { seed: 22, subkegiatan: 400, programsPerBidang: 3, tahun: 2027 },
    { seed: 23, subkegiatan: 120, pageRows: [3, 6] as [number, number], tahun: 2027 },
  ])("a clean one raises no error, warning or nomenklatur finding (seed $seed)", (o) => {
    const gen = generateWorkbook({ ...o, nomenklatur: index });
    expect(gen.plan.subkegiatanCount).toBe(o.subkegiatan);
    const { findings } = validateWorkbook(gen.grid, { nomenklatur: index });
    expect(findings.filter((f) => f.severity !== "info" || f.category === "nomenklatur").map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`)).toEqual([]);
  });

  it("reports the Renja's year against the list's once, at the target header", () => {
    const gen = generateWorkbook({ seed: 24, subkegiatan: 20, tahun: 2025, nomenklatur: index });
    const t = tableOf(gen, "T4.1");
    const info = nomenklaturOf(validateWorkbook(gen.grid, { nomenklatur: index }).findings);
    expect(info.map((f) => [f.rule, f.severity, f.sheet, f.actual, f.expected])).toEqual([["nomenklatur.tahun-berbeda", "info", t?.sheet, 2025, 2027]]);
    // Off without a list.
    expect(nomenklaturOf(validateWorkbook(gen.grid).findings)).toEqual([]);
  });

  /** Planted problems on distinct sub kegiatan rows of Tabel 4.1, with the findings each must give. */
  function plantAll(gen: GeneratedWorkbook): Finding[] {
    const t = tableOf(gen, "T4.1");
    if (!t) throw new Error("no Tabel 4.1");
    const kodeCols = t.columns.kode ?? [];
    const namaCol = (t.columns.nama ?? [])[0];
    const targetCol = (t.columns.target ?? [])[0];
    const subs = t.rows.filter((r): r is GenRow & { node: GenNode } => r.kind === "subkegiatan" && r.node !== undefined && r.indikator === 0);
    const kodeOf = (n: GenNode): string => n.kode.filter((x) => x !== "").join(".");
    /** Writes a full kode over the row's kode cells (five segments, or the one column). */
    const writeKode = (row: GenRow, kode: string): void => {
      const p = kode.split(".");
      const segs = [p[0], p[1], p[2], `${p[3]}.${p[4]}`, p[5]];
      if (kodeCols.length === 1) setCell(gen, t.sheet, row.r, kodeCols[0], kode);
      else segs.forEach((seg, i) => setCell(gen, t.sheet, row.r, kodeCols[i], seg));
    };
    const [unknown, wrongNama, replaced, wrongUnit] = [subs[1], subs[4], subs[7], subs[10]];
    const expected: Finding[] = [];

    // 1. A sub kegiatan number the list does not have; the row's nama points at its real kode.
    const realKode = kodeOf(unknown.node);
    const fake = `${realKode.slice(0, -4)}9999`;
    writeKode(unknown, fake);
    expected.push({ rule: "nomenklatur.kode-tidak-ada", category: "nomenklatur", severity: "error", sheet: t.sheet, cell: a1(unknown.r, kodeCols[0]), message: `Kode ${fake} tidak ada dalam ${list}. Nama "${unknown.node.nama}" dalam daftar itu berkode ${realKode}.`, actual: fake, expected: realKode });

    // 2. A nama that is no sub kegiatan's: a warning whose fix is the official nama.
    const typed = "Penyusunan Rencana Karangan Tanpa Dasar Hukum";
    setCell(gen, t.sheet, wrongNama.r, namaCol, typed);
    const official = wrongNama.node.nama;
    const cell = a1(wrongNama.r, namaCol);
    expected.push({ rule: "nomenklatur.nama-berbeda", category: "nomenklatur", severity: "warning", sheet: t.sheet, cell, message: `Nama untuk kode ${kodeOf(wrongNama.node)} tidak sesuai dengan ${list}: tertulis "${typed}", seharusnya "${official}".`, expected: official, actual: typed, fix: { sheet: t.sheet, cell, value: official, label: "Ganti nama sesuai nomenklatur" } });

    // 3. The kode of a sub kegiatan the 2027 update replaced (a kabupaten/kota one), with its nama of then.
    const successor = [...index.entries()].find((e): e is NomenklaturEntry & { sebelumnya: { kode: string; nama: string }[] } => (e.jenisPemda ?? []).includes("KABKOT") && (e.sebelumnya ?? []).length === 1 && index.variants(e.sebelumnya?.[0].kode ?? "").length === 0);
    if (!successor) throw new Error("the list replaces no kabupaten/kota sub kegiatan");
    const old = successor.sebelumnya[0];
    writeKode(replaced, old.kode);
    setCell(gen, t.sheet, replaced.r, namaCol, old.nama);
    const successors = index.replacedBy(old.kode);
    expected.push({ rule: "nomenklatur.kode-tidak-ada", category: "nomenklatur", severity: "error", sheet: t.sheet, cell: a1(replaced.r, kodeCols[0]), message: `Kode ${old.kode} tidak ada dalam ${list}. Dalam daftar itu sub kegiatan ini telah dimutakhirkan menjadi ${successors.map((e) => `${e.kode} ${e.nama}`).join("; ")}.`, actual: old.kode, expected: successors.map((e) => e.kode).join("; ") });

    // 4. A target in a unit the list does not give the sub kegiatan.
    const entry = index.get(kodeOf(wrongUnit.node)) as NomenklaturEntry;
    const unit = entry.satuan.some((u) => /ekor/i.test(u)) ? "Galur" : "Ekor";
    const value = getCell(gen, t.sheet, wrongUnit.r, targetCol);
    const written = `${String(value).replace(/[^\d.,\s].*$/, "").trim() || "5"} ${unit}`;
    setCell(gen, t.sheet, wrongUnit.r, targetCol, written);
    expected.push({ rule: "nomenklatur.satuan-berbeda", category: "nomenklatur", severity: "warning", sheet: t.sheet, cell: a1(wrongUnit.r, targetCol), message: `Satuan "${unit}" pada target kode ${kodeOf(wrongUnit.node)} tidak sesuai dengan satuan dalam ${list}: ${entry.satuan.join(" atau ")}.`, expected: entry.satuan.join("; "), actual: unit });
    return expected;
  }

  it.each([31, 32, 33])("finds a planted unknown kode, wrong nama, replaced sub kegiatan and wrong satuan exactly (seed %i)", (seed) => {
    const gen = cloneWorkbook(generateWorkbook({ seed, subkegiatan: 40, tahun: 2027, nomenklatur: index }));
    const expected = plantAll(gen);
    const t = tableOf(gen, "T4.1");
    const found = nomenklaturOf(validateWorkbook(gen.grid, { nomenklatur: index }).findings).filter((f) => f.sheet === t?.sheet);
    expect(found).toEqual(expected);
  });

  it("the command line uses the list by default: clean exits 0, planted problems are reported", async () => {
    const clean = generateWorkbook({ seed: 41, subkegiatan: 40, tahun: 2027, nomenklatur: index });
    const cleanFile = path.join(dir, "bersih.xlsx");
    await writeWorkbookXlsx(clean.grid, cleanFile);
    const ok = await cli(cleanFile);
    expect(ok.findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(ok.code).toBe(0);

    const gen = cloneWorkbook(clean);
    const expected = plantAll(gen);
    const file = path.join(dir, "ditanam.xlsx");
    await writeWorkbookXlsx(gen.grid, file);
    const planted = await cli(file);
    const t = tableOf(gen, "T4.1");
    expect(nomenklaturOf(planted.findings).filter((f) => f.sheet === t?.sheet)).toEqual(expected);
    expect(planted.code).toBe(1);
    // --tanpa-nomenklatur: none of them.
    expect(nomenklaturOf((await cli(file, { tanpaNomenklatur: true })).findings)).toEqual([]);
  });
});

// --- the script against the Kemendagri export, when ../shared/reference is beside the project ---------------

describe("npm run nomenklatur against the export", () => {
  const EXPORT = path.resolve(__dirname, "../../shared/reference", LIST);
  const present = fs.existsSync(EXPORT);
  if (!present) {
    it("is skipped without ../shared/reference (and fails under CI)", () => {
      console.log(`skipped: ${EXPORT} not present`);
      expect(process.env.CI === "true" ? "the export is missing under CI" : "skipped").toBe("skipped");
    });
    return;
  }

  it("derives exactly the committed data file and unit catalogue", async () => {
    const { buildData, dataModule, satuanModule, SATUAN_TYPOS } = await import("../scripts/nomenklatur");
    const { nomenklaturSatuanCatalogue } = await import("../src/renja/satuan-catalogue");
    const data = await buildData(EXPORT);
    expect(data).toEqual(JSON.parse(NOMENKLATUR_JSON));
    const dataDir = path.resolve(__dirname, "../src/renja/data");
    expect(dataModule(data)).toBe(fs.readFileSync(path.join(dataDir, "nomenklatur.ts"), "utf8"));
    expect(satuanModule(data, nomenklaturSatuanCatalogue(data, SATUAN_TYPOS))).toBe(fs.readFileSync(path.join(dataDir, "satuan-nomenklatur.ts"), "utf8"));
  });
});
