// "Validasi Renja": read → validate → marks on the cells; findings grouped by category, filtered by severity;
// a click selects the cell; fixes go through the recorded path (Riwayat Perbaikan) and can be restored.
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  CounterBadge,
  makeStyles,
  ProgressBar,
  Subtitle2,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import type { Finding, Fix, Severity } from "../../renja/finding";
import { SEVERITIES, SEVERITY_LABELS } from "../../renja/labels";
import {
  applyFixes,
  clearMarks,
  allFixesOf,
  groupFindings,
  hasMarks,
  restoreFixes,
  riwayatOf,
  runValidation,
  summaryText,
  writeOutputs,
  type ExcelPort,
  type Validate,
  type ValidationRun,
  type ValidationStage,
} from "../services";
import type { ColumnOverride } from "../../renja/rules/context";
import { ColumnMapPanel, type ColumnChoice } from "./ColumnMapPanel";
import { NoticeBar } from "./ErrorBar";
import { NomenklaturPicker } from "./NomenklaturPicker";
import { RiwayatPanel } from "./RiwayatPanel";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", marginBottom: "8px" },
  filters: { display: "flex", flexWrap: "wrap", columnGap: "4px", marginBottom: "4px" },
  finding: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: "6px 8px",
    border: "none",
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: "transparent",
    cursor: "pointer",
    font: "inherit",
    color: "inherit",
    overflowWrap: "anywhere",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  row: { marginBottom: "6px" },
  // The fix under its finding: the message keeps the pane's whole width, the planner sees what the fix writes.
  fixLine: { display: "flex", alignItems: "center", gap: "8px", paddingLeft: "11px", paddingTop: "2px", overflowWrap: "anywhere" },
  fixLabel: { color: tokens.colorNeutralForeground2, minWidth: 0 },
  fixButton: { flexShrink: 0 },
  where: { color: tokens.colorNeutralForeground3 },
  header: { display: "flex", gap: "8px", alignItems: "center" },
  panel: { marginLeft: 0, marginRight: 0 },
  status: { marginBottom: "8px" },
  summary: { marginTop: "4px" },
});

const STAGE_TEXT: Record<ValidationStage, string> = { membaca: "Membaca buku kerja…", memeriksa: "Memeriksa tabel Renja…" };

type Busy = { text: string; fraction?: number };

export interface ValidationSectionProps {
  port: ExcelPort;
  validate?: Validate;
  run: ValidationRun | undefined;
  onRun: (r: ValidationRun) => void;
  /** The user's column roles ("Kolom yang dikenali"), and how a change is kept. */
  columnMap?: readonly ColumnOverride[];
  columnMapPersistent?: boolean;
  onColumnChoice?: (sheet: string, column: string, choice: ColumnChoice) => Promise<void>;
}

