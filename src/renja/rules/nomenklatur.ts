// Nomenklatur checks against a Kepmendagri list (the built-in one, or the user's): every readable kode must be in
// it at its level, with the list's nama, and its target's satuan among the list's satuan for that kode; a sub
// kegiatan the list's update replaced is named with its successor. Where the Renja's year is not the list's
// update year, one info says so.
import { a1, cellText, type SheetView } from "../grid";
import { parseKodeParts, type Kode } from "../kode";
import { LEVEL_DEPTH, type ColumnRole, type TableRow } from "../model";
import { namaMatches, NAMA_SIMILAR, type NomenklaturEntry, type NomenklaturIndex } from "../nomenklatur";
import { sameSatuan } from "../satuan";
import { readTarget } from "./cells";
import type { TableRule, TableRuleContext } from "./context";
import type { WorkbookRule } from "./workbook-context";

/**
 * The kode to look up: the kode as read, with the kode module's unambiguous repairs applied. A kode with a
 * problem that has no safe repair is left to the kode rule. The kegiatan level digit is not held against a
 * kode here: the list itself is the judge of which digits exist.
 */
function lookupKode(row: TableRow): Kode | undefined {
  const k = row.kode ?? parseKodeParts(row.kodeParts.length > 0 ? row.kodeParts : [row.kodeText]); // parsed once by the levels pass
  if (k.level === null) return undefined;
  for (const p of k.problems) if (p.kind !== "level-digit" && p.fix === undefined) return undefined;
  return k;
}

export type JenisPemda = "PROV" | "KABKOT";

/** The variant whose nama is closest to the row's (the same one when any is the same). */
function closest(variants: NomenklaturEntry[], nama: string): { entry: NomenklaturEntry; same: boolean; similarity: number } {
  let best = { entry: variants[0], same: false, similarity: -1 };
  for (const entry of variants) {
    const m = namaMatches(nama, entry.nama);
    if (m.same) return { entry, ...m };
    if (m.similarity > best.similarity) best = { entry, ...m };
  }
  return best;
}

/**
 * The variants that apply to the agency: where its jenis pemda is known and the list lists the kode for it
 * ("X.XX.01 PROGRAM PENUNJANG … KABUPATEN/KOTA" for a kabupaten), only those; otherwise all of them.
 */
function ownVariants(variants: NomenklaturEntry[], pemda: JenisPemda | undefined): NomenklaturEntry[] {
  if (pemda === undefined || variants.length < 2) return variants;
  const own = variants.filter((e) => (e.jenisPemda ?? []).includes(pemda));
  return own.length > 0 ? own : variants;
}

const KABKOT_TITLE = /\b(?:kabupaten|kota|kab\.)\s/i;
const PROV_TITLE = /\bprovinsi\s/i;

/**
 * The agency's jenis pemda: from the title lines above the table ("Dinas Sosial Kabupaten Malang"), else from
 * the kegiatan level digit most of the table's kegiatan carry (1 provinsi, 2 kabupaten/kota, as the list uses
 * them). Undefined when neither says.
 */
function jenisPemdaOf(ctx: TableRuleContext): JenisPemda | undefined {
  const { view, table } = ctx;
  for (let r = Math.max(view.rowStart, table.headerTop - 6); r < table.headerTop; r++) {
    for (let c = view.colStart; c < Math.min(view.colEnd, view.colStart + 8); c++) {
      const t = cellText(view.value(r, c));
      if (t === "") continue;
      if (PROV_TITLE.test(t + " ")) return "PROV";
      if (KABKOT_TITLE.test(t + " ")) return "KABKOT";
    }
  }
  let prov = 0;
  let kabkot = 0;
  for (const row of table.rows) {
    const digit = row.kode ? row.kode.normalized[3]?.[0] : row.kodeText.split(".")[3]?.[0];
    if (digit === "1") prov++;
    else if (digit === "2") kabkot++;
  }
  return prov === kabkot ? undefined : prov > kabkot ? "PROV" : "KABKOT";
}

/** Alternatives in a list satuan: "Laporan / Dokumen" (spaced slash) is either; "Orang/Bulan" is one unit. */
function satuanAlternatives(satuan: string): string[] {
  const parts = satuan.split(/\s+\/\s+/).map((s) => s.trim()).filter((s) => s !== "");
  return parts.length > 1 ? [satuan, ...parts] : [satuan];
}

function satuanListed(unit: string, listed: string[]): boolean {
  return listed.some((s) => satuanAlternatives(s).some((a) => sameSatuan(unit, a)));
}

