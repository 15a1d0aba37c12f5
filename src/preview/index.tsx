// `npm run preview`: the task pane over the in-memory Excel host with the sample workbook, no Office needed.
// ?api=1.7 limits the host to ExcelApi 1.7; ?section=… opens a section like the ribbon buttons do;
// ?width=320 sets the pane's width (Excel's task pane is 320 px wide at its narrowest).
import * as React from "react";
import { createRoot } from "react-dom/client";
import { localAddress, quoteSheetName } from "../excel/address";
import { createMemoryExcel, type MemoryExcel } from "../excel/memory";
import type { WorkbookGrid } from "../renja/grid";
import { App } from "../taskpane/components/App";
import { sectionFromSearch } from "../taskpane/sections";
import { createExcelPort, type ExcelPort } from "../taskpane/services";
import { memorySettings } from "../taskpane/settings-port";
import { DEMO_GRID } from "./demo-grid";
import { previewEvaluator } from "./preview-evaluator";
import { SheetPreview } from "./SheetPreview";

async function loadGrid(): Promise<{ grid: WorkbookGrid; source: string }> {
  try {
    const res = await fetch("data/sample-grid.json");
    if (res.ok) return { grid: (await res.json()) as WorkbookGrid, source: "seeds/renja-dinsos-malang-2024.xlsx" };
  } catch {
    // fall through to the built-in sample
  }
  return { grid: DEMO_GRID, source: "contoh bawaan (jalankan scripts/seed-to-grid.ts untuk contoh lengkap)" };
}

/** "'Tabel 4.1'!M94", as Excel's name box would show the selection. */
function selectionText(host: MemoryExcel): string {
  const sel = host.state.selection;
  const sheet = sel && host.state.byId(sel.sheetId);
  return sel && sheet ? `${quoteSheetName(sheet.name)}!${localAddress(sel.range)}` : "-";
}

function Preview({ host, source, paneWidth }: { host: MemoryExcel; source: string; paneWidth: number }): React.JSX.Element {
  const [version, setVersion] = React.useState(0);
  // Every port call ends with a repaint of the sheet view (selection, written values).
  const port = React.useMemo<ExcelPort>(() => {
    const inner = createExcelPort(host.run, host.isSetSupported);
    const after = <T,>(p: Promise<T>): Promise<T> => p.finally(() => setVersion((v) => v + 1));
    return { read: (cb) => after(inner.read(cb)), apply: (plan) => after(inner.apply(plan)), select: (s, c) => after(inner.select(s, c)) };
  }, [host]);
  // The preview's workbook settings live as long as the page (like a workbook's, saved with it).
  const settings = React.useMemo(() => memorySettings(), []);
  return (
    <div style={{ display: "flex", height: "100vh" }}>
      <div style={{ width: paneWidth, flex: "none", borderRight: "1px solid #ccc", overflow: "auto" }} data-testid="taskpane">
        <App port={port} settings={settings} initialSection={sectionFromSearch(window.location.search)} />
      </div>
      <div style={{ flex: 1, minWidth: 0, display: "flex", flexDirection: "column" }}>
        <div style={{ padding: "4px 8px", fontFamily: "Segoe UI, sans-serif", fontSize: 12, background: "#f7f7f7", borderBottom: "1px solid #ddd" }}>
          Pratinjau tanpa Excel · buku kerja: {source} · ExcelApi {host.isSetSupported("ExcelApi", "1.8") ? "terbaru" : "1.7"} · {host.syncCount} sinkronisasi · sel terpilih:{" "}
          <output data-testid="selection">{selectionText(host)}</output>
        </div>
        <SheetPreview host={host} version={version} />
      </div>
    </div>
  );
}

async function main(): Promise<void> {
  const { grid, source } = await loadGrid();
  const params = new URLSearchParams(window.location.search);
  const api = params.get("api");
  const width = Number(params.get("width"));
  // Formulas the add-in writes are computed as Excel would show them (previewEvaluator: no GPL engine bundled).
  const host = createMemoryExcel(grid, { requirementSets: { ExcelApi: api ?? "1.17" }, evaluator: previewEvaluator });
  const paneWidth = Number.isFinite(width) && width >= 280 && width <= 1000 ? width : 360;
  createRoot(document.getElementById("container")!).render(<Preview host={host} source={source} paneWidth={paneWidth} />);
}

void main();
