// The rule registry: table rules run once per table found, workbook rules once over all tables.
import { angkaRule } from "./angka";
import type { TableRule } from "./context";
import { kodeRule } from "./kode";
import { nomenklaturRule, nomenklaturTahunRule } from "./nomenklatur";
import { satuanRule } from "./satuan";
import { strukturRule } from "./struktur";
import type { WorkbookRule } from "./workbook-context";

export const TABLE_RULES: TableRule[] = [kodeRule, satuanRule, angkaRule, nomenklaturRule];

export const WORKBOOK_RULES: WorkbookRule[] = [strukturRule];

// Recomputation checks (pagu sums, capaian, RKPD gap, triwulan, cross-table); they propose values in the plan.
import { paguRollupRule } from "./pagu-rollup";
WORKBOOK_RULES.push(paguRollupRule);
import { capaianRule } from "./capaian";
WORKBOOK_RULES.push(capaianRule);
import { rkpdRule } from "./rkpd";
WORKBOOK_RULES.push(rkpdRule);
import { triwulanRule } from "./triwulan";
WORKBOOK_RULES.push(triwulanRule);
import { rekonsiliasiRule } from "./rekonsiliasi";
WORKBOOK_RULES.push(rekonsiliasiRule);
WORKBOOK_RULES.push(nomenklaturTahunRule);
