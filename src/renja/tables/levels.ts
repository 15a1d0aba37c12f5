// Row levels (urusan … sub kegiatan) and parents. From the kode where a table has one (3.1, 4.1, 4.2),
// from the numbering (I., 1., 1.1) where it has none (2.1, 2.2, 2.3).
import { parentKode, parseKodeParts, type Kode } from "../kode";
import { LEVEL_DEPTH, type RowLevel, type TableRow } from "../model";

/** A kode whose every problem has an unambiguous fix: its normalized text is what the planner meant. */
export function kodeIsSound(kode: Kode | undefined): kode is Kode {
  return kode !== undefined && kode.problems.every((p) => p.fix !== undefined);
}

const ROMAN = /^(?=[ivxlc]+$)m*(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$/i;

/** Level from the "No" column: I. → program, 1. → kegiatan, 1.1 → sub kegiatan. */
export function levelFromNumbering(no: string): RowLevel | undefined {
  const t = no.replace(/\s+/g, "").replace(/\.$/, "");
  if (!t) return undefined;
  if (ROMAN.test(t)) return "program";
  if (/^\d+$/.test(t)) return "kegiatan";
  if (/^\d+(\.\d+)+$/.test(t)) return "subkegiatan";
  return undefined;
}

/** Level a row's nama states for itself ("PROGRAM …", "URUSAN …"), which outranks a kode that says otherwise. */
function levelFromNama(nama: string): RowLevel | undefined {
  if (/^program\b/i.test(nama)) return "program";
  if (/^bidang\s+urusan\b/i.test(nama)) return "bidang";
  if (/^urusan\b/i.test(nama)) return "urusan";
  if (/^(t\s*o\s*t\s*a\s*l|jumlah|total)\b/i.test(nama)) return "total";
  return undefined;
}

function ownLevel(row: TableRow, hasKode: boolean): RowLevel {
  const byNama = levelFromNama(row.nama);
  if (byNama) return byNama;
  if (row.kode?.level) return row.kode.level;
  if (!hasKode) {
    const byNo = levelFromNumbering(row.no);
    if (byNo) return byNo;
  }
  if (!row.kodeText && !row.nama && !row.no) return row.indikator ? "indikator" : "total";
  return "other";
}

/** Sets kode, level and parent of every row in place. */
export function assignLevels(rows: TableRow[], hasKode: boolean): void {
  // stack[d] = index of the last row seen at depth d (1 urusan … 5 sub kegiatan)
  const stack: (number | undefined)[] = [];
  const byKode = new Map<string, number>();
  let lastStructural: number | undefined;
  rows.forEach((row, i) => {
    if (hasKode && row.kodeText) row.kode = parseKodeParts(row.kodeParts);
    row.level = ownLevel(row, hasKode);
    if (row.level === "indikator") {
      row.parent = lastStructural;
      return;
    }
    if (row.level === "total" || row.level === "other") return;
    const depth = LEVEL_DEPTH[row.level];
    for (let d = depth - 1; d >= 1; d--) {
      if (stack[d] !== undefined) {
        row.parent = stack[d];
        break;
      }
    }
    // Where the kode is sound, it names the parent: a row after a missing page must not land under a stranger.
    const kode = row.kode;
    if (kodeIsSound(kode) && kode.level === row.level) {
      const parentRow = row.parent !== undefined ? rows[row.parent] : undefined;
      const parentText = parentRow?.kode?.text;
      if (!parentText || !kode.text.startsWith(parentText + ".")) {
        if (parentText && kodeIsSound(parentRow?.kode)) row.placedUnder = row.parent;
        row.parent = undefined;
        for (let k = parentKode(kode.text); k; k = parentKode(k)) {
          const found = byKode.get(k);
          if (found !== undefined) {
            row.parent = found;
            break;
          }
        }
      }
      byKode.set(kode.text, i);
    }
    stack[depth] = i;
    stack.length = depth + 1;
    lastStructural = i;
  });
}
