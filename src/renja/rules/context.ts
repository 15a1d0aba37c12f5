import type { Findings } from "../finding";
import type { SheetView } from "../grid";
import type { TableModel } from "../model";
import type { NomenklaturIndex } from "../nomenklatur";
import type { ColumnOverride } from "../tables/column-map";

export type { ColumnOverride };

export interface ValidateOptions {
  /** Kepmendagri nomenclature list: the built-in one (CLI and pane by default) or the user's; none = no checks. */
  nomenklatur?: NomenklaturIndex;
  /** Label of the list, named in nomenklatur findings (e.g. the file name). */
  nomenklaturName?: string;
  /** The user's column roles (CLI --kolom, the pane's mapping): each wins for the table on its sheet. */
  columnMap?: ColumnOverride[];
}

/** What a rule over one table sees. Rules only read the view and push findings. */
export interface TableRuleContext {
  table: TableModel;
  view: SheetView;
  findings: Findings;
  options: ValidateOptions;
}

export type TableRule = (ctx: TableRuleContext) => void;
