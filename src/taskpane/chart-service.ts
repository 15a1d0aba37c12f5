// "Grafik": native Excel charts of the pagu per program (Tabel 4.1 or 3.1) and of the RKPD pagu against the
// kebutuhan dana (Tabel 2.3), over their data on the add-in-owned sheet "Grafik Renja" (one batch).
import { buildChartSheet, type ChartChoice, type ChartSheetResult } from "../renja/charts";
import type { TableModel } from "../renja/model";
import type { ApplyReport, ExcelPort, ValidationRun } from "./services";

export interface ChartTableOption {
  /** Index among the run's tables. */
  index: number;
  label: string;
  table: TableModel;
}

function option(t: TableModel, index: number): ChartTableOption {
  const programs = t.rows.filter((r) => r.level === "program").length;
  const name = `Tabel ${t.kind.slice(1)}`;
  return { index, table: t, label: `${t.sheet === name ? name : `${name} di lembar "${t.sheet}"`} (${programs} program)` };
}

/** The tables of the last read that a chart can be drawn from. */
export function chartTables(run: ValidationRun): { pagu: ChartTableOption[]; rkpd: ChartTableOption[] } {
  const pagu: ChartTableOption[] = [];
  const rkpd: ChartTableOption[] = [];
  run.result.tables.forEach((t, i) => {
    if (t.kind === "T4.1" || t.kind === "T3.1") pagu.push(option(t, i));
    else if (t.kind === "T2.3") rkpd.push(option(t, i));
  });
  return { pagu, rkpd };
}

export function planCharts(run: ValidationRun, choice: ChartChoice): ChartSheetResult {
  return buildChartSheet(run.wb, choice);
}

/** Writes "Grafik Renja" with its charts (replacing the add-in's earlier one): at most two round trips. */
export async function writeCharts(port: ExcelPort, planned: ChartSheetResult): Promise<ApplyReport> {
  return port.apply({ cells: [], sheets: [planned.write] });
}
