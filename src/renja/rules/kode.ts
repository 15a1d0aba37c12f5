// Kode checks on tables that carry one (3.1, 4.1, 4.2): malformed segments, parents, duplicates, levels.
import { a1 } from "../grid";
import { padCandidates, type Kode, type KodeLevel, type KodeProblem } from "../kode";
import { LEVEL_DEPTH, type TableRow } from "../model";
import { kodeIsSound, kodePrefix } from "../tables/levels";
import { resolveKodeByNama } from "./nomenklatur";
import type { TableRule, TableRuleContext } from "./context";

const LEVEL_NAMES: Record<KodeLevel, string> = {
  urusan: "urusan",
  bidang: "bidang urusan",
  program: "program",
  kegiatan: "kegiatan",
  subkegiatan: "sub kegiatan",
};

/** A kegiatan segment "K.KK" (level digit, then the kegiatan number). */
const LEVEL_DIGIT_SEGMENT = /^\d\.\d{2}$/;

/** The sheet column holding segment i of the kode (one column when the kode is not split). */
function segmentCol(ctx: TableRuleContext, i: number, row?: TableRow): number {
  const cols = ctx.table.columns.kode ?? [];
  const part = row?.kodeSegmentPart;
  if (part) return cols[part[i] ?? part[part.length - 1] ?? 0] ?? cols[0];
  return cols.length >= 5 ? cols[i] : cols[0];
}

/** Kode over 2–4 or 6 columns: a fix can be written only where the segment fills its cell alone. */
function segmentAlone(row: TableRow, i: number): boolean {
  const part = row.kodeSegmentPart;
  if (!part) return true;
  return part.filter((p) => p === part[i]).length === 1 && row.kodeParts[part[i]] === row.kode?.segments[i];
}

/**
 * The corrected text of the cell holding segment i with others (kode over 2–4 columns, "06.0 1" → "06.01"): only
 * where that cell holds exactly those segments and none of them has a problem without a fix.
 */
function sharedCellText(row: TableRow, kode: Kode, i: number, fix: string): string | undefined {
  const part = row.kodeSegmentPart;
  if (!part) return undefined;
  const partOf = (k: number): number => part[k] ?? part[part.length - 1];
  const same = kode.segments.map((_, k) => k).filter((k) => partOf(k) === partOf(i) && kode.segments[k] !== "");
  const compact = (t: string): string => t.replace(/\s+/g, "");
  if (compact(row.kodeParts[partOf(i)] ?? "") !== compact(same.map((k) => kode.segments[k]).join("."))) return undefined;
  if (kode.problems.some((q) => q.segment !== i && same.includes(q.segment) && q.fix === undefined)) return undefined;
  return same.map((k) => (k === i ? fix : kode.normalized[k])).join(".");
}

/** A kegiatan segment written without its level digit: "01" for "2.01". */
const NO_LEVEL_DIGIT = /^\d{2}$/;

function lacksLevelDigit(kode: Kode | undefined): boolean {
  return kode !== undefined && kode.problems.some((p) => p.segment === 3 && p.kind === "malformed" && NO_LEVEL_DIGIT.test(p.text));
}

/**
 * A way of writing that runs through the whole table (every kegiatan segment without its level digit) is one
 * finding with its count: a hundred identical findings would hide everything else. True when it was reported.
 */
/**
 * Segments typed as numbers through the whole table (6 for "06" on most rows, as exports write them): one finding
 * with the count of cells. The kode are read with their zeros restored, so levels and parents stay right.
 */
