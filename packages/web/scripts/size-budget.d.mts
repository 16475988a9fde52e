/** The editor's size budget in bytes (see size-budget.mjs). */
export declare const SIZE_BUDGET: { singleFile: number; site: number };
