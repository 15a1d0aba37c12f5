// "Grafik": native Excel charts of the pagu per program and of the RKPD pagu against the kebutuhan dana, over
// their data on the add-in's sheet "Grafik Renja".
import * as React from "react";
import { Button, Caption1, Checkbox, Field, makeStyles, Select, Text } from "@fluentui/react-components";
import { toUserMessage } from "../../excel/errors";
import { chartTotal, GRAFIK_SHEET, type ChartChoice } from "../../renja/charts";
import { chartTables, planCharts, writeCharts, type ChartTableOption } from "../chart-service";
import type { ExcelPort, Validate, ValidationRun } from "../services";
import { NoticeBar } from "./ErrorBar";
import { ReadFirst } from "./ReadFirst";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "10px" },
  block: { display: "flex", flexDirection: "column", gap: "4px" },
});

export interface ChartSectionProps {
  port: ExcelPort;
  run: ValidationRun | undefined;
  onRun: (run: ValidationRun) => void;
  validate?: Validate;
}

function TablePick({ options, value, onChange, label }: { options: ChartTableOption[]; value: number | undefined; onChange: (i: number) => void; label: string }): React.JSX.Element {
  return (
    <Select aria-label={label} value={value === undefined ? "" : String(value)} onChange={(_, d) => onChange(Number(d.value))} style={{ minWidth: 0, width: "100%" }} select={{ style: { minWidth: 0, width: "100%", textOverflow: "ellipsis" } }}>
      {options.map((o) => (
        <option key={o.index} value={o.index}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

export function ChartSection({ port, run, onRun, validate }: ChartSectionProps): React.JSX.Element {
  const styles = useStyles();
  const tables = React.useMemo(() => (run ? chartTables(run) : { pagu: [], rkpd: [] }), [run]);
  const [paguOn, setPaguOn] = React.useState(true);
  const [rkpdOn, setRkpdOn] = React.useState(true);
  // Tabel 4.1 first (the plan as funded), else Tabel 3.1.
  const [paguIndex, setPaguIndex] = React.useState<number | undefined>();
  const [rkpdIndex, setRkpdIndex] = React.useState<number | undefined>();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | undefined>();
  const [done, setDone] = React.useState<string | undefined>();

  const paguDefault = tables.pagu.find((o) => o.table.kind === "T4.1") ?? tables.pagu[0];
  const pagu = tables.pagu.find((o) => o.index === paguIndex) ?? paguDefault;
  const rkpd = tables.rkpd.find((o) => o.index === rkpdIndex) ?? tables.rkpd[0];
  const choice: ChartChoice = { ...(paguOn && pagu ? { pagu: pagu.table } : {}), ...(rkpdOn && rkpd ? { rkpd: rkpd.table } : {}) };
  const planned = React.useMemo(() => (run && (choice.pagu || choice.rkpd) ? planCharts(run, choice) : undefined), [run, choice.pagu, choice.rkpd]);

  if (!run) {
    return (
      <section aria-label="Grafik">
        <ReadFirst port={port} validate={validate} onRun={onRun} text="Baca buku kerja untuk menggambar pagu per program (Tabel 4.1 atau 3.1) dan pagu RKPD dibanding kebutuhan dana (Tabel 2.3)." />
      </section>
    );
  }

  const draw = async (): Promise<void> => {
    if (!planned) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const report = await writeCharts(port, planned);
      setDone([`${planned.write.charts.length} grafik dibuat pada lembar "${report.sheets[0] ?? GRAFIK_SHEET}".`, ...report.skipped].join(" "));
    } catch (e) {
      setError(toUserMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const none = tables.pagu.length === 0 && tables.rkpd.length === 0;
  return (
    <section aria-label="Grafik" className={styles.form}>
      {error && <NoticeBar intent="error" title="Gagal" text={error} />}
      {done && <NoticeBar intent="success" text={done} />}
      {none && <Text block>Tidak ada Tabel 4.1, 3.1 atau 2.3 pada pembacaan terakhir. Baca ulang setelah tabelnya ada.</Text>}
      {tables.pagu.length > 0 && (
        <div className={styles.block}>
          <Checkbox label="Pagu indikatif per program" checked={paguOn} onChange={(_, d) => setPaguOn(d.checked === true)} />
          {paguOn && <TablePick label="Tabel pagu" options={tables.pagu} value={pagu?.index} onChange={setPaguIndex} />}
        </div>
      )}
      {tables.rkpd.length > 0 && (
        <div className={styles.block}>
          <Checkbox label="Pagu RKPD dan kebutuhan dana per program" checked={rkpdOn} onChange={(_, d) => setRkpdOn(d.checked === true)} />
          {rkpdOn && tables.rkpd.length > 1 && <TablePick label="Tabel 2.3" options={tables.rkpd} value={rkpd?.index} onChange={setRkpdIndex} />}
        </div>
      )}
      {planned && (
        <Field label="Data grafik">
          {planned.blocks.map((b) => (
            <Caption1 key={b.title} block>
              {`${b.title}: ${b.rows.length} program; ${b.series.map((s, i) => `${s.replace(/ \(Rp\)$/, "")} Rp ${chartTotal(b.rows, i)}`).join(", ")}.`}
            </Caption1>
          ))}
        </Field>
      )}
      {planned && planned.notes.length > 0 && <NoticeBar intent="warning" text={planned.notes.join(" ")} />}
      <div>
        <Button appearance="primary" disabled={busy || !planned || planned.write.charts.length === 0} onClick={() => void draw()}>
          Buat grafik
        </Button>
      </div>
      <Caption1 block>{`Data dan grafik ditulis ke lembar "${GRAFIK_SHEET}" (milik add-in, ditulis ulang setiap kali).`}</Caption1>
    </section>
  );
}
