// Column roles from what a header block says. Every row of the block is read; a merged cell's text applies to
// every column it covers, so a group header ("Rencana Tahun 2026", "Prakiraan Maju", "Triwulan II") qualifies the
// leaves under it. The column-number row, where there is one, is not part of the path.
import { cellText, SheetView } from "../grid";
import type { ColumnRole, IndicatorPair, TableKind } from "../model";
import { foldHeader, meaningOf, meaningOf21, meaningOf22, yearsIn, type HeaderMeaning } from "./vocabulary";

export interface HeaderColumn {
  col: number;
  /** The header path as shown, top to bottom, repeats of a vertical merge left out. */
  path: string[];
  /** The path joined for people: "Rencana Tahun 2026 / Pagu Indikatif (Rp.)". */
  text: string;
  meaning: HeaderMeaning;
}

export interface HeaderRoles {
  kind?: TableKind;
  columns: Partial<Record<ColumnRole, number[]>>;
  /** Every column with a header, mapped or not. */
  headers: HeaderColumn[];
  pairs: IndicatorPair[];
  moneyScale: Partial<Record<ColumnRole, number>>;
  planYear?: number;
}

/**
 * The plan year: the year of a "Rencana Tahun …" group, else the earliest year of the target and pagu headers
 * (n+1 comes after n). Years of realisasi, capaian and Renstra headers are other years.
 */
function planYearOf(paths: string[][]): number | undefined {
  let fromTargets: number | undefined;
  for (const p of paths) {
    for (const t of p) {
      if (/\b(maju|realisasi|renstra|capaian|prakiraan|perkiraan|s\/d)\b/i.test(t)) continue;
      const years = yearsIn(t);
      if (years.length === 0) continue;
      if (/\brencana\b/i.test(t)) return years[0];
      if (/\b(target|pagu|anggaran|kebutuhan|tahun|rp)\b/i.test(p.join(" "))) for (const y of years) fromTargets = fromTargets === undefined ? y : Math.min(fromTargets, y);
    }
  }
  return fromTargets;
}

/**
 * The header path of every column. Where merges are not known (Excel before ExcelApi 1.13, or a group header
 * centred across cells instead of merged), a group header sits in its first column only: an empty cell of a
 * group row takes the text on its left when both columns have leaves below, as the merged cell would show it.
 */
export function readHeaderColumns(view: SheetView, headerRows: number[]): { col: number; path: string[] }[] {
  const n = headerRows.length;
  const width = view.colEnd - view.colStart;
  const text: string[][] = headerRows.map((r) => {
    const line = new Array<string>(width);
    for (let k = 0; k < width; k++) line[k] = cellText(view.shown(r, view.colStart + k));
    return line;
  });
  const hasBelow = (i: number, k: number): boolean => {
    for (let j = i + 1; j < n; j++) if (text[j][k]) return true;
    return false;
  };
  for (let i = 0; i < n - 1; i++) {
    for (let k = 1; k < width; k++) {
      if (text[i][k] || !text[i][k - 1] || view.isMergedAway(headerRows[i], view.colStart + k)) continue;
      if (hasBelow(i, k) && hasBelow(i, k - 1)) text[i][k] = text[i][k - 1];
    }
  }
  const out: { col: number; path: string[] }[] = [];
  for (let k = 0; k < width; k++) {
    const path: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = text[i][k];
      if (t && path[path.length - 1] !== t) path.push(t);
    }
    out.push({ col: view.colStart + k, path });
  }
  return out;
}

function add(columns: Partial<Record<ColumnRole, number[]>>, role: ColumnRole, c: number): void {
  const list = columns[role];
  if (list) list.push(c);
  else columns[role] = [c];
}

/** The table kind the roles found make: triwulan → 4.2, RKPD and kebutuhan → 2.3, kode/nama with pagu → 3.1/4.1. */
export function kindFromRoles(columns: Partial<Record<ColumnRole, number[]>>): TableKind | undefined {
  const has = (r: ColumnRole): boolean => (columns[r]?.length ?? 0) > 0;
  const named = has("kode") || has("nama");
  if (named && (has("k1") || has("rp1") || has("rp2") || has("k2")) && (has("pagu") || has("target") || has("rp1"))) return "T4.2";
  if ((has("rkpdPagu") || has("rkpdNama")) && (has("kebutuhanDana") || has("kebutuhanNama"))) return "T2.3";
  if (has("kode") && has("nama") && (has("pagu") || has("target") || has("paguMaju"))) return has("targetMaju") || has("paguMaju") ? "T3.1" : "T4.1";
  return undefined;
}

/** Indikator/target pairs: by their labels (program, keluaran, hasil) where the headers give them, else in order. */
function pairsOf(headers: HeaderColumn[]): IndicatorPair[] {
  const inds = headers.filter((h) => h.meaning.role === "indikator");
  const targets = headers.filter((h) => h.meaning.role === "target" || h.meaning.role === "targetMaju");
  const satuans = headers.filter((h) => h.meaning.satuan);
  if (inds.length === 0 || targets.length === 0) return [];
  const pairs: IndicatorPair[] = [];
  const ownInd = (t: HeaderColumn, k: number): HeaderColumn => {
    if (inds.length === 1) return inds[0];
    const byLabel = t.meaning.pair ? inds.find((i) => i.meaning.pair === t.meaning.pair) : undefined;
    if (byLabel) return byLabel;
    // In order among the plan year's targets (and again among the n+1 ones).
    const same = targets.filter((x) => !!x.meaning.maju === !!t.meaning.maju);
    return inds[Math.min(same.indexOf(t), inds.length - 1)] ?? inds[k % inds.length];
  };
  targets.forEach((t, k) => {
    const ind = ownInd(t, k);
    // A Satuan column belongs to the target right beside it (the next column, else the one before).
    const satuan = satuans.find((s) => s.col === t.col + 1) ?? satuans.find((s) => s.col === t.col - 1 && !targets.some((x) => x.col === s.col - 1));
    const label = t.meaning.pair ?? ind.meaning.pair ?? "indikator";
    pairs.push({ indikator: ind.col, target: t.col, ...(satuan ? { satuan: satuan.col } : {}), label, ...(t.meaning.maju ? { maju: true } : {}) });
  });
  return pairs;
}