/**
 * The kode the list gives the row's nama at the same level within the same bidang, when exactly one: a kode
 * renumbered by an earlier update (1.06.02.2.03.0005 → 0012). Shared X.XX entries read as the row's bidang.
 * Only for levels below bidang (a bidang's nama says which bidang it is).
 */
function sameNamaElsewhere(index: NomenklaturIndex, kode: Kode, nama: string): string | undefined {
  if (nama === "" || kode.level === "urusan" || kode.level === "bidang") return undefined;
  const bidang = kode.normalized.slice(0, 2).join(".");
  const found = new Set<string>();
  for (const e of index.withNama(nama)) {
    if (e.level !== kode.level) continue;
    const concrete = e.kode.startsWith("X.XX.") ? `${bidang}${e.kode.slice(4)}` : e.kode;
    if (concrete.startsWith(bidang + ".")) found.add(concrete);
  }
  let candidates = [...found];
  // Provinsi and kabupaten/kota share many nama: prefer the row's own kegiatan level digit.
  const digit = kode.normalized[3]?.[0];
  if (candidates.length > 1 && digit) candidates = candidates.filter((k) => k.split(".")[3] === digit);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * The kode the list gives the row's nama at the same level in another bidang, when exactly one and none in the
 * row's own bidang: a program or kegiatan placed under the wrong bidang ("PROGRAM REHABILITASI SOSIAL" as
 * 1.05.04). Shared X.XX programs belong to every bidang and never count.
 */
function namaInOtherBidang(index: NomenklaturIndex, kode: Kode, nama: string): string | undefined {
  if (nama === "" || kode.level === "urusan" || kode.level === "bidang") return undefined;
  const bidang = kode.normalized.slice(0, 2).join(".");
  const found = new Set<string>();
  for (const e of index.withNama(nama)) {
    if (e.level !== kode.level) continue;
    if (e.kode.startsWith("X.XX.") || e.kode.startsWith(bidang + ".")) return undefined;
    found.add(e.kode);
  }
  let candidates = [...found];
  const digit = kode.normalized[3]?.[0];
  if (candidates.length > 1 && digit) candidates = candidates.filter((k) => k.split(".")[3] === digit);
  return candidates.length === 1 ? candidates[0] : undefined;
}

const LEVEL_NOUN: Record<string, string> = { program: "Program", kegiatan: "Kegiatan", subkegiatan: "Sub kegiatan" };
const PEMDA_NOUN: Record<JenisPemda, string> = { PROV: "pemerintah provinsi", KABKOT: "pemerintah kabupaten/kota" };

const TARGET_ROLES: Record<string, ColumnRole[]> = { "T2.3": ["rkpdTarget", "kebutuhanTarget"] };
const NAMA_ROLES: ColumnRole[] = ["nama", "rkpdNama", "kebutuhanNama"];

/** The column the row's nama was read from, when that one cell holds all of it (so a fix can replace it). */
function namaColumn(ctx: TableRuleContext, row: TableRow): number | undefined {
  for (const role of NAMA_ROLES) {
    const c = ctx.table.columns[role]?.[0];
    if (c !== undefined && cellText(ctx.view.value(row.r, c)) === row.nama) return c;
  }
  return undefined;
}

