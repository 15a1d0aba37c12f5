// "Kolom yang dikenali": per table, each column with the header it was read from and its role in a dropdown. A
// change is kept in the workbook's settings and the workbook is validated again with it.
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, Select, tokens } from "@fluentui/react-components";
import type { OverrideRole } from "../../renja/column-roles";
import type { TableSummary } from "../../renja/engine";
import type { ColumnOverride } from "../../renja/rules/context";
import { columnRows, ROLE_OPTIONS } from "../column-map-service";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "2.2em minmax(0, 1fr)", columnGap: "6px", rowGap: "2px", alignItems: "center", padding: "4px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  letter: { fontWeight: tokens.fontWeightSemibold, gridRow: "span 2" },
  header: { color: tokens.colorNeutralForeground3, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  chosen: { color: tokens.colorBrandForeground1 },
  select: { minWidth: 0, width: "100%" },
  panel: { marginLeft: 0, marginRight: 0 },
});

export type ColumnChoice = OverrideRole | "otomatis";

export interface ColumnMapPanelProps {
  tables: readonly TableSummary[];
  columnMap: readonly ColumnOverride[];
  busy: boolean;
  /** Where the choices are kept: the workbook, or (without document settings) this session only. */
  persistent: boolean;
  onChoose: (sheet: string, column: string, choice: ColumnChoice) => void;
}

export function ColumnMapPanel({ tables, columnMap, busy, persistent, onChoose }: ColumnMapPanelProps): React.JSX.Element | null {
  const styles = useStyles();
  const withRows = tables.map((t) => ({ t, rows: columnRows(t, columnMap) })).filter((x) => x.rows.length > 0);
  if (withRows.length === 0) return null;
  return (
    <section aria-label="Kolom yang dikenali" data-testid="kolom-dikenali">
      <Accordion collapsible multiple>
        {withRows.map(({ t, rows }) => (
          <AccordionItem key={`${t.sheet}-${t.range}`} value={`${t.sheet}-${t.range}`}>
            <AccordionHeader size="small">{`Kolom yang dikenali: Tabel ${t.kind.replace(/^T/, "")} (lembar ${t.sheet})`}</AccordionHeader>
            <AccordionPanel className={styles.panel}>
              <Caption1 block>
                {persistent
                  ? "Ubah peran kolom bila salah dibaca; pilihan disimpan di buku kerja ini dan dipakai pada validasi berikutnya."
                  : "Ubah peran kolom bila salah dibaca; pilihan berlaku selama panel ini terbuka (Excel ini tidak menyediakan pengaturan dokumen)."}
              </Caption1>
              {rows.map((r) => (
                <div key={r.column} className={styles.row} data-testid="kolom">
                  <span className={styles.letter}>{r.column}</span>
                  <Caption1 className={`${styles.header} ${r.chosen ? styles.chosen : ""}`} title={r.header || "(tanpa judul)"}>
                    {`${r.chosen ? "Pilihan Anda · " : ""}${r.header.split(" / ").pop() || "(tanpa judul)"}`}
                  </Caption1>
                  <Select
                    size="small"
                    aria-label={`Peran kolom ${r.column}`}
                    className={styles.select}
                    select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}
                    value={r.chosen ?? (r.role ? `auto:${r.role}` : "otomatis")}
                    disabled={busy}
                    onChange={(_, d) => onChoose(t.sheet, r.column, (d.value.startsWith("auto:") ? "otomatis" : d.value) as ColumnChoice)}
                  >
                    {/* What the headers say, while the user has not chosen: shown as the current value. */}
                    {!r.chosen && r.role && <option value={`auto:${r.role}`}>{`${ROLE_OPTIONS.find((o) => o.value === r.role)?.label ?? r.role} (dari judul)`}</option>}
                    {ROLE_OPTIONS.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.value === "otomatis" && !r.chosen && !r.role ? "Tidak dibaca (dari judul)" : o.label}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