function numberPattern(ctx: TableRuleContext): boolean {
  const { table, findings } = ctx;
  let withKode = 0;
  let cells = 0;
  let first: { row: TableRow; p: KodeProblem } | undefined;
  for (const row of table.rows) {
    const k = row.kode;
    if (!k) continue;
    withKode++;
    for (const p of k.problems) {
      if (p.kind !== "lost-leading-zero") continue;
      cells++;
      first ??= { row, p };
    }
  }
  const rows = table.rows.filter((r) => r.kode?.problems.some((p) => p.kind === "lost-leading-zero")).length;
  if (!first || rows < 2 || rows * 2 < withKode) return false;
  const cell = a1(first.row.r, segmentCol(ctx, first.p.segment, first.row));
  findings.add({
    rule: "kode.pola-angka-tanpa-nol",
    category: "kode",
    severity: "warning",
    sheet: table.sheet,
    cell,
    message: `Segmen kode ditulis sebagai angka sehingga nol di depannya hilang pada ${cells} sel di ${rows} baris tabel ini (misalnya ${cell} "${first.p.text}" untuk "${first.p.fix ?? ""}"); kode tetap dibaca dengan nolnya. Format kolom kode sebagai teks.`,
    actual: first.p.text,
    expected: first.p.fix,
  });
  return true;
}

function tablePattern(ctx: TableRuleContext): boolean {
  const { table, findings } = ctx;
  let withKegiatan = 0;
  const rows: TableRow[] = [];
  for (const row of table.rows) {
    const k = row.kode;
    if (!k || !k.segments[3]) continue;
    withKegiatan++;
    if (lacksLevelDigit(k)) rows.push(row);
  }
  if (rows.length < 2 || rows.length * 2 < withKegiatan) return false;
  const first = rows[0];
  findings.add({
    rule: "kode.pola-tanpa-digit-tingkat",
    category: "kode",
    severity: "warning",
    sheet: table.sheet,
    cell: a1(first.r, segmentCol(ctx, 3, first)),
    message: `Segmen kegiatan ditulis tanpa digit tingkat pada ${rows.length} baris tabel ini (misalnya "${first.kode?.segments[3] ?? ""}" untuk "2.${first.kode?.segments[3] ?? ""}"); kode kegiatan berbentuk K.KK, dengan K = 1 (provinsi) atau 2 (kabupaten/kota).`,
    actual: first.kode?.segments[3] ?? "",
    expected: `K.${first.kode?.segments[3] ?? ""}`,
  });
  return true;
}

/**
 * Segments a row keeps: all of them, except on a program (bidang, urusan) row carrying deeper segments, whose
 * extra segments are to be removed (kode.segmen-berlebih) rather than repaired.
 */
function keptDepth(row: TableRow, kode: Kode): number {
  const own = row.level === "program" || row.level === "bidang" || row.level === "urusan" ? LEVEL_DEPTH[row.level] : undefined;
  return own !== undefined && kode.level && LEVEL_DEPTH[kode.level] > own ? own : Infinity;
}

function problemFindings(ctx: TableRuleContext, row: TableRow, kode: Kode, skipNoLevelDigit: boolean, skipLostZeros: boolean): void {
  const { table, findings } = ctx;
  const kept = keptDepth(row, kode);
  for (const p of kode.problems) {
    if (skipLostZeros && p.kind === "lost-leading-zero") continue;
    if (skipNoLevelDigit && p.segment === 3 && p.kind === "malformed" && NO_LEVEL_DIGIT.test(p.text)) continue;
    // A segment that does not belong on this row gets no repair: it is removed (one fix per cell).
    if (p.segment >= kept) continue;
    const col = segmentCol(ctx, p.segment, row);
    const cell = a1(row.r, col);
    let fix = p.fix;
    if (!fix && p.kind === "malformed" && ctx.options.nomenklatur) {
      // An ambiguous short segment ("010") may be settled by the nomenclature: the candidate whose nama matches.
      const prefix = kode.normalized.slice(0, p.segment).join(".");
      const candidates = padCandidates(p.text, p.segment).map((c) => `${prefix}.${c}`);
      const resolved = resolveKodeByNama(ctx.options.nomenklatur, prefix, row.nama, candidates);
      // The candidate is "<prefix>.<segment>"; a kegiatan segment has its own dot, so cut by the prefix.
      if (resolved) fix = resolved.slice(prefix.length + 1);
    }
    const singleCol = (table.columns.kode ?? []).length < 5 && !row.kodeSegmentPart;
    // A cell holding several segments (kode over 2–4 columns): the fix is that cell's text corrected.
    const shared = fix && !segmentAlone(row, p.segment) ? sharedCellText(row, kode, p.segment, fix) : undefined;
    if (fix && !segmentAlone(row, p.segment) && shared === undefined) fix = undefined;
    findings.add({
      rule: `kode.${p.kind}`,
      category: "kode",
      severity: p.kind === "split" || p.kind === "lost-leading-zero" ? "warning" : "error",
      sheet: table.sheet,
      cell,
      message: p.message,
      actual: p.text,
      expected: fix,
      fix: fix
        ? {
            sheet: table.sheet,
            cell,
            value: shared ?? (singleCol ? [...kode.normalized.slice(0, p.segment), fix, ...kode.normalized.slice(p.segment + 1)].filter((s) => s).join(".") : fix),
            label: `Ganti "${p.text}" menjadi "${fix}"`,
          }
        : undefined,
    });
  }
}