export const nomenklaturRule: TableRule = (ctx) => {
  const index = ctx.options.nomenklatur;
  const { table, view, findings } = ctx;
  const kodeCols = table.columns.kode;
  if (!index || !kodeCols || kodeCols.length === 0) return;
  const list = `Nomenklatur Kepmendagri (${ctx.options.nomenklaturName ?? index.name})`;
  const pemda = jenisPemdaOf(ctx);
  /** A program or kegiatan whose nama the list has under another bidang: one error instead of kode/nama ones. */
  const otherBidang = (row: TableRow, kode: Kode, cell: string): boolean => {
    const other = namaInOtherBidang(index, kode, row.nama);
    if (!other) return false;
    const bidang = kode.normalized.slice(0, 2).join(".");
    findings.add({
      rule: "nomenklatur.bidang-berbeda",
      category: "nomenklatur",
      severity: "error",
      sheet: table.sheet,
      cell,
      message: `${LEVEL_NOUN[kode.level ?? ""] ?? "Baris"} "${row.nama}" dalam ${list} berada di bidang urusan ${other.split(".").slice(0, 2).join(".")} dengan kode ${other}, bukan di bidang urusan ${bidang} (kode ${kode.text}).`,
      actual: kode.text,
      expected: other,
    });
    return true;
  };

  const targetRoles = TARGET_ROLES[table.kind] ?? ["target"];

  for (const row of table.rows) {
    if (!row.kodeText) continue;
    const kode = lookupKode(row);
    if (!kode || kode.level === null || !index.levels.has(kode.level)) continue;
    // A row whose nama names another level ("PROGRAM …" with a kegiatan kode): the kode rule reports the kode;
    // comparing the nama with the kegiatan's would propose replacing the right nama.
    if (row.level in LEVEL_DEPTH && row.level !== kode.level) continue;
    const kodeCell = a1(row.r, kodeCols[0]);
    const variants = index.variants(kode.text);

    if (variants.length === 0) {
      const successors = index.replacedBy(kode.text);
      const renumbered = successors.length === 0 ? sameNamaElsewhere(index, kode, row.nama) : undefined;
      if (successors.length === 0 && renumbered === undefined && otherBidang(row, kode, kodeCell)) continue;
      let hint = "";
      if (successors.length > 0) hint = ` Dalam daftar itu sub kegiatan ini telah dimutakhirkan menjadi ${successors.map((e) => `${e.kode} ${e.nama}`).join("; ")}.`;
      else if (renumbered) hint = ` Nama "${row.nama}" dalam daftar itu berkode ${renumbered}.`;
      const expected = successors.length > 0 ? successors.map((e) => e.kode).join("; ") : renumbered;
      findings.add({
        rule: "nomenklatur.kode-tidak-ada",
        category: "nomenklatur",
        severity: "error",
        sheet: table.sheet,
        cell: kodeCell,
        message: `Kode ${kode.text} tidak ada dalam ${list}.${hint}`,
        actual: kode.text,
        ...(expected !== undefined ? { expected } : {}),
      });
      continue;
    }

    const match = closest(ownVariants(variants, pemda), row.nama);
    const entry = match.entry;
    if (row.nama !== "" && !match.same) {
      // A typo ("Cetak" for "Cetakan") is tolerated: an info with the fix. A real difference is a warning whose
      // fix is the official nama, unless the written nama is another kode's in the list: then the kode may be
      // the wrong one, and no fix is proposed.
      const slight = match.similarity >= NAMA_SIMILAR;
      const elsewhere = slight ? undefined : sameNamaElsewhere(index, kode, row.nama);
      if (!slight && elsewhere === undefined && otherBidang(row, kode, kodeCell)) continue;
      const namaCol = namaColumn(ctx, row);
      const cell = namaCol !== undefined ? a1(row.r, namaCol) : kodeCell;
      const hint = elsewhere !== undefined && elsewhere !== kode.text ? ` Nama "${row.nama}" dalam daftar itu berkode ${elsewhere}: periksa kodenya.` : "";
      findings.add({
        rule: "nomenklatur.nama-berbeda",
        category: "nomenklatur",
        severity: slight ? "info" : "warning",
        sheet: table.sheet,
        cell,
        message: slight
          ? `Nama untuk kode ${kode.text} berbeda sedikit dari ${list}: tertulis "${row.nama}", seharusnya "${entry.nama}".`
          : `Nama untuk kode ${kode.text} tidak sesuai dengan ${list}: tertulis "${row.nama}", seharusnya "${entry.nama}".${hint}`,
        expected: entry.nama,
        actual: row.nama,
        ...(namaCol !== undefined && hint === "" ? { fix: { sheet: table.sheet, cell, value: entry.nama, label: "Ganti nama sesuai nomenklatur" } } : {}),
      });
    }

    // A kegiatan or sub kegiatan the list has only for the other jenis pemda (a provinsi's in a kabupaten's Renja).
    if (pemda !== undefined && (kode.level === "kegiatan" || kode.level === "subkegiatan") && variants.every((v) => v.jenisPemda !== undefined && !v.jenisPemda.includes(pemda))) {
      const other: JenisPemda = pemda === "PROV" ? "KABKOT" : "PROV";
      findings.add({
        rule: "nomenklatur.jenis-pemda",
        category: "nomenklatur",
        severity: "warning",
        sheet: table.sheet,
        cell: kodeCell,
        message: `${LEVEL_NOUN[kode.level]} ${kode.text} dalam ${list} hanya untuk ${PEMDA_NOUN[other]}, sedangkan Renja ini milik ${PEMDA_NOUN[pemda]}.`,
        actual: kode.text,
      });
    }

    if (entry.satuan.length === 0) continue;
    for (const role of targetRoles) {
      const c = table.columns[role]?.[0];
      if (c === undefined) continue;
      const target = readTarget(view, row.r, c);
      if (target.empty || target.unit === null || target.rawUnit === null) continue;
      // A misspelt unit ("Laporan n") is the satuan rule's finding; here it counts as the unit it suggests.
      if (satuanListed(target.unit, entry.satuan) || (target.suggestion !== undefined && satuanListed(target.suggestion, entry.satuan))) continue;
      findings.add({
        rule: "nomenklatur.satuan-berbeda",
        category: "nomenklatur",
        severity: "warning",
        sheet: table.sheet,
        cell: a1(row.r, c),
        message: `Satuan "${target.rawUnit}" pada target kode ${kode.text} tidak sesuai dengan satuan dalam ${list}: ${entry.satuan.join(" atau ")}.`,
        expected: entry.satuan.join("; "),
        actual: target.rawUnit,
      });
    }
  }
};

