// "Kolom yang dikenali": per table, each column with the role the engine read and where it came from (the header
// text), and the user's correction, kept in the workbook's settings and handed to the engine on every validation.
import { parseA1 } from "../renja/grid";
import { ABAIKAN, checkColumnMap, COLUMN_ROLES, roleLabel, type OverrideRole } from "../renja/column-roles";
import type { TableSummary } from "../renja/engine";
import type { ColumnRole } from "../renja/model";
import type { ColumnOverride } from "../renja/rules/context";
import type { SettingsPort } from "./settings-port";

/** The settings key; its value is the list of { sheet, column, role } the CLI's --kolom-file also reads. */
export const COLUMN_MAP_SETTING = "renja.petaKolom";

/** What summary.tables[].columns holds (the engine's TableColumnsSummary). */
interface SummaryColumns {
  roles: { role: ColumnRole; columns: string[]; header: string; override?: boolean }[];
  unmapped: { column: string; header: string }[];
}

export interface ColumnRow {
  /** "F". */
  column: string;
  /** The header text the column was read from ("" where it has none). */
  header: string;
  /** The role read, or undefined when the column is left unread. */
  role?: ColumnRole;
  /** The user's choice for this column, where there is one ("abaikan" included). */
  chosen?: OverrideRole;
}

/** The stored map; a damaged or foreign value counts as no map (validation must not fail on it). */
export function loadColumnMap(settings: SettingsPort): ColumnOverride[] {
  const raw = settings.get(COLUMN_MAP_SETTING);
  if (raw === null || raw === undefined) return [];
  const checked = checkColumnMap(raw);
  return checked.ok ? checked.map : [];
}

/**
 * Sets (or, with "otomatis", drops) the user's role for one column, saves it into the workbook and returns the
 * new map. The same column keeps at most one entry.
 */
export async function saveColumnChoice(settings: SettingsPort, sheet: string, column: string, choice: OverrideRole | "otomatis"): Promise<ColumnOverride[]> {
  const map = loadColumnMap(settings).filter((o) => !(o.sheet === sheet && o.column === column));
  if (choice !== "otomatis") map.push({ sheet, column, role: choice });
  if (map.length === 0) settings.remove(COLUMN_MAP_SETTING);
  else settings.set(COLUMN_MAP_SETTING, map);
  await settings.save();
  return map;
}

/** The table's columns left to right: each role's columns (kode over several), the unmapped ones, the user's. */
export function columnRows(table: TableSummary, map: readonly ColumnOverride[]): ColumnRow[] {
  const cols = (table as TableSummary & { columns?: SummaryColumns }).columns;
  const rows = new Map<string, ColumnRow>();
  for (const r of cols?.roles ?? []) for (const c of r.columns) if (!rows.has(c)) rows.set(c, { column: c, header: r.header, role: r.role });
  for (const u of cols?.unmapped ?? []) if (!rows.has(u.column)) rows.set(u.column, { column: u.column, header: u.header });
  for (const o of map) {
    if (o.sheet !== table.sheet) continue;
    const row = rows.get(o.column) ?? { column: o.column, header: "" };
    row.chosen = o.role;
    if (o.role === ABAIKAN) delete row.role;
    rows.set(o.column, row);
  }
  const index = (c: string): number => parseA1(`${c}1`)?.col ?? 0;
  return [...rows.values()].sort((a, b) => index(a.column) - index(b.column));
}

/** The dropdown's options: "Otomatis (dari judul kolom)", every role by its Indonesian label, "Abaikan kolom ini". */
export const ROLE_OPTIONS: readonly { value: OverrideRole | "otomatis"; label: string }[] = [
  { value: "otomatis", label: "Otomatis (dari judul kolom)" },
  ...COLUMN_ROLES.map((r) => ({ value: r, label: roleLabel(r) })),
  { value: ABAIKAN, label: roleLabel(ABAIKAN) },
];

/** "Pagu indikatif tahun rencana" for a row's role; "(tidak dibaca)" for an unread column. */
export function rowRoleText(row: ColumnRow): string {
  return row.role ? roleLabel(row.role) : "(tidak dibaca)";
}
