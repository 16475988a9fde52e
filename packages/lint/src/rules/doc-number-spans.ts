/**
 * 发文字号 quoted in running text: `青卫发[2024]3号`, `（2024）`, `【2024】`, `﹝2024﹞`. The brackets around
 * the year belong to the doc-number rule, which turns them into `〔〕`; the punctuation rule
 * leaves them alone.
 */
const DOC_NUMBER_IN_TEXT = /\p{Script=Han}([[【［（(〔﹝])(\d{2,4})([\]】］）)〕﹞])第?0*\d+号/gu;

/** A 发文字号 found in running text: where its two brackets stand and its year. */
export interface DocNumberMatch {
  open: number;
  close: number;
  year: string;
}

/** Every 发文字号 in a text (see DOC_NUMBER_IN_TEXT). */
export function docNumbersInText(text: string): DocNumberMatch[] {
  if (!text.includes("号")) return [];
  const out: DocNumberMatch[] = [];
  for (const match of text.matchAll(DOC_NUMBER_IN_TEXT)) {
    const open = match.index + 1;
    const year = match[2] as string;
    out.push({ open, close: open + 1 + year.length, year });
  }
  return out;
}

/** The indexes of the brackets of the 发文字号 in a text. */
export function docNumberBracketIndexes(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of docNumbersInText(text)) {
    out.add(m.open);
    out.add(m.close);
  }
  return out;
}
