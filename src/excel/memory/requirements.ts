// Requirement sets of the in-memory host: what `isSetSupported` answers, and a record of every API the
// adapter touched that lies above the configured ExcelApi version (so a test can assert graceful degradation).

export interface ApiUse {
  /** "Range.getMergedAreasOrNullObject", "Worksheet.pageLayout", … */
  api: string;
  set: string;
  version: string;
}

/** Compares dotted versions numerically: "1.13" > "1.7". */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class RequirementRegistry {
  /** APIs used above the supported version, in call order. */
  readonly violations: ApiUse[] = [];

  /** @param supported highest supported version per set, e.g. { ExcelApi: "1.7" }. */
  constructor(private readonly supported: Record<string, string>) {}

  isSetSupported(name: string, minVersion?: string): boolean {
    const have = this.supported[name];
    if (have === undefined) return false;
    return minVersion === undefined || compareVersions(have, minVersion) >= 0;
  }

  /** Called by every fake API member that needs more than ExcelApi 1.1. */
  use(api: string, version: string, set = "ExcelApi"): void {
    if (!this.isSetSupported(set, version)) this.violations.push({ api, set, version });
  }
}