/**
 * Among candidate readings of an ambiguous kode segment (padCandidates("010", 4) → 0010, 0100), the one whose
 * nama in the list matches `nama`: the only exact match, else the only one "berbeda sedikit". Candidates are
 * full kode or segments to append to `parentKode`; the matching candidate is returned as given.
 */
export function resolveKodeByNama(index: NomenklaturIndex, parentKode: string, nama: string, candidates: string[]): string | undefined {
  const parent = parentKode.replace(/\s+/g, "");
  const scored = candidates.map((candidate) => {
    const c = candidate.replace(/\s+/g, "");
    const full = parent !== "" && !c.startsWith(parent + ".") ? `${parent}.${c}` : c;
    const variants = index.variants(full);
    return { candidate, ...(variants.length > 0 ? closest(variants, nama) : { same: false, similarity: 0 }) };
  });
  const same = scored.filter((s) => s.same);
  if (same.length > 0) return same.length === 1 ? same[0].candidate : undefined;
  const near = scored.filter((s) => s.similarity >= NAMA_SIMILAR);
  return near.length === 1 ? near[0].candidate : undefined;
}

/** Tables whose target column header names the plan year ("Target 2024"), in the order they are trusted. */
const YEAR_TABLES = ["T4.1", "T3.1", "T4.2"] as const;
const YEAR = /\b(20\d\d)\b/;
const TITLE_YEAR = /\btahun\s+(20\d\d)\b/i;

/** The Renja's plan year and the cell that says it: the target column's header, else a title line "… Tahun 2024". */
export function renjaTahun(tables: readonly { kind: string; sheet: string; headerTop: number; numberRow: number; columns: Partial<Record<ColumnRole, number[]>> }[], views: Map<string, SheetView>): { tahun: number; sheet: string; cell: string } | undefined {
  for (const kind of YEAR_TABLES) {
    for (const t of tables) {
      const view = views.get(t.sheet);
      if (t.kind !== kind || !view) continue;
      const col = t.columns.target?.[0];
      if (col !== undefined) {
        for (let r = t.headerTop; r < t.numberRow; r++) {
          const m = YEAR.exec(cellText(view.shown(r, col)));
          if (m) return { tahun: Number(m[1]), sheet: t.sheet, cell: a1(r, col) };
        }
      }
      for (let r = Math.max(view.rowStart, t.headerTop - 6); r < t.headerTop; r++) {
        for (let c = view.colStart; c < Math.min(view.colEnd, view.colStart + 8); c++) {
          const m = TITLE_YEAR.exec(cellText(view.value(r, c)));
          if (m) return { tahun: Number(m[1]), sheet: t.sheet, cell: a1(r, c) };
        }
      }
    }
  }
  return undefined;
}

/** One info where the Renja's year is not the update year of the list it is checked against. */
export const nomenklaturTahunRule: WorkbookRule = (ctx) => {
  const index = ctx.options.nomenklatur;
  if (!index || index.tahun === undefined) return;
  const renja = renjaTahun(ctx.tables, ctx.views);
  if (!renja || renja.tahun === index.tahun) return;
  const name = ctx.options.nomenklaturName ?? index.name;
  ctx.findings.add({
    rule: "nomenklatur.tahun-berbeda",
    category: "nomenklatur",
    severity: "info",
    sheet: renja.sheet,
    cell: renja.cell,
    message: `Renja ini untuk tahun ${renja.tahun}, sedangkan daftar nomenklatur yang dipakai adalah pemutakhiran ${index.tahun} (${name}): kode dan nama yang berubah di antara kedua tahun itu dilaporkan menurut daftar tersebut.`,
    expected: index.tahun,
    actual: renja.tahun,
  });
};
