// Satuan: every target carries a known unit, one indicator keeps one unit across its year columns,
// and a "Persentase …" indicator is measured in %.
import { a1, cellText, type CellValue } from "../grid";
import type { ColumnRole, IndicatorPair, TableKind, TableRow } from "../model";
import { formatAngka } from "../angka";
import { canonicalSatuan, parseTarget, type Target } from "../satuan";
import { readTarget, shownText } from "./cells";
import type { TableRule, TableRuleContext } from "./context";

/** Groups of target columns that describe one indicator over the years; the indikator role they belong to. */
const TARGET_GROUPS: Partial<Record<TableKind, { indikator: ColumnRole; targets: ColumnRole[] }[]>> = {
  "T2.1": [{ indikator: "indikator", targets: ["targetRenstra", "realisasiSdLalu", "targetRenjaLalu", "realisasiRenjaLalu", "targetRenjaBerjalan", "realisasiSdBerjalan"] }],
  "T2.2": [{ indikator: "indikator", targets: ["targetTahun1", "targetTahun2", "targetTahun3", "targetTahun4", "realisasiTahun1", "realisasiTahun2", "proyeksiTahun1", "proyeksiTahun2"] }],
  "T2.3": [
    { indikator: "rkpdIndikator", targets: ["rkpdTarget"] },
    { indikator: "kebutuhanIndikator", targets: ["kebutuhanTarget"] },
  ],
  "T3.1": [{ indikator: "indikator", targets: ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target", "targetMaju"] }],
  "T4.1": [{ indikator: "indikator", targets: ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target"] }],
  "T4.2": [{ indikator: "indikator", targets: ["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian", "target"] }],
};

const PERSEN_NAMA = /^(persentase|prosentase|presentase)\b/i;
const PERSEN_MARK = /\(\s*%\s*\)$/;

/** "Persentase …", or an indikator that states its unit as "(%)" at the end ("Cakupan layanan (%)"). */
function isPersentase(indikator: string): boolean {
  const t = indikator.trim();
  return PERSEN_NAMA.test(t) || PERSEN_MARK.test(t);
}

/** One group's columns in a table: the indikator column and the target columns present. */
interface GroupCols {
  indCol: number | undefined;
  targetCols: number[];
  /** Per target column, a separate Satuan column read with it (same index), where the table has one. */
  satuanCols?: (number | undefined)[];
}

interface Cell {
  col: number;
  target: Target;
  /** The Satuan cell's column, where the unit is written apart from the number. */
  satuanCol?: number;
}

/** The target as written: the number cell, with the unit from its Satuan column appended when there is one. */
function targetValue(ctx: TableRuleContext, r: number, col: number, satuanCol: number | undefined): CellValue {
  const v = ctx.view.value(r, col);
  if (satuanCol === undefined) return v;
  const unit = cellText(ctx.view.value(r, satuanCol));
  const num = cellText(v);
  if (!unit || !num) return v;
  // A number cell formatted by Excel keeps its value; the unit follows it as the planner reads the two cells.
  return typeof v === "number" ? `${String(v).replace(".", ",")} ${unit}` : `${num} ${unit}`;
}

/** A unit in parentheses closing the indikator's text: "… yang disusun tepat waktu (Dokumen)". */
const INDIKATOR_UNIT = /\(([^()]{1,30})\)\s*$/;

// The non-empty target cells of the row being checked: reused across rows (checkRow runs for every row).
const cells: Cell[] = [];

function checkRow(ctx: TableRuleContext, row: TableRow, group: GroupCols): void {
  const { table, view, findings } = ctx;
  const indikator = group.indCol === undefined ? row.indikator : cellText(view.value(row.r, group.indCol));
  cells.length = 0;
  for (let k = 0; k < group.targetCols.length; k++) {
    const col = group.targetCols[k];
    const satuanCol = group.satuanCols?.[k];
    // Read as Excel shows it (0,9 under "0%" is 90 %); with a Satuan column, the number and its unit together.
    const target = satuanCol === undefined ? readTarget(view, row.r, col) : parseTarget(targetValue(ctx, row.r, col, satuanCol));
    if (target.empty) continue;
    cells.push(satuanCol === undefined ? { col, target } : { col, target, satuanCol });
  }
  const persen = isPersentase(indikator);
  // "Jumlah dokumen … (Dokumen)": the unit stated once in the indikator covers the row's bare numbers.
  const unitInIndikator = INDIKATOR_UNIT.exec(indikator);
  const statedUnit = unitInIndikator ? canonicalSatuan(unitInIndikator[1]) !== undefined : false;
  for (const { col, target, satuanCol } of cells) {
    // Addresses and texts are built only inside a finding: this loop runs for every target cell of every row
    // (and a closure per cell would cost more than it saves).
    if (!target.ok) {
      findings.add({ rule: "angka.target-tidak-valid", category: "angka", severity: "error", sheet: table.sheet, cell: a1(row.r, col), message: target.message ?? `Angka target "${cellText(view.value(row.r, col))}" tidak dapat dibaca.`, actual: shownText(view, row.r, col) });
      continue;
    }
    if (target.value !== null && target.value !== 0 && target.rawUnit === null && !persen && !statedUnit) {
      // With a Satuan column the unit belongs in it: the finding and its cell are there.
      const at = satuanCol ?? col;
      findings.add({ rule: "satuan.tanpa-satuan", category: "satuan", severity: "warning", sheet: table.sheet, cell: a1(row.r, at), message: satuanCol === undefined ? `Target "${shownText(view, row.r, col)}" tidak mencantumkan satuan.` : `Target "${shownText(view, row.r, col)}" (${a1(row.r, col)}) tidak mencantumkan satuan pada kolom satuannya.`, actual: shownText(view, row.r, col) });
    } else if (target.rawUnit !== null && !target.known && satuanCol !== undefined) {
      const cell = a1(row.r, satuanCol);
      const raw = cellText(view.value(row.r, satuanCol));
      findings.add({
        rule: "satuan.tidak-dikenal",
        category: "satuan",
        severity: "warning",
        sheet: table.sheet,
        cell,
        message: target.suggestion ? `Satuan "${target.rawUnit}" tidak dikenal; mungkin maksudnya "${target.suggestion}".` : `Satuan "${target.rawUnit}" tidak dikenal.`,
        actual: raw,
        expected: target.suggestion,
        fix: target.suggestion ? { sheet: table.sheet, cell, value: target.suggestion, label: `Ganti satuan menjadi "${target.suggestion}"` } : undefined,
      });
    } else if (target.rawUnit !== null && !target.known) {
      const fixed = target.suggestion && target.value !== null ? `${formatAngka(target.value)} ${target.suggestion}` : undefined;
      findings.add({
        rule: "satuan.tidak-dikenal",
        category: "satuan",
        severity: "warning",
        sheet: table.sheet,
        cell: a1(row.r, col),
        message: target.suggestion ? `Satuan "${target.rawUnit}" tidak dikenal; mungkin maksudnya "${target.suggestion}".` : `Satuan "${target.rawUnit}" tidak dikenal.`,
        actual: cellText(view.value(row.r, col)),
        expected: fixed,
        fix: fixed ? { sheet: table.sheet, cell: a1(row.r, col), value: fixed, label: `Ganti satuan menjadi "${target.suggestion}"` } : undefined,
      });
    }
  }
  // A percentage indicator measured in another unit: once per row, at the first such cell.
  let notPercent = 0;
  let firstNotPercent: Cell | undefined;
  if (persen) {
    for (const c of cells) {
      if (!c.target.ok || c.target.rawUnit === null || c.target.percent) continue;
      notPercent++;
      firstNotPercent ??= c;
    }
  }
  if (firstNotPercent) {
    const raw = cellText(view.value(row.r, firstNotPercent.col));
    findings.add({
      rule: "satuan.persentase-bukan-persen",
      category: "satuan",
      severity: "warning",
      sheet: table.sheet,
      cell: a1(row.r, firstNotPercent.col),
      message: `Indikator "${indikator}" berupa persentase, tetapi targetnya "${raw}"${notPercent > 1 ? ` (dan ${notPercent - 1} kolom lain pada baris ini)` : ""} tidak dalam %.`,
      actual: raw,
      expected: "%",
    });
  }
  // One indicator, one unit: the first unit written is the reference.
  let first: Cell | undefined;
  let ref = "";
  for (const c of cells) {
    const unit = comparableUnit(c.target);
    if (unit === undefined) continue;
    if (!first) {
      first = c;
      ref = unit;
    } else if (unit.toLowerCase() !== ref.toLowerCase()) {
      findings.add({
        rule: "satuan.berubah",
        category: "satuan",
        severity: "warning",
        sheet: table.sheet,
        cell: a1(row.r, c.satuanCol ?? c.col),
        message: `Satuan indikator berubah antar kolom: "${ref}" (${a1(row.r, first.satuanCol ?? first.col)}) menjadi "${unit}" (${a1(row.r, c.satuanCol ?? c.col)}).`,
        expected: ref,
        actual: unit,
      });
      return;
    }
  }
}

/** The unit a target is compared by: its canonical unit, or the suggested one for a misspelling; none when unreadable. */
function comparableUnit(t: Target): string | undefined {
  if (!t.ok || t.unit === null) return undefined;
  if (t.known) return t.unit;
  return t.suggestion;
}

/**
 * Groups from the table's indikator/target pairs: each indikator with its own targets (plan year and n+1), each
 * target with its Satuan column. With one indikator, the earlier years' targets belong to it too.
 */
function pairGroups(table: TableRuleContext["table"], pairs: IndicatorPair[]): GroupCols[] {
  const byInd = new Map<number, GroupCols>();
  // The plan year's target before n+1, wherever their columns stand: the first unit is the reference one.
  const ordered = [...pairs.filter((p) => !p.maju), ...pairs.filter((p) => p.maju)];
  for (const p of ordered) {
    let g = byInd.get(p.indikator);
    if (!g) {
      g = { indCol: p.indikator, targetCols: [], satuanCols: [] };
      byInd.set(p.indikator, g);
    }
    g.targetCols.push(p.target);
    g.satuanCols?.push(p.satuan);
  }
  const groups = [...byInd.values()];
  if (groups.length === 1) {
    const g = groups[0];
    const earlier = (["targetAkhirRenstra", "realisasiCapaianLalu", "prakiraanCapaian"] as ColumnRole[]).map((role) => table.columns[role]?.[0]).filter((c): c is number => c !== undefined && !g.targetCols.includes(c));
    g.targetCols.unshift(...earlier);
    g.satuanCols?.unshift(...earlier.map(() => undefined));
  }
  return groups;
}

export const satuanRule: TableRule = (ctx) => {
  const groups = TARGET_GROUPS[ctx.table.kind];
  if (!groups) return;
  const { columns } = ctx.table;
  const pairs = ctx.table.indicatorPairs;
  const groupCols: GroupCols[] = pairs && pairs.length > 0 && ctx.table.kind !== "T2.3"
    ? pairGroups(ctx.table, pairs)
    : groups.map((g) => ({
        indCol: columns[g.indikator]?.[0],
        targetCols: g.targets.map((role) => columns[role]?.[0]).filter((c): c is number => c !== undefined),
      }));
  for (const row of ctx.table.rows) {
    if (row.level === "total" || row.level === "unit") continue;
    for (const g of groupCols) checkRow(ctx, row, g);
  }
  cells.length = 0;
};
