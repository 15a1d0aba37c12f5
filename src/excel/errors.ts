// Excel errors as plain Bahasa Indonesia for the planner: no codes to decode, no stack traces.

/** An error whose message is already meant for the planner. */
export class RenjaExcelError extends Error {
  override readonly name = "RenjaExcelError";
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** OfficeExtension.Error codes (Excel.ErrorCodes) → what the planner should do. */
const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: "Selesaikan pengeditan sel terlebih dahulu (tekan Enter atau Esc), lalu coba lagi.",
  ItemNotFound: "Lembar atau sel yang dituju tidak ditemukan; mungkin sudah diganti namanya atau dihapus.",
  ItemAlreadyExists: "Sudah ada lembar dengan nama yang sama.",
  AccessDenied: "Excel menolak perubahan: lembar atau buku kerja mungkin diproteksi.",
  InvalidArgument: "Excel menolak data yang dikirim (argumen tidak valid).",
  InvalidReference: "Alamat sel atau rentang tidak valid.",
  InvalidOperation: "Operasi ini tidak dapat dilakukan pada lembar atau rentang tersebut.",
  RequestPayloadSizeLimitExceeded: "Data terlalu besar untuk dikirim ke Excel sekaligus. Kecilkan lembar kerja atau bagi datanya, lalu coba lagi.",
  ResponsePayloadSizeLimitExceeded: "Data terlalu besar untuk dibaca dari Excel sekaligus. Kecilkan lembar kerja atau bagi datanya, lalu coba lagi.",
  ActivityLimitReached: "Terlalu banyak operasi sekaligus. Tunggu sebentar, lalu coba lagi.",
  ApiNotFound: "Versi Excel ini belum mendukung fitur tersebut. Perbarui Excel atau gunakan Excel di web.",
  NotImplemented: "Versi Excel ini belum mendukung fitur tersebut. Perbarui Excel atau gunakan Excel di web.",
  Conflict: "Buku kerja sedang diubah oleh pengguna lain. Coba lagi sebentar lagi.",
  EditModeCellEdit: "Selesaikan pengeditan sel terlebih dahulu (tekan Enter atau Esc), lalu coba lagi.",
  ServiceNotAvailable: "Layanan Excel sedang tidak tersedia. Coba lagi nanti.",
  Timeout: "Excel terlalu lama merespons. Coba lagi.",
  RequestAborted: "Permintaan ke Excel dibatalkan. Coba lagi.",
  Unauthenticated: "Sesi Anda telah berakhir. Masuk kembali, lalu coba lagi.",
  GeneralException: "Excel mengalami kesalahan umum. Coba lagi.",
};

/** The code of an OfficeExtension.Error (or the memory host's look-alike), if it has one. */
export function errorCode(err: unknown): string | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const e = err as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof e.code === "string") return e.code;
  if (typeof e.debugInfo?.code === "string") return e.debugInfo.code;
  return undefined;
}

export function isPayloadLimitError(err: unknown): boolean {
  const code = errorCode(err);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** The one line a planner sees for any error: known codes get advice, others "Terjadi kesalahan: …". */
export function toUserMessage(err: unknown): string {
  if (err instanceof RenjaExcelError) return err.message;
  const code = errorCode(err);
  if (code && MESSAGES[code]) return MESSAGES[code];
  let detail = "";
  if (err instanceof Error) detail = err.message;
  else if (typeof err === "string") detail = err;
  else if (typeof err === "object" && err !== null && typeof (err as { message?: unknown }).message === "string") detail = (err as { message: string }).message;
  // First line only: no stack traces or debug dumps in the task pane.
  detail = (detail.split(/\r?\n/)[0] ?? "").trim();
  if (detail.length > 300) detail = `${detail.slice(0, 297)}...`;
  return detail ? `Terjadi kesalahan: ${detail}` : "Terjadi kesalahan yang tidak diketahui.";
}
