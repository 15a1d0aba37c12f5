// What the add-in writes passes its own checks: the templates (with and without examples), Tabel 4.2 generated from
// Tabel 4.1 (of the sample and of generated workbooks), Hasil Validasi and Riwayat Perbaikan. Validating the result
// gives no error or warning on the sheets it wrote, beyond the faults of the source rows it copies.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runTemplate } from "../src/cli/template";
import { runTriwulan } from "../src/cli/triwulan";
import { readXlsxGrid } from "../src/cli/xlsx-grid";
import { applyPlanToGrid } from "../src/renja/apply-grid";
import { validateWorkbook } from "../src/renja/engine";
import type { Finding } from "../src/renja/finding";
import { planAllFixes } from "../src/renja/fix-plan";
import { planFixes, RIWAYAT_SHEET } from "../src/renja/fixes";
import { SheetView, type WorkbookGrid } from "../src/renja/grid";
import { hasilValidasiSheet } from "../src/renja/hasil";
import { builtinNomenklatur } from "../src/renja/nomenklatur-bawaan";
import { buildLayout, buildListsSheet, LAYOUT_KINDS, sheetWritesToWorkbook } from "../src/renja/layouts";
import { generateTabel42, TABEL42_SHEET } from "../src/renja/triwulan";
import { previewTabel42, totalText } from "../src/taskpane/triwulan-service";
import { plant, PLANT_KINDS, type ExpectedFinding } from "./generator/plant";
import { Rng } from "./generator/prng";
import { cloneWorkbook, generateWorkbook, LAYOUT_FAMILIES, type GeneratedWorkbook, type GenOptions, type GenRow, type GenTable } from "./generator/renja-generator";
import type { GenNode } from "./generator/renja-model";
import { captureIo } from "./helpers/io";

const SAMPLE = path.resolve(__dirname, "../seeds/renja-dinsos-malang-2024.xlsx");
const dir = mkdtempSync(path.join(tmpdir(), "renja-own-output-"));

const serious = (findings: Finding[], sheets: string[]): string[] =>
  findings.filter((f) => f.severity !== "info" && sheets.includes(f.sheet)).map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);

describe("templates", () => {
  test.each([false, true])("the layouts (examples: %s) validate without errors or warnings", (exampleRows) => {
    const wb = sheetWritesToWorkbook([...LAYOUT_KINDS.map((k) => buildLayout(k, { tahun: 2025, opd: "Dinas Sosial", exampleRows })), buildListsSheet()]);
    const result = validateWorkbook(wb);
    expect(result.summary.tables.map((t) => t.kind)).toEqual([...LAYOUT_KINDS]);
    expect(serious(result.findings, wb.sheets.map((s) => s.name))).toEqual([]);
  });

  test.each([[[]], [["--contoh"]]])("renja template %j: the written .xlsx validates without errors or warnings, also against the built-in list (as the CLI checks it)", async (args) => {
    const out = path.join(dir, `template${args.length ? "-contoh" : ""}.xlsx`);
    expect(await runTemplate({ out, tahun: "2025", opd: "Dinas Sosial", contoh: args.length > 0 }, captureIo())).toBe(0);
    const wb = await readXlsxGrid(out);
    const sheets = wb.sheets.map((s) => s.name);
    expect(serious(validateWorkbook(wb).findings, sheets)).toEqual([]);
    expect(serious(validateWorkbook(wb, { nomenklatur: builtinNomenklatur() }).findings, sheets)).toEqual([]);
  });
});

