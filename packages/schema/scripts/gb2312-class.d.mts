// Types of scripts/gb2312-class.mjs, for the test that checks the written table.

/** The code points of GB 2312, ascending, as the platform's gb18030 decoder gives them. */
export function gb2312FromDecoder(): number[];
/** Ascending code points as a character class body, the form of src/gb2312-class.ts. */
export function encodeClass(codes: number[]): string;
