/**
 * The width of a text in ems of its font, as CJK fonts set it: Chinese characters and full-width
 * forms one em, ASCII letters, digits and punctuation half an em (the Latin fonts of a report —
 * Times New Roman — come close to that for digits, which is what dates and numbers hold). Used to
 * place the signature and to hang the 附件说明, as render-docx measures them in twips.
 */
export function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) as number) < 0x2e80 && !/[—…“”‘’]/.test(ch) ? 0.5 : 1;
  return width;
}
