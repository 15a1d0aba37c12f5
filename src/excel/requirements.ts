// Which Excel JavaScript API requirement sets the host supports. The manifest asks for ExcelApi 1.7 only;
// anything newer is used only after asking Office.
/// <reference types="office-js" />

export type ApiSupport = (set: string, version: string) => boolean;

/** ExcelApi 1.13: Range.getMergedAreasOrNullObject. */
export const MERGED_AREAS = "1.13";
/** ExcelApi 1.9: Worksheet.pageLayout (print titles, orientation). */
export const PAGE_LAYOUT = "1.9";
/** ExcelApi 1.8: Range.dataValidation. */
export const DATA_VALIDATION = "1.8";

/** Asks Office.js; without Office (tests, preview) nothing above the manifest's ExcelApi 1.7 is assumed. */
export const officeApiSupport: ApiSupport = (set, version) => {
  if (typeof Office === "undefined" || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(set, version);
};

export const excelApi = (supports: ApiSupport, version: string): boolean => supports("ExcelApi", version);
