// "Validasi Renja": read → validate → findings grouped by category, filtered by severity; click selects the cell.
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
  Text,
  tokens,
} from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import type { ValidationResult } from "../../renja/engine";
import type { Finding, Severity } from "../../renja/finding";
import { fixPlan, groupFindings, runValidation, SEVERITIES, SEVERITY_LABELS, summaryText, type ExcelPort, type Validate, type ValidationStage } from "../services";
import { NoticeBar } from "./ErrorBar";

const useStyles = makeStyles({
  actions: { display: "flex", gap: "8px", alignItems: "center", marginBottom: "8px" },
  filters: { display: "flex", flexWrap: "wrap", gap: "4px", marginBottom: "8px" },
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
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  row: { display: "flex", alignItems: "flex-start", gap: "4px", marginBottom: "4px" },
  where: { color: tokens.colorNeutralForeground3 },
  header: { display: "flex", gap: "8px", alignItems: "center" },
});

const STAGE_TEXT: Record<ValidationStage, string> = { membaca: "Membaca buku kerja…", memeriksa: "Memeriksa tabel Renja…" };

export interface ValidationSectionProps {
  port: ExcelPort;
  validate?: Validate;
  result: ValidationResult | undefined;
  onResult: (r: ValidationResult) => void;
}

export function ValidationSection({ port, validate, result, onResult }: ValidationSectionProps): React.JSX.Element {
  const styles = useStyles();
  const [busy, setBusy] = React.useState<{ stage: ValidationStage; fraction: number } | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const [notice, setNotice] = React.useState<string | undefined>();
  const [severities, setSeverities] = React.useState<ReadonlySet<Severity>>(new Set<Severity>(["error", "warning"]));

  const run = async (): Promise<void> => {
    setError(undefined);
    setNotice(undefined);
    setBusy({ stage: "membaca", fraction: 0 });
    try {
      onResult(await runValidation(port, (stage, fraction) => setBusy({ stage, fraction }), validate));
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(undefined);
    }
  };

  const select = async (f: Finding): Promise<void> => {
    try {
      await port.select(f.sheet, f.cell);
    } catch (e) {
      setError(toUserMessage(e));
    }
  };

  const applyFix = async (f: Finding): Promise<void> => {
    try {
      await port.apply(fixPlan(f));
      setNotice(`Perbaikan diterapkan pada ${f.sheet}!${f.cell}. Jalankan validasi lagi untuk memeriksa ulang.`);
    } catch (e) {
      setError(toUserMessage(e));
    }
  };

  const toggle = (s: Severity, on: boolean): void => {
    const next = new Set(severities);
    if (on) next.add(s);
    else next.delete(s);
    setSeverities(next);
  };

  const groups = result ? groupFindings(result.findings, severities) : [];
  return (
    <section aria-label="Validasi Renja">
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void run()} disabled={busy !== undefined}>
          Validasi sekarang
        </Button>
      </div>
      {busy && (
        <div role="status" aria-live="polite">
          <ProgressBar value={busy.fraction} thickness="large" />
          <Caption1>{STAGE_TEXT[busy.stage]}</Caption1>
        </div>
      )}
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {notice && <NoticeBar intent="success" text={notice} />}
      {result && !busy && (
        <>
          <Subtitle2 as="h2" block>
            {summaryText(result)}
          </Subtitle2>
          <Caption1 block>
            {result.summary.tables.length === 0
              ? "Tidak ada tabel Renja yang dikenali di buku kerja ini."
              : `Tabel ditemukan: ${result.summary.tables.map((t) => `${t.kind.replace(/^T/, "")} (lembar ${t.sheet})`).join(", ")}`}
          </Caption1>
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
                <AccordionHeader>
                  <span className={styles.header}>
                    {g.label} <CounterBadge count={g.findings.length} overflowCount={9999} size="small" color="informative" />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  {g.findings.map((f, i) => (
                    <div key={`${f.rule}-${f.sheet}-${f.cell}-${i}`} className={styles.row}>
                      <button type="button" className={`${styles.finding} ${styles[f.severity]}`} onClick={() => void select(f)} title="Klik untuk menuju sel">
                        <Caption1 className={styles.where} block>
                          {SEVERITY_LABELS[f.severity]} · {f.sheet}!{f.cell}
                        </Caption1>
                        <Text>{f.message}</Text>
                      </button>
                      {f.fix && (
                        <Button size="small" onClick={() => void applyFix(f)} title={f.fix.label}>
                          Perbaiki
                        </Button>
                      )}
                    </div>
                  ))}
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
