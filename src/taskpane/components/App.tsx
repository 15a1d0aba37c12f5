// The task pane: Fluent UI v9, Bahasa Indonesia, sections as tabs (320 px wide and up).
import * as React from "react";
import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { SECTIONS, type SectionId } from "../sections";
import { noRunStore, type RunStore } from "../run-store";
import type { ExcelPort, Validate, ValidationRun } from "../services";
import { BantuanFooter } from "./BantuanFooter";
import { ChartSection } from "./ChartSection";
import { InsertSection } from "./InsertSection";
import { RecalcSection } from "./RecalcSection";
import { TriwulanSection } from "./TriwulanSection";
import { ValidationSection } from "./ValidationSection";

const useStyles = makeStyles({
  root: { minWidth: "320px", minHeight: "100vh", boxSizing: "border-box", backgroundColor: tokens.colorNeutralBackground1 },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  body: { padding: "12px" },
});

export interface AppProps {
  port: ExcelPort;
  initialSection?: SectionId;
  validate?: Validate;
  /** Where the last validation is kept across reloads of the pane (the ribbon buttons reload it). */
  store?: RunStore;
}

export function App({ port, initialSection = "validasi", validate, store = noRunStore }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [section, setSection] = React.useState<SectionId>(initialSection);
  // The last validation and the workbook it read are shared: "Hitung Ulang" applies its plan as recorded fixes,
  // "Tabel 4.2" and "Grafik" take their tables from it.
  // Kept across the pane's reloads for this workbook (run-store.ts).
  const [run, setRunState] = React.useState<ValidationRun | undefined>(() => store.load());
  const setRun = React.useCallback(
    (next: ValidationRun | undefined) => {
      setRunState(next);
      store.save(next);
    },
    [store],
  );
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <TabList className={styles.tabs} size="small" selectedValue={section} onTabSelect={(_, d) => setSection(d.value as SectionId)} aria-label="Bagian Renja">
        {SECTIONS.map((s) => (
          <Tab key={s.id} value={s.id}>
            {s.label}
          </Tab>
        ))}
      </TabList>
      <main className={styles.body}>
        {section === "validasi" && <ValidationSection port={port} validate={validate} run={run} onRun={setRun} />}
        {section === "hitung" && <RecalcSection port={port} run={run} onRun={setRun} validate={validate} />}
        {section === "sisipkan" && <InsertSection port={port} />}
        {section === "triwulan" && <TriwulanSection port={port} run={run} onRun={setRun} validate={validate} />}
        {section === "grafik" && <ChartSection port={port} run={run} onRun={setRun} validate={validate} />}
      </main>
      <BantuanFooter />
    </FluentProvider>
  );
}