const EVALUASI_ROLES: ColumnRole[] = ["targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "tingkatRealisasi", "targetRenjaBerjalan", "realisasiSdBerjalan", "tingkatCapaianRenstra"];

/** Tabel 2.1's roles, when the block reads as one: nama or indikator and at least four of its evaluation columns. */
function evaluasiRoles(headers: HeaderColumn[]): Partial<Record<ColumnRole, number[]>> | undefined {
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  for (const h of headers) {
    const m = meaningOf21(h.path.map(foldHeader));
    h.meaning = m;
    if (m.role && !columns[m.role]) columns[m.role] = [h.col];
  }
  const n = EVALUASI_ROLES.filter((r) => columns[r]).length;
  return (columns.nama || columns.indikator) && n >= 4 ? columns : undefined;
}

/** Year columns of Tabel 2.2 per group, as its form numbers them (columns 5–12). */
const PELAYANAN_SERIES = {
  target: ["targetTahun1", "targetTahun2", "targetTahun3", "targetTahun4"],
  realisasi: ["realisasiTahun1", "realisasiTahun2"],
  proyeksi: ["proyeksiTahun1", "proyeksiTahun2"],
} as const satisfies Record<string, readonly ColumnRole[]>;

/**
 * Tabel 2.2's roles, when the block reads as one: an indikator, an SPM or IKK column and target years. The year
 * columns of each group take the form's roles in column order (the first target year is targetTahun1).
 */
function pelayananRoles(headers: HeaderColumn[]): Partial<Record<ColumnRole, number[]>> | undefined {
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  const seen = { target: 0, realisasi: 0, proyeksi: 0 };
  const meanings = headers.map((h) => meaningOf22(h.path.map(foldHeader)));
  if (!meanings.some((m) => m.role === "spm" || m.role === "ikk")) return undefined;
  const roles = meanings.map((m) => (m.series ? PELAYANAN_SERIES[m.series][seen[m.series]++] : m.role));
  headers.forEach((h, i) => {
    const role = roles[i];
    if (role && !columns[role]) columns[role] = [h.col];
  });
  if (!columns.indikator || !columns.targetTahun1) return undefined;
  headers.forEach((h, i) => (h.meaning = roles[i] ? { role: roles[i] } : {}));
  return columns;
}

/** Roles of each column of a header block, from the texts of its rows. */
export function headerRoles(view: SheetView, headerRows: number[]): HeaderRoles {
  const raw = readHeaderColumns(view, headerRows);
  const planYear = planYearOf(raw.map((r) => r.path));
  const headers: HeaderColumn[] = [];
  const columns: Partial<Record<ColumnRole, number[]>> = {};
  const moneyScale: Partial<Record<ColumnRole, number>> = {};
  for (const { col, path } of raw) {
    if (path.length === 0) continue;
    const meaning = meaningOf(path.map(foldHeader), path, planYear);
    headers.push({ col, path, text: path.join(" / "), meaning });
    if (meaning.satuan) add(columns, "satuan", col);
    if (meaning.role) {
      add(columns, meaning.role, col);
      if (meaning.scale && meaning.scale !== 1 && moneyScale[meaning.role] === undefined) moneyScale[meaning.role] = meaning.scale;
    }
  }
  // One value per role, except where a role is meant to span (kode) or repeat (indikator, target pairs).
  for (const role of Object.keys(columns) as ColumnRole[]) {
    if (role === "kode" || role === "indikator" || role === "target" || role === "satuan") continue;
    const list = columns[role] as number[];
    if (list.length > 1) columns[role] = [list[0]];
  }
  let kind = kindFromRoles(columns);
  if (!kind) {
    const pelayanan = pelayananRoles(headers);
    if (pelayanan) {
      for (const role of Object.keys(columns) as ColumnRole[]) delete columns[role];
      Object.assign(columns, pelayanan);
      for (const role of Object.keys(moneyScale) as ColumnRole[]) delete moneyScale[role];
      return { kind: "T2.2", columns, headers, pairs: [], moneyScale, planYear };
    }
    const evaluasi = evaluasiRoles(headers);
    if (evaluasi) {
      kind = "T2.1";
      for (const role of Object.keys(columns) as ColumnRole[]) delete columns[role];
      Object.assign(columns, evaluasi);
      for (const role of Object.keys(moneyScale) as ColumnRole[]) delete moneyScale[role];
      return { kind, columns, headers, pairs: [], moneyScale, planYear };
    }
  }
  if (kind === "T2.3" || kind === "T2.2") {
    if (columns.keterangan) {
      columns.catatan = columns.keterangan;
      delete columns.keterangan;
    }
  }
  return { kind, columns, headers, pairs: pairsOf(headers), moneyScale, planYear };
}
