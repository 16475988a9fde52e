// Types of scripts/gb2312-runs.mjs, for the test that checks the written table.

/** The code points of GB 2312, ascending, as the platform's gb18030 decoder gives them. */
export function gb2312FromDecoder(): number[];
/** Ascending code points in the compact form of src/gb2312-runs.ts. */
export function encodeRuns(codes: number[]): string;
