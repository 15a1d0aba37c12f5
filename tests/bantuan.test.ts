// bantuan.html (the add-in's help page, the manifest's SupportUrl) covers every section of the pane and names the
// buttons and choices as the pane labels them: each name is checked against the pane's own sources.
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { SECTIONS } from "../src/taskpane/sections";
import { INSERT_FORMS } from "../src/taskpane/insert-service";
import { PROFILE_PRESETS } from "../src/taskpane/triwulan-service";

const ROOT = path.join(__dirname, "..");
const html = readFileSync(path.join(ROOT, "src", "taskpane", "bantuan.html"), "utf8");
const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
// What the pane shows comes from its components and the label modules they use.
const paneDirs = [path.join(ROOT, "src", "taskpane", "components"), path.join(ROOT, "src", "taskpane")];
const sources = [
  ...paneDirs.flatMap((d) => readdirSync(d).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(d, f))),
  path.join(ROOT, "src", "renja", "labels.ts"),
  path.join(ROOT, "src", "renja", "column-roles.ts"),
]
  .map((f) => readFileSync(f, "utf8"))
  .join("\n");

/** The names the help page gives in bold: buttons, switches, checkboxes, fields. */
const named = [...html.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1].replace(/\s+/g, " ").trim());

describe("bantuan.html", () => {
  test("has a heading per pane section, named as its tab", () => {
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    for (const s of SECTIONS) expect(headings).toContain(s.label);
  });

  test("every name it gives in bold is a label the pane shows (or the ribbon's group and tab)", () => {
    const outsidePane = new Set(["Beranda", "Renja"]);
    const missing = named.filter((n) => !outsidePane.has(n) && !sources.includes(n) && !SECTIONS.some((s) => s.label === n) && !n.startsWith('Tulis "Tabel 4.2'));
    expect(missing).toEqual([]);
    expect(named.length).toBeGreaterThan(30);
  });

  test("names the pane's buttons, including the ones it builds from data", () => {
    for (const b of ["Validasi Renja", "Perbaiki", "Perbaiki semua", "Tulis Hasil Validasi", "Hapus tanda", "Pulihkan", "Pulihkan semua", "Terapkan", "Tulis", "Batal", "Baca ulang", "Sisipkan", "Tambah", "Hapus", "Buat grafik", "Baca buku kerja", 'Tulis "Tabel 4.2 (otomatis)"']) {
      expect([b, named.includes(b)]).toEqual([b, true]);
    }
    for (const f of INSERT_FORMS) expect(text).toContain(f.label);
    for (const p of PROFILE_PRESETS) expect(text).toContain(p.label);
    expect(text).toContain("Kolom yang dikenali");
    expect(text).toContain("dipulihkan");
  });
});