/**
 * Duplicate program or kegiatan rows whose rows below (up to the next row of their level or above) all carry one
 * other kode that no row of the table has: row index → that kode.
 */
export function duplicateRenames(rows: readonly TableRow[], parsed: readonly (Kode | undefined)[] = rows.map((r) => r.kode)): Map<number, string> {
  const count = new Map<string, number>();
  const own: (string | undefined)[] = parsed.map((k) => (kodeIsSound(k) && k.level ? k.text : undefined));
  for (const t of own) if (t) count.set(t, (count.get(t) ?? 0) + 1);
  const out = new Map<number, string>();
  rows.forEach((row, i) => {
    const text = own[i];
    if (!text || (count.get(text) ?? 0) < 2 || (row.level !== "program" && row.level !== "kegiatan") || parsed[i]?.level !== row.level) return;
    const depth = LEVEL_DEPTH[row.level];
    const below = new Set<string>();
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j];
      if (r.level in LEVEL_DEPTH && LEVEL_DEPTH[r.level as KodeLevel] <= depth) break;
      if (r.level === "total") break;
      const k = parsed[j];
      if (!k || !(r.level in LEVEL_DEPTH)) continue;
      below.add(kodePrefix(k, depth) ?? "?");
    }
    const [to] = below.size === 1 ? [...below] : ["?"];
    if (to !== "?" && to !== text && !count.has(to)) out.set(i, to);
  });
  return out;
}

/** The fix writing `to` over a row's kode: the cell holding the last segment of its level, as that cell reads. */
function renameFix(ctx: TableRuleContext, row: TableRow, kode: Kode, to: string): { sheet: string; cell: string; value: string; label: string } | undefined {
  const depth = LEVEL_DEPTH[row.level as KodeLevel];
  const segs = to.split(".");
  const target = depth === 4 ? [segs[0], segs[1], segs[2], `${segs[3]}.${segs[4]}`] : segs;
  const changed = target.map((s, i) => (s !== kode.normalized[i] ? i : -1)).filter((i) => i >= 0);
  if (changed.length !== 1) return undefined;
  const seg = changed[0];
  const col = segmentCol(ctx, seg, row);
  const cols = ctx.table.columns.kode ?? [];
  const part = row.kodeSegmentPart;
  // The cell's text after the change: the segment alone, the whole kode, or the segments sharing its column.
  const value =
    cols.length === 1 || (!part && cols.length < 5) ? to : part ? target.filter((_, i) => (part[i] ?? part[part.length - 1]) === part[seg]).join(".") : target[seg];
  return { sheet: ctx.table.sheet, cell: a1(row.r, col), value, label: `Ganti kode ${kode.text} menjadi ${to}` };
}

