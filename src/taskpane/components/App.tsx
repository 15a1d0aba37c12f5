// The task pane: Fluent UI v9, Bahasa Indonesia, sections as tabs (320 px wide and up).
import * as React from "react";
import { FluentProvider, makeStyles, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { SECTIONS, type SectionId } from "../sections";
import type { ExcelPort, Validate, ValidationRun } from "../services";
import { RecalcSection } from "./RecalcSection";
import { UpcomingSection } from "./UpcomingSection";
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
}

export function App({ port, initialSection = "validasi", validate }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [section, setSection] = React.useState<SectionId>(initialSection);
  // The last validation and the workbook it read are shared: "Hitung Ulang" applies its plan as recorded fixes.
  const [run, setRun] = React.useState<ValidationRun | undefined>();
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
        {section === "hitung" && <RecalcSection port={port} result={run?.result} onGoToValidation={() => setSection("validasi")} />}
        {section === "sisipkan" && (
          <UpcomingSection title="Sisipkan Tabel" text="Sisipkan kerangka Tabel 2.1 sampai Tabel 4.2 sesuai Permendagri 86/2017 ke lembar baru. Fitur ini sedang disiapkan." />
        )}
        {section === "triwulan" && (
          <UpcomingSection title="Tabel 4.2" text="Susun Tabel 4.2 (target kinerja dan penyerapan anggaran per triwulan) dari Tabel 4.1. Fitur ini sedang disiapkan." />
        )}
        {section === "grafik" && <UpcomingSection title="Grafik" text="Grafik pagu dan capaian per program. Fitur ini sedang disiapkan." />}
      </main>
    </FluentProvider>
  );
}
