// The ExcelPort over Office.js: the only task-pane module that touches the Excel global.
/// <reference types="office-js" />
import { officeApiSupport } from "../excel/requirements";
import { createExcelPort, type ExcelPort } from "./services";

export function officeExcelPort(): ExcelPort {
  return createExcelPort((batch) => Excel.run(batch), officeApiSupport);
}