export const kodeRule: TableRule = (ctx) => {
  const { table, findings } = ctx;
  if (!table.columns.kode) return;
  const parsed: (Kode | undefined)[] = table.rows.map((row) => row.kode);
  // Each row's kode cut to the row's own level: a program row carrying a stray kegiatan segment is the program,
  // and a kegiatan row with a stray unreadable segment is still that kegiatan (the parent of its sub kegiatan).
  const kodeSet = new Set<string>();
  table.rows.forEach((row, i) => {
    const k = parsed[i];
    if (!k || !(row.level in LEVEL_DEPTH)) return;
    const own = kodePrefix(k, LEVEL_DEPTH[row.level as KodeLevel]);
    if (own) kodeSet.add(own);
  });
  const seen = new Map<string, number>();
  const renamed = duplicateRenames(table.rows, parsed);
  const renamedTo = new Set(renamed.values());
  const levelDigits = new Map<string, number[]>();
  const pattern = tablePattern(ctx);
  const numbers = numberPattern(ctx);

  table.rows.forEach((row, i) => {
    const kode = parsed[i];
    if (!kode) {
      if (row.nama && (row.level === "other" || row.level === "kegiatan" || row.level === "subkegiatan")) {
        findings.add({ rule: "kode.kosong", category: "kode", severity: "warning", sheet: table.sheet, cell: a1(row.r, segmentCol(ctx, 0, row)), message: `Baris "${row.nama}" tidak berkode.` });
      }
      return;
    }
    problemFindings(ctx, row, kode, pattern, numbers);
    if (!kode.level) return;

    // A row that names itself a program but carries kegiatan segments (e.g. "PROGRAM REHABILITASI SOSIAL" with 2.01).
    if ((row.level === "program" || row.level === "bidang" || row.level === "urusan") && LEVEL_DEPTH[kode.level] > LEVEL_DEPTH[row.level]) {
      const extra = LEVEL_DEPTH[row.level]; // first segment index that should be empty
      const col = segmentCol(ctx, extra, row);
      const single = (table.columns.kode ?? []).length < 5;
      findings.add({
        rule: "kode.segmen-berlebih",
        category: "kode",
        severity: "error",
        sheet: table.sheet,
        cell: a1(row.r, col),
        message: `Baris ${LEVEL_NAMES[row.level]} "${row.nama}" membawa segmen ${LEVEL_NAMES[kode.level]} (${kode.text}); kode ${LEVEL_NAMES[row.level]} hanya ${kode.normalized.slice(0, extra).join(".")}.`,
        actual: kode.text,
        expected: kode.normalized.slice(0, extra).join("."),
        fix: { sheet: table.sheet, cell: a1(row.r, col), value: single ? kode.normalized.slice(0, extra).join(".") : "", label: `Hapus segmen ${LEVEL_NAMES[kode.level]} dari baris ${LEVEL_NAMES[row.level]}` },
      });
      return;
    }

    // Under its parent: the kode's parent must be in the table, and the row must sit under it.
    const direct = kodeIsSound(kode) && LEVEL_DEPTH[kode.level] > 1 ? (kodePrefix(kode, LEVEL_DEPTH[kode.level] - 1) ?? null) : null;
    // A parent row whose own kode cannot be read ("2.0") is the parent: its own finding says what is wrong.
    const parentRow = row.parent !== undefined ? table.rows[row.parent] : undefined;
    const parentUnreadable = parentRow?.kode !== undefined && parentRow.level in LEVEL_DEPTH && kodePrefix(parentRow.kode, LEVEL_DEPTH[parentRow.level as KodeLevel]) === undefined;
    // A parent kode a duplicate row above is to be renamed to (kode.duplikat's fix): that finding says it once.
    if (direct && renamedTo.has(direct)) {
      // nothing here: the duplicate row above is to be renamed to this row's parent kode
    } else if (direct && LEVEL_DEPTH[kode.level] >= LEVEL_DEPTH.kegiatan && !kodeSet.has(direct) && !parentUnreadable) {
      // Programs often stand without their urusan/bidang rows; kegiatan and sub kegiatan never without their parent.
      findings.add({
        rule: "kode.induk-tidak-ada",
        category: "kode",
        severity: "warning",
        sheet: table.sheet,
        cell: a1(row.r, segmentCol(ctx, 0, row)),
        message: `Induk kode ${kode.text} (${direct}) tidak ada di tabel ini; baris induknya hilang atau kodenya salah.`,
        actual: kode.text,
      });
    } else if (row.placedUnder !== undefined) {
      const placed = table.rows[row.placedUnder];
      findings.add({
        rule: "kode.tidak-di-bawah-induk",
        category: "kode",
        severity: "error",
        sheet: table.sheet,
        cell: a1(row.r, segmentCol(ctx, 0, row)),
        message: `Kode ${kode.text} berada di bawah ${placed.kode?.text ?? ""} ("${placed.nama}"), bukan di bawah induknya ${direct ?? ""}.`,
        actual: kode.text,
        expected: `${placed.kode?.text ?? ""}.…`,
      });
    }

    // Duplicates: the same full kode twice in one table. Where the rows under one of them all carry another kode
    // that no row has (a program or kegiatan typed with its neighbour's kode), that one is renamed; else no fix.
    if (kodeIsSound(kode)) {
      const to = renamed.get(i);
      const first = seen.get(kode.text);
      // Both findings stand on the row's first kode cell; they differ in what they can say and offer.
      const duplikat = (message: string, fix?: { expected: string; fix: ReturnType<typeof renameFix> }) =>
        findings.add({ rule: "kode.duplikat", category: "kode", severity: "error", sheet: table.sheet, cell: a1(row.r, segmentCol(ctx, 0, row)), message, actual: kode.text, ...fix });
      if (to !== undefined) {
        const other = table.rows.find((r, j) => j !== i && r.kode?.text === kode.text && !renamed.has(j));
        duplikat(`Kode ${kode.text} muncul lebih dari sekali dalam tabel (juga di baris ${(other?.r ?? row.r) + 1}); baris di bawahnya berkode ${to}, jadi kode baris ini seharusnya ${to}.`, { expected: to, fix: renameFix(ctx, row, kode, to) });
      } else if (first !== undefined && ![...renamed.keys()].some((j) => table.rows[j].r === first)) {
        duplikat(`Kode ${kode.text} muncul lebih dari sekali dalam tabel (juga di baris ${first + 1}); tidak diperbaiki otomatis karena tidak pasti baris mana yang salah.`);
      } else if (first === undefined) {
        seen.set(kode.text, row.r);
      }
    }

    // Level digit (K of K.KK): one per table; a minority digit is a likely typo.
    const k = kode.normalized[3];
    if (k && LEVEL_DIGIT_SEGMENT.test(k)) {
      const list = levelDigits.get(k[0]) ?? [];
      list.push(i);
      levelDigits.set(k[0], list);
    }
  });

  if (levelDigits.size > 1) {
    const [majority] = [...levelDigits.entries()].sort((a, b) => b[1].length - a[1].length)[0];
    for (const [digit, rows] of levelDigits) {
      if (digit === majority) continue;
      for (const i of rows) {
        const row = table.rows[i];
        findings.add({
          rule: "kode.digit-tingkat-berbeda",
          category: "kode",
          severity: "warning",
          sheet: table.sheet,
          cell: a1(row.r, segmentCol(ctx, 3, row)),
          message: `Digit tingkat kegiatan ${digit} berbeda dengan baris lain di tabel ini (${majority}: ${majority === "2" ? "kabupaten/kota" : "provinsi"}).`,
          actual: digit,
          expected: majority,
        });
      }
    }
  }
};