export function ValidationSection({ port, validate, run, onRun, columnMap = [], columnMapPersistent = false, onColumnChoice }: ValidationSectionProps): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<Busy | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [notice, setNotice] = React.useState<string | undefined>();
  const [severities, setSeverities] = React.useState<ReadonlySet<Severity>>(new Set<Severity>(["error", "warning"]));
  const [markCells, setMarkCells] = React.useState(true);
  const [selected, setSelected] = React.useState<string | undefined>();

  /** Runs one operation with the progress indicator; errors become one plain message. */
  const guarded = async (text: string, work: () => Promise<void>): Promise<void> => {
    setError(undefined);
    setNotice(undefined);
    setBusy({ text });
    try {
      await work();
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(undefined);
    }
  };

  /** One read, the engine, then (when chosen) the marks in one write. */
  const check = async (): Promise<ValidationRun> => {
    const fresh = await runValidation(port, (stage, fraction) => setBusy({ text: STAGE_TEXT[stage], fraction }), validate);
    onRun(fresh);
    if (!markCells) return fresh;
    setBusy({ text: "Menandai sel bermasalah…" });
    const { wb } = await writeOutputs(port, fresh, { marks: true });
    const marked = { ...fresh, wb };
    onRun(marked);
    return marked;
  };

  const validateNow = (): Promise<void> => guarded(STAGE_TEXT.membaca, async () => void (await check()));

  const select = async (f: Finding): Promise<void> => {
    setSelected(`${f.sheet}!${f.cell}`);
    try {
      await port.select(f.sheet, f.cell);
    } catch (e) {
      setError(toUserMessage(e));
    }
  };

  const fix = (fixes: Fix[]): Promise<void> =>
    guarded("Menerapkan perbaikan…", async () => {
      if (!run) return;
      const { report } = await applyFixes(port, run.wb, fixes);
      await check();
      const what = fixes.length === 1 ? `Perbaikan ${fixes[0].sheet}!${fixes[0].cell} diterapkan` : `${fixes.length} perbaikan diterapkan`;
      setNotice([`${what} dan dicatat di lembar "Riwayat Perbaikan".`, ...report.skipped].join(" "));
    });

  const restore = (nos: number[]): Promise<void> =>
    guarded("Memulihkan isi sel…", async () => {
      if (!run) return;
      const { report } = await restoreFixes(port, run.wb, nos);
      await check();
      setNotice([nos.length === 1 ? `Perbaikan No. ${nos[0]} dipulihkan.` : `${nos.length} perbaikan dipulihkan.`, ...report.skipped].join(" "));
    });

  const writeHasil = (): Promise<void> =>
    guarded('Menulis lembar "Hasil Validasi"…', async () => {
      if (!run) return;
      const { report, wb } = await writeOutputs(port, run, { hasil: true });
      onRun({ ...run, wb });
      setNotice([`Lembar "Hasil Validasi" ditulis: ${run.result.findings.length} temuan dengan tautan ke selnya.`, ...report.skipped].join(" "));
    });

  const unmark = (): Promise<void> =>
    guarded("Menghapus tanda…", async () => {
      const { wb } = await clearMarks(port, run?.wb);
      if (run) onRun({ ...run, wb });
      setNotice("Tanda pada sel dihapus. Format sel Anda sendiri tidak berubah.");
    });

  const chooseColumn = (sheet: string, column: string, choice: ColumnChoice): Promise<void> =>
    guarded("Menyimpan peran kolom…", async () => {
      if (!onColumnChoice) return;
      await onColumnChoice(sheet, column, choice);
      await check();
      setNotice(`Peran kolom ${sheet}!${column} ${choice === "otomatis" ? "kembali dibaca dari judul kolom" : "disimpan"}; buku kerja divalidasi ulang.`);
    });

  const toggle = (s: Severity, on: boolean): void => {
    const next = new Set(severities);
    if (on) next.add(s);
    else next.delete(s);
    setSeverities(next);
  };

  const result = run?.result;
  const groups = result ? groupFindings(result.findings, severities) : [];
  const fixable = result ? allFixesOf(result) : [];
  const working = busy !== undefined;
  return (
    <section aria-label="Validasi Renja">
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void validateNow()} disabled={working}>
          Validasi Renja
        </Button>
        <Switch label="Tandai sel di lembar" checked={markCells} onChange={(_, d) => setMarkCells(d.checked)} disabled={working} />
      </div>
      <NomenklaturPicker disabled={working} onError={setError} onNotice={setNotice} />
      {busy && (
        <div role="status" aria-live="polite" className={styles.status}>
          <ProgressBar value={busy.fraction} thickness="large" />
          <Caption1>{busy.text}</Caption1>
        </div>
      )}
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {notice && <NoticeBar intent="success" text={notice} />}
      {!result && !working && <Caption1 block>Periksa kode, nomenklatur, satuan, angka, capaian, pagu, kesesuaian RKPD dan triwulan pada tabel Renja di buku kerja ini.</Caption1>}
      {result && (
        <>
          <Subtitle2 as="h2" block className={styles.summary}>
            {summaryText(result)}
          </Subtitle2>
          <Caption1 block>
            {result.summary.tables.length === 0
              ? "Tidak ada tabel Renja yang dikenali di buku kerja ini."
              : `Tabel ditemukan: ${result.summary.tables.map((t) => `${t.kind.replace(/^T/, "")} (lembar ${t.sheet})`).join(", ")}`}
          </Caption1>
          {onColumnChoice && <ColumnMapPanel tables={result.summary.tables} columnMap={columnMap} busy={working} persistent={columnMapPersistent} onChoose={(sheet, column, choice) => void chooseColumn(sheet, column, choice)} />}
          <div className={styles.actions} style={{ marginTop: 8 }}>
            {fixable.length > 0 && (
              <Button size="small" disabled={working} onClick={() => void fix(fixable)} title="Terapkan semua usulan perbaikan (satu per sel); semuanya dicatat dan dapat dipulihkan">
                {`Perbaiki semua (${fixable.length})`}
              </Button>
            )}
            <Button size="small" disabled={working} onClick={() => void writeHasil()} title='Tulis semua temuan ke lembar "Hasil Validasi" dengan tautan ke selnya'>
              Tulis Hasil Validasi
            </Button>
            {hasMarks(run.wb) && (
              <Button size="small" disabled={working} onClick={() => void unmark()} title="Hapus warna tanda dari sel; format Anda sendiri tetap">
                Hapus tanda
              </Button>
            )}
          </div>
          <div className={styles.filters} role="group" aria-label="Tingkat temuan">
            {SEVERITIES.map((s) => (
              <Checkbox key={s} label={`${SEVERITY_LABELS[s]} (${result.summary.bySeverity[s]})`} checked={severities.has(s)} onChange={(_, d) => toggle(s, d.checked === true)} />
            ))}
          </div>
          {result.findings.length === 0 && <NoticeBar intent="success" text="Tidak ada temuan. Tabel Renja Anda lolos pemeriksaan." />}
          {result.findings.length > 0 && groups.length === 0 && <Text block>Tidak ada temuan untuk tingkat yang dipilih.</Text>}
          <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.category)}>
            {groups.map((g) => (
              <AccordionItem key={g.category} value={g.category}>
                <AccordionHeader size="small">
                  <span className={styles.header}>
                    {g.label} <CounterBadge count={g.findings.length} overflowCount={9999} size="small" color="informative" />
                  </span>
                </AccordionHeader>
                <AccordionPanel className={styles.panel}>
                  {g.findings.map((f, i) => (
                    <div key={`${f.rule}-${f.sheet}-${f.cell}-${i}`} className={styles.row} data-testid="finding">
                      <button
                        type="button"
                        className={`${styles.finding} ${styles[f.severity]} ${selected === `${f.sheet}!${f.cell}` ? styles.selected : ""}`}
                        onClick={() => void select(f)}
                        title="Klik untuk menuju sel"
                      >
                        <Caption1 className={styles.where} block>
                          {`${SEVERITY_LABELS[f.severity]} · ${f.sheet}!${f.cell}`}
                        </Caption1>
                        <Text>{f.message}</Text>
                      </button>
                      {f.fix && (
                        <div className={styles.fixLine}>
                          <Button size="small" className={styles.fixButton} disabled={working} onClick={() => void fix([f.fix!])} title="Terapkan perbaikan ini; isi sel sebelumnya dicatat dan dapat dipulihkan">
                            Perbaiki
                          </Button>
                          <Caption1 className={styles.fixLabel}>{f.fix.label}</Caption1>
                        </div>
                      )}
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          <RiwayatPanel records={riwayatOf(run.wb)} busy={working} onRestore={(nos) => void restore(nos)} />
        </>
      )}
    </section>
  );
}
