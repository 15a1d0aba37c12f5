// "Hitung Ulang": the recomputed capaian and pagu beside what is written (sel, tertulis, seharusnya, selisih);
// written only after the user confirms, per row or for the rows chosen, and recorded in "Riwayat Perbaikan".
import * as React from "react";
import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import { applyRecalc, recalcRows, type RecalcRow } from "../recalc-service";
import { runValidation, type ExcelPort, type Validate, type ValidationRun } from "../services";
import { NoticeBar } from "./ErrorBar";
import { ReadFirst } from "./ReadFirst";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", marginBottom: "8px" },
  row: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "4px 8px 6px",
    marginBottom: "6px",
  },
  head: { display: "flex", alignItems: "center", gap: "4px", justifyContent: "space-between" },
  values: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: "8px", rowGap: "1px", marginLeft: "32px", fontSize: tokens.fontSizeBase200 },
  label: { color: tokens.colorNeutralForeground3 },
  value: { overflowWrap: "anywhere", fontVariantNumeric: "tabular-nums" },
  plus: { color: tokens.colorPaletteGreenForeground1 },
  minus: { color: tokens.colorPaletteRedForeground1 },
});

export interface RecalcSectionProps {
  port: ExcelPort;
  run: ValidationRun | undefined;
  onRun: (run: ValidationRun) => void;
  validate?: Validate;
}

const KIND_LABEL: Record<RecalcRow["kind"], string> = { capaian: "Capaian", pagu: "Pagu" };

export function RecalcSection({ port, run, onRun, validate }: RecalcSectionProps): React.JSX.Element {
  const styles = useStyles();
  const rows = React.useMemo(() => (run ? recalcRows(run.result) : []), [run]);
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [confirm, setConfirm] = React.useState<ReadonlySet<string> | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [done, setDone] = React.useState<string | undefined>();
  const [skipped, setSkipped] = React.useState<string[]>([]);

  React.useEffect(() => setChosen(new Set()), [rows]);

  if (!run) {
    return (
      <section aria-label="Hitung Ulang">
        <ReadFirst port={port} validate={validate} onRun={onRun} label="Hitung ulang" text="Baca buku kerja untuk menghitung ulang capaian dan jumlah pagu. Tidak ada yang ditulis sebelum Anda menyetujuinya." />
      </section>
    );
  }

  const apply = async (keys: ReadonlySet<string>): Promise<void> => {
    setConfirm(undefined);
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const out = await applyRecalc(port, run.wb, rows, keys);
      setSkipped(out.report.skipped);
      setDone(`${out.applied} nilai ditulis dan dicatat di lembar "Riwayat Perbaikan" (dapat dipulihkan dari bagian Validasi Renja).`);
      // The workbook changed: read it again so the list shows what is left.
      onRun(await runValidation(port, undefined, validate));
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (key: string, on: boolean): void => {
    const next = new Set(chosen);
    if (on) next.add(key);
    else next.delete(key);
    setChosen(next);
  };
  const all = rows.length > 0 && chosen.size === rows.length;

  return (
    <section aria-label="Hitung Ulang">
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {done && <NoticeBar intent="success" text={done} />}
      {skipped.length > 0 && <NoticeBar intent="warning" text={skipped.join(" ")} />}
      <div className={styles.bar}>
        <Button size="small" disabled={busy} onClick={() => void runValidation(port, undefined, validate).then(onRun, (e: unknown) => setError(toUserMessage(e)))}>
          Baca ulang
        </Button>
      </div>
      {rows.length === 0 ? (
        <Text block>Semua capaian dan jumlah pagu sudah sesuai hasil hitung ulang.</Text>
      ) : (
        <>
          <Subtitle2 as="h2" block>
            {`${rows.length} nilai berbeda dari hasil hitung ulang`}
          </Subtitle2>
          <Caption1 block style={{ marginBottom: 8 }}>
            Pilih nilai yang akan ditulis. Nilai lama dicatat di lembar &quot;Riwayat Perbaikan&quot;.
          </Caption1>
          <div className={styles.bar}>
            <Checkbox label="Pilih semua" checked={all ? true : chosen.size > 0 ? "mixed" : false} onChange={(_, d) => setChosen(d.checked === true ? new Set(rows.map((r) => r.key)) : new Set())} />
            <Button appearance="primary" disabled={busy || chosen.size === 0} onClick={() => setConfirm(new Set(chosen))}>
              {`Terapkan (${chosen.size})`}
            </Button>
          </div>
          {rows.map((r) => (
            <div key={r.key} className={styles.row} title={r.message}>
              <div className={styles.head}>
                <Checkbox label={`${r.sheet}!${r.cell} · ${KIND_LABEL[r.kind]}`} checked={chosen.has(r.key)} onChange={(_, d) => toggle(r.key, d.checked === true)} />
                <Button size="small" appearance="subtle" disabled={busy} onClick={() => setConfirm(new Set([r.key]))}>
                  Terapkan
                </Button>
              </div>
              <div className={styles.values}>
                <span className={styles.label}>Tertulis</span>
                <span className={styles.value}>{r.tertulis}</span>
                <span className={styles.label}>Seharusnya</span>
                <span className={styles.value}>{r.seharusnya}</span>
                {r.selisih && (
                  <>
                    <span className={styles.label}>Selisih</span>
                    <span className={`${styles.value} ${r.selisih.startsWith("+") ? styles.plus : r.selisih.startsWith("-") ? styles.minus : ""}`}>{r.selisih}</span>
                  </>
                )}
              </div>
            </div>
          ))}
        </>
      )}
      <Dialog open={confirm !== undefined} onOpenChange={(_, d) => !d.open && setConfirm(undefined)}>
        <DialogSurface style={{ maxWidth: "calc(100vw - 32px)" }}>
          <DialogBody>
            <DialogTitle>Tulis nilai hitung ulang?</DialogTitle>
            <DialogContent>
              {confirm && (
                <Text block>
                  {confirm.size === 1
                    ? (() => {
                        const r = rows.find((x) => confirm.has(x.key));
                        return r ? `${r.sheet}!${r.cell}: ${r.tertulis} menjadi ${r.seharusnya}.` : "";
                      })()
                    : `${confirm.size} sel akan ditulis dengan nilai hitung ulang.`}{" "}
                  Nilai lama dicatat di lembar &quot;Riwayat Perbaikan&quot; dan dapat dipulihkan.
                </Text>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(undefined)}>
                Batal
              </Button>
              <Button appearance="primary" onClick={() => confirm && void apply(confirm)}>
                Tulis
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
