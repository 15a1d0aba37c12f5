// The task pane: Fluent UI v9, Bahasa Indonesia, sections as tabs (320 px wide and up).
import * as React from "react";
import { FluentProvider, makeStyles, Spinner, Tab, TabList, tokens, webLightTheme } from "@fluentui/react-components";
import { SECTIONS, type SectionId } from "../sections";
import { noRunStore, type RunStore } from "../run-store";
import { validateWorkbook } from "../../renja/engine";
import type { ColumnOverride } from "../../renja/rules/context";
import { loadColumnMap, saveColumnChoice } from "../column-map-service";
import type { ExcelPort, Validate, ValidationRun } from "../services";
import { BantuanFooter } from "./BantuanFooter";
import { memorySettings, type SettingsPort } from "../settings-port";
import type { ColumnChoice } from "./ColumnMapPanel";
import { ValidationSection } from "./ValidationSection";

// Hitung Ulang, Sisipkan Tabel, Tabel 4.2 and Grafik bring the recalculation, the layouts, the quarter generator and the charts: chunks fetched
// (from the add-in's own origin) when the planner first opens them, so the core bundle stays small.
const InsertSection = React.lazy(() => import(/* webpackChunkName: "sisipkan" */ "./InsertSection").then((m) => ({ default: m.InsertSection })));
const TriwulanSection = React.lazy(() => import(/* webpackChunkName: "triwulan" */ "./TriwulanSection").then((m) => ({ default: m.TriwulanSection })));
const RecalcSection = React.lazy(() => import(/* webpackChunkName: "hitung" */ "./RecalcSection").then((m) => ({ default: m.RecalcSection })));
const ChartSection = React.lazy(() => import(/* webpackChunkName: "grafik" */ "./ChartSection").then((m) => ({ default: m.ChartSection })));

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
  /** The workbook's settings (Office document settings), where the user's column roles are kept. */
  settings?: SettingsPort;
}

export function App({ port, initialSection = "validasi", validate, store = noRunStore, settings }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const settingsStore = React.useMemo(() => settings ?? memorySettings({ persistent: false }), [settings]);
  // The user's column roles: read from the workbook once, kept in a ref so every validation (any section) uses
  // the latest choice without re-creating the engine call.
  const mapRef = React.useRef<ColumnOverride[] | undefined>(undefined);
  if (mapRef.current === undefined) mapRef.current = loadColumnMap(settingsStore);
  const [columnMap, setColumnMap] = React.useState<ColumnOverride[]>(mapRef.current);
  const engine = validate ?? validateWorkbook;
  // The options the sections pass (the nomenklatur list) are kept; the user's column roles are added to them.
  const validateMapped = React.useCallback<Validate>((wb, options) => {
    const map = mapRef.current ?? [];
    return map.length > 0 ? engine(wb, { ...options, columnMap: map }) : engine(wb, options);
  }, [engine]);
  const chooseColumn = React.useCallback(
    async (sheet: string, column: string, choice: ColumnChoice): Promise<void> => {
      mapRef.current = await saveColumnChoice(settingsStore, sheet, column, choice);
      setColumnMap(mapRef.current);
    },
    [settingsStore],
  );
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
        {section === "validasi" && <ValidationSection port={port} validate={validateMapped} run={run} onRun={setRun} columnMap={columnMap} columnMapPersistent={settingsStore.persistent} onColumnChoice={chooseColumn} />}
        <React.Suspense fallback={<Spinner size="tiny" label="Memuat…" />}>
          {section === "hitung" && <RecalcSection port={port} run={run} onRun={setRun} validate={validateMapped} />}
          {section === "sisipkan" && <InsertSection port={port} />}
          {section === "triwulan" && <TriwulanSection port={port} run={run} onRun={setRun} validate={validateMapped} />}
          {section === "grafik" && <ChartSection port={port} run={run} onRun={setRun} validate={validateMapped} />}
        </React.Suspense>
      </main>
      <BantuanFooter />
    </FluentProvider>
  );
}
