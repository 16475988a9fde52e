import type { DirectXml } from "../xml/direct.js";
import { TextParagraph } from "./text-paragraph.js";

/**
 * Chains the last paragraph of the text to the signature, so that the 署名 and 成文日期 never stand
 * alone on a page (GB/T 9704-2012 §7.3.5: the signature shares its page with the text; "此页无正文"
 * is not a remedy). The paragraph gets keep-with-next and widow control: when the signature has to
 * move to the next page, Word and LibreOffice both take the paragraph's last lines with it (at
 * least two, widow control; the whole paragraph when it has three lines or fewer). The 附件说明
 * and the signature keep with what follows them in their own styles, so the chain runs unbroken
 * from the text to the date.
 *
 * `blocks` is the body in reading order; `end` the index of the first block after the text (the
 * 附件说明 or the signature). The last paragraph before `end` is replaced by its kept form; a text
 * that ends with a table is left as it is (its rows are kept whole, and a table cannot keep with
 * the next paragraph in LibreOffice). Returns the index replaced, or -1.
 */
export function keepTextWithSignature(blocks: DirectXml[], end: number): number {
  const at = end - 1;
  const last = blocks[at];
  if (!(last instanceof TextParagraph)) return -1;
  blocks[at] = last.kept();
  return at;
}
