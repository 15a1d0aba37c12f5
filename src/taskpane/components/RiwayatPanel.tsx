// "Riwayat": the fixes recorded in the sheet "Riwayat Perbaikan" (as of the last read), each restorable.
import * as React from "react";
import { Badge, Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { CellValue } from "../../renja/grid";
import type { RiwayatRecord } from "../services";

const useStyles = makeStyles({
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: "8px", marginTop: "16px", marginBottom: "4px" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "flex-start",
    gap: "8px",
    padding: "6px 0",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  body: { flex: "1 1 auto", minWidth: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
  change: { display: "block", fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // The status badge keeps its width at 320 px: the record's text wraps, the badge never clips.
  badge: { flexShrink: 0, whiteSpace: "nowrap", maxWidth: "none", overflow: "visible" },
});

/** A cell's content as the planner typed it: the formula if there was one, "(kosong)" for an empty cell. */
function shown(value: CellValue, formula?: string | null): string {
  if (formula) return formula;
  if (value === null || value === "") return "(kosong)";
  return String(value);
}

export interface RiwayatPanelProps {
  records: readonly RiwayatRecord[];
  busy: boolean;
  onRestore: (nos: number[]) => void;
}

export function RiwayatPanel({ records, busy, onRestore }: RiwayatPanelProps): React.JSX.Element {
  const styles = useStyles();
  const open = records.filter((r) => r.status === "diterapkan");
  return (
    <section aria-label="Riwayat perbaikan">
      <div className={styles.header}>
        <Subtitle2 as="h2">{`Riwayat perbaikan (${records.length})`}</Subtitle2>
        {open.length > 1 && (
          <Button size="small" disabled={busy} onClick={() => onRestore(open.map((r) => r.no))}>
            Pulihkan semua
          </Button>
        )}
      </div>
      {records.length === 0 ? (
        <Caption1 block>Belum ada perbaikan. Setiap perbaikan dicatat di lembar &quot;Riwayat Perbaikan&quot; dan dapat dipulihkan.</Caption1>
      ) : (
        <ul className={styles.list}>
          {[...records].reverse().map((r) => (
            <li key={r.no} className={styles.item} data-testid="riwayat-item">
              <div className={styles.body}>
                <Caption1 className={styles.where} block>
                  {`No. ${r.no} · ${r.sheet}!${r.cell} · ${r.waktu}`}
                </Caption1>
                <Text block>{r.label}</Text>
                <span className={styles.change}>{`${shown(r.before.value, r.before.formula)} → ${shown(r.after)}`}</span>
              </div>
              {r.status === "diterapkan" ? (
                <Button size="small" style={{ flexShrink: 0 }} disabled={busy} onClick={() => onRestore([r.no])} title={`Kembalikan ${r.sheet}!${r.cell} ke isi sebelumnya`}>
                  Pulihkan
                </Button>
              ) : (
                <Badge appearance="tint" color="subtle" className={styles.badge} data-testid="badge-dipulihkan">
                  dipulihkan
                </Badge>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
