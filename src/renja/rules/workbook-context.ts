import type { Findings } from "../finding";
import type { SheetView, WorkbookGrid } from "../grid";
import type { TableModel } from "../model";
import type { WritePlan } from "../plan";
import type { ValidateOptions } from "./context";
import type { UnreadHeader } from "../tables/detect";

/** What a rule across tables sees (cross-table reconciliation, workbook structure). */
export interface WorkbookRuleContext {
  workbook: WorkbookGrid;
  tables: TableModel[];
  views: Map<string, SheetView>;
  findings: Findings;
  options: ValidateOptions;
  /** Recomputed values go here (applied only on the user's confirmation). */
  plan: WritePlan;
  /** Per sheet, header blocks that look like a Renja table's but map to none (said by the struktur rule). */
  unread?: Map<string, UnreadHeader[]>;
}

export type WorkbookRule = (ctx: WorkbookRuleContext) => void;
