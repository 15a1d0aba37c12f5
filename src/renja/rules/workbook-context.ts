import type { Findings } from "../finding";
import type { SheetView, WorkbookGrid } from "../grid";
import type { TableModel } from "../model";
import type { WritePlan } from "../plan";
import type { ValidateOptions } from "./context";

/** What a rule across tables sees (cross-table reconciliation, workbook structure). */
export interface WorkbookRuleContext {
  workbook: WorkbookGrid;
  tables: TableModel[];
  views: Map<string, SheetView>;
  findings: Findings;
  options: ValidateOptions;
  /** Recomputed values go here (applied only on the user's confirmation). */
  plan: WritePlan;
}

export type WorkbookRule = (ctx: WorkbookRuleContext) => void;