describe("Tabel 4.2 (otomatis)", () => {
  function withTabel42(wb: WorkbookGrid): { wb: WorkbookGrid; findings: Finding[]; notes: Finding[]; leftOut: string[] } {
    const t41 = validateWorkbook(wb).tables.find((t) => t.kind === "T4.1")!;
    const g = generateTabel42(t41, new SheetView(wb.sheets.find((s) => s.name === t41.sheet)!), { tahun: 2025 });
    const out = applyPlanToGrid(wb, { cells: [], sheets: [g.write] });
    return { wb: out, findings: validateWorkbook(out).findings, notes: g.findings, leftOut: g.leftOutRows.map((o) => `${o.reason} ${o.row.r + 1}`) };
  }

  test.each([101, 202, 7, 10])("generated from a generated workbook (seed %i): no error or warning on it", (seed) => {
    const { findings, notes } = withTabel42(generateWorkbook({ seed }).grid);
    expect(notes).toEqual([]);
    expect(serious(findings, [TABEL42_SHEET])).toEqual([]);
  });

  // Planted faults in a generated Tabel 4.1 (every kind, every layout family, kode over 2–4 columns): the generated sheet still has no
  // error or warning, and exactly the rows a fault makes uncertain are left out, each with its reason.
  const FAMILY_SEEDS = [101, 202];
  const SOURCES: [string, Omit<GenOptions, "seed">][] = [...LAYOUT_FAMILIES.map((family): [string, Omit<GenOptions, "seed">] => [family, { family }]), ...[2, 3, 4].map((n): [string, Omit<GenOptions, "seed">] => [`kode in ${n} columns`, { kodeColumns: n }])];
  describe.each(SOURCES)("planted in a generated workbook (%s)", (family, options) => {
    test.each(PLANT_KINDS.map((k) => [k]))("%s: no error or warning on the generated sheet; exactly the uncertain rows left out", (kind) => {
      for (const seed of FAMILY_SEEDS) {
        const gen = cloneWorkbook(generateWorkbook({ seed, ...options }));
        const rng = new Rng(seed * 100 + PLANT_KINDS.indexOf(kind));
        const used = new Set<string>();
        const planted = [plant(gen, kind, rng, used), plant(gen, kind, rng, used)];
        const t41 = gen.tables.find((t) => t.kind === "T4.1")!;
        const { findings, leftOut } = withTabel42(gen.grid);
        expect({ family, seed, kind, serious: serious(findings, [TABEL42_SHEET]) }).toEqual({ family, seed, kind, serious: [] });
        expect({ family, seed, kind, leftOut }).toEqual({ family, seed, kind, leftOut: expectedLeftOut(gen, t41, planted) });
      }
    });
  });

  test("generated from the sample: corrected kode, parsed amounts, no error or warning; the rows left out are named with their reasons", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const { wb, findings, notes } = withTabel42(sample);
    const t42 = validateWorkbook(wb).tables.find((t) => t.sheet === TABEL42_SHEET)!;
    // Nothing on the sheet it wrote: split kode are joined, rows whose kode, place or pagu is uncertain left out.
    expect(serious(findings, [TABEL42_SHEET])).toEqual([]);
    expect(findings.filter((f) => f.sheet === TABEL42_SHEET).map((f) => `${f.rule} ${f.cell}`)).toEqual([]);
    const left = (kode: string, nama: string, level: string, why: string) => `${level} ${kode} "${nama}" tidak dimasukkan ke Tabel 4.2: ${why}.`;
    expect(notes.filter((n) => n.rule !== "triwulan.target-tidak-disalin").map((n) => n.message)).toEqual([
      "Pagu program pada Tabel 4.1 tertulis 6.822.934.850, sedangkan jumlah rinciannya 6.726.854.850; Tabel 4.2 memakai jumlah rinciannya.",
      left("1.06.01.2.07", "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah", "Kegiatan", "semua rinciannya tidak dimasukkan, sehingga jumlahnya tidak dapat dihitung"),
      left("1.06.01.2.07.01", "Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya", "Sub kegiatan", 'kodenya tidak dapat dipastikan: Kode sub kegiatan "01" hanya 2 digit; seharusnya 4 digit (kemungkinan: 0001, 0010, 0100)'),
      left("1.06.01.2.08.0002", "Penyediaan Jasa Komunikasi, Sumber Daya", "Sub kegiatan", 'pagunya pada Tabel 4.1 (Tabel 4.1!M43) "42.480.00" tidak terbaca sebagai rupiah (Kelompok angka "00" berisi 2 digit; pemisah ribuan "." harus memisahkan tiap 3 digit)'),
      left("1.06.02.2.03.0004", "Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota", "Sub kegiatan", "letaknya dalam hierarki tidak pasti: induk kodenya (1.06.02.2.03) tidak ada di atasnya pada Tabel 4.1"),
      left("1.06.02.2.03.0005", "Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)", "Sub kegiatan", "letaknya dalam hierarki tidak pasti: induk kodenya (1.06.02.2.03) tidak ada di atasnya pada Tabel 4.1"),
      left("1.06.04.2.01.01 0", "Pemberian Layanan Kedaruratan", "Sub kegiatan", 'kodenya tidak dapat dipastikan: Kode sub kegiatan "01 0" terpisah spasi dan setelah digabung ("010") hanya 3 digit; seharusnya 4 digit (kemungkinan: 0010, 0100)'),
      left("1.06.05", "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL", "Program", "semua rinciannya tidak dimasukkan, sehingga jumlahnya tidak dapat dihitung"),
      left("1.06.05.2.0", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Kegiatan", 'kodenya tidak dapat dipastikan: Kode kegiatan "2.0" terpotong; seharusnya berbentuk K.KK, misalnya 2.01'),
      left("1.06.05.2.0.00", "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota", "Sub kegiatan", "induknya (kegiatan 1.06.05.2.0) tidak dimasukkan"),
      left("1.06.05.2.0.00", "Fasilitasi Bantuan Sosial Kesejahteraan Keluarga", "Sub kegiatan", "induknya (kegiatan 1.06.05.2.0) tidak dimasukkan"),
      left("1.06.05.2.0.00", "Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat", "Sub kegiatan", "induknya (kegiatan 1.06.05.2.0) tidak dimasukkan"),
      left("1.06.06.2.0", "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota", "Kegiatan", 'kodenya tidak dapat dipastikan: Kode kegiatan "2.0" terpotong; seharusnya berbentuk K.KK, misalnya 2.01'),
      left("1.06.06.2.0.00", "Penyediaan Makanan", "Sub kegiatan", "induknya (kegiatan 1.06.06.2.0) tidak dimasukkan"),
    ]);
    // Rows whose satuan Tabel 4.1's own checks fault keep their money but not their targets (named the same way).
    expect(notes.filter((n) => n.rule === "triwulan.target-tidak-disalin").map((n) => n.message.replace(/^Target (\S+) .*$/s, "$1"))).toEqual([
      "1.06.01.2.02.0001", "1.06.01.2.06", "1.06.01.2.06.0001", "1.06.01.2.06.0002", "1.06.01.2.06.0004", "1.06.01.2.06.0005", "1.06.01.2.06.0006",
      "1.06.01.2.06.0008", "1.06.01.2.06.0009", "1.06.01.2.08", "1.06.01.2.08.0001", "1.06.04.2.01.0001", "1.06.04.2.01.0002", "1.06.04.2.02.0008",
      "1.06.06.2.02", "1.06.06.2.02.0001", "1.06.06.2.02.0002", "1.06.07.2.01.0002",
    ]);
    expect(t42.rows.some((r) => r.kode?.text === "1.06.01.2.08.0002" || r.kode?.text === "1.06.05")).toBe(false);
    // The corrected kode of a kegiatan typed "2.0" whose sub kegiatan agree on 1.06.06.2.02 is carried.
    expect(t42.rows.filter((r) => r.kode?.text.startsWith("1.06.06.2.02")).map((r) => r.kode?.text)).toEqual(["1.06.06.2.02", "1.06.06.2.02.0001", "1.06.06.2.02.0002"]);
  });

  test("the pane, with the validation's nomenclature list: the sheet it writes has no error or warning against that list", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const options = { nomenklatur: builtinNomenklatur() };
    const t41 = validateWorkbook(sample, options).tables.find((t) => t.kind === "T4.1")!;
    const preview = previewTabel42(sample, t41, { profile: [25, 25, 25, 25], tahun: 2024, nomenklatur: options });
    const wb = applyPlanToGrid(sample, { cells: [], sheets: [preview.result.write] });
    expect(serious(validateWorkbook(wb, options).findings, [TABEL42_SHEET])).toEqual([]);
    // The nama written as the list has them are said (info), each with the nama Tabel 4.1 has.
    expect(preview.result.findings.filter((f) => f.rule === "triwulan.nama-resmi").map((f) => `${f.cell} ${f.actual} → ${/: "(.*)"\.$/.exec(f.message)?.[1]}`)).toEqual([
      "G9 BIDANG URUSAN PEMERINTAHAN DAERAH → URUSAN PEMERINTAHAN BIDANG SOSIAL",
      "G22 Penyediaan Komponen Instalasi Listrik/Penerangan Listrik/Penerangan Bangunan Kantor → Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
    ]);
  });

  test("the pane's total names which total it used and never says sama when the numbers differ", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const t41 = validateWorkbook(sample).tables.find((t) => t.kind === "T4.1")!;
    const text = totalText(previewTabel42(sample, t41, { profile: [25, 25, 25, 25], tahun: 2024 }));
    expect(text).toBe(
      "Jumlah triwulan I–IV Rp 6.726.854.850 sama dengan pagu yang dibagi, yaitu jumlah pagu sub kegiatan Tabel 4.1 yang dimasukkan (dihitung): Rp 6.726.854.850. 13 baris Tabel 4.1 tidak dimasukkan (1 pagunya tidak terbaca, 4 kodenya tidak pasti, 2 letaknya tidak pasti, 4 induknya tidak dimasukkan, 2 semua rinciannya tidak dimasukkan; lihat catatan). Total tertulis di Tabel 4.1 Rp 29.822.934.000, berbeda Rp 23.096.079.150 dari pagu yang dibagi.",
    );
  });

  test("renja triwulan on the sample: the written file's generated sheet has no error or warning; the output says what the total leaves out", async () => {
    const out = path.join(dir, "sample-42.xlsx");
    const io = captureIo();
    expect(await runTriwulan(SAMPLE, { out }, io)).toBe(0);
    const wb = await readXlsxGrid(out);
    expect(serious(validateWorkbook(wb).findings, [TABEL42_SHEET])).toEqual([]);
    // Also as `renja validate` checks it by default, against the built-in list: its official nama are written and
    // targets whose satuan the list disagrees with are not copied.
    expect(serious(validateWorkbook(wb, { nomenklatur: builtinNomenklatur() }).findings, [TABEL42_SHEET])).toEqual([]);
    expect(io.out()).toContain("Jumlah pagu: Rp 6.726.854.850 (tanpa 13 baris Tabel 4.1 yang tidak dimasukkan: 1 pagunya tidak terbaca, 4 kodenya tidak pasti, 2 letaknya tidak pasti, 4 induknya tidak dimasukkan, 2 semua rinciannya tidak dimasukkan; lihat catatan)");
  });
});

