// The Office.js adapter: the only code that talks to Excel. The engine and the UI see grids and plans.
export { readWorkbook, type ReadOptions } from "./read";
export { applyPlan, type ApplyOptions, type ApplyReport } from "./apply";
export { selectCell } from "./select";
export { RenjaExcelError, toUserMessage } from "./errors";
export { officeApiSupport, type ApiSupport } from "./requirements";