/**
 * The rows of Tabel 4.1 the generator must leave out for these plants, as "reason row" (1-based), in row order,
 * worked out from what was planted (not from the engine): an unreadable sub kegiatan pagu or a #REF! there ("pagu"), a sub kegiatan
 * kode cut short or with an impossible level digit ("kode"), another kegiatan's level digit or a kode placed under
 * another kegiatan ("letak"), a kode written twice (both rows, "duplikat"); the indikator lines under a left-out row
 * ("induk"); a parent whose rows all went ("rincian").
 */
function expectedLeftOut(gen: GeneratedWorkbook, t41: GenTable, planted: ExpectedFinding[]): string[] {
  const out = new Map<GenRow, string>();
  const rowOfCell = (cell: string): GenRow => t41.rows.find((r) => r.r === Number(/\d+$/.exec(cell)![0]) - 1)!;
  const nodeRow = (n: GenNode): GenRow => t41.rows.find((r) => r.node === n && r.kind === n.level)!;
  const parentOf = (n: GenNode): GenNode | undefined => {
    for (const b of gen.plan.bidang) for (const p of b.programs) {
      if (p.children.includes(n)) return p;
      for (const k of p.children) if (k.children.includes(n)) return k;
    }
    return undefined;
  };
  for (const e of planted) {
    const at = e.at.find((a) => a.sheet === t41.sheet);
    if (!at) continue;
    const row = rowOfCell(at.cell);
    if (row.kind !== "subkegiatan") continue; // a kegiatan's kode or pagu is completed from its sub kegiatan
    if (e.kind.startsWith("angka-") || (e.kind === "struktur-ref" && e.note === "#REF! in pagu")) out.set(row, "pagu");
    else if (e.kind === "kode-short" || e.kind === "kode-truncated" || (e.kind === "kode-level-digit" && e.rule === "kode.level-digit")) out.set(row, "kode");
    else if (e.kind === "kode-level-digit" || e.kind === "kode-not-under-parent") out.set(row, "letak");
    else if (e.kind === "kode-duplicate") {
      const siblings = parentOf(row.node!)!.children;
      out.set(row, "duplikat");
      out.set(nodeRow(siblings[siblings.indexOf(row.node!) - 1]), "duplikat");
    }
  }
  for (const [row] of [...out]) for (const r of t41.rows) if (r.kind === "indikator" && r.node === row.node) out.set(r, "induk");
  // Bottom-up: a kegiatan whose sub kegiatan all went, then a program whose kegiatan all went.
  for (const level of ["kegiatan", "program"]) {
    for (const r of t41.rows) {
      if (r.kind !== level || !r.node || out.has(r) || r.node.children.length === 0) continue;
      if (r.node.children.every((c) => out.has(nodeRow(c)))) {
        out.set(r, "rincian");
        for (const x of t41.rows) if (x.kind === "indikator" && x.node === r.node) out.set(x, "induk");
      }
    }
  }
  return [...out].sort((a, b) => a[0].r - b[0].r).map(([r, why]) => `${why} ${r.r + 1}`);
}

describe("Hasil Validasi and Riwayat Perbaikan", () => {
  test("validating a workbook holding both finds nothing on them", async () => {
    const sample = await readXlsxGrid(SAMPLE);
    const result = validateWorkbook(sample);
    const plan = planAllFixes(result, sample, (g) => validateWorkbook(g));
    const fixed = applyPlanToGrid(sample, planFixes(sample, plan.fixes, "2024-05-01 10:00"));
    const hasil = hasilValidasiSheet(result, "2024-05-01 10:00");
    const wb = applyPlanToGrid(fixed, { cells: [], sheets: [hasil] });
    const again = validateWorkbook(wb);
    expect(again.findings.filter((f) => f.sheet === hasil.sheet || f.sheet === RIWAYAT_SHEET).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
  });
});

test("the sample's info findings are never phrased as a correction (no 'seharusnya')", async () => {
  const result = validateWorkbook(await readXlsxGrid(SAMPLE));
  expect(result.findings.filter((f) => f.severity === "info" && /seharusnya/i.test(f.message)).map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([]);
});
