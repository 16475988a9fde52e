/**
 * The numbering marks authors type, right and wrong, shared by the title-numbering and
 * numbering-mark rules.
 */

const CN = "[一二三四五六七八九十百零〇]+";
const NUM = "\\d{1,3}";
/** After `一、`: a list of numerals (`一、二、三产业`, `一、二季度`) is words, not a number typed before them. */
const NOT_A_LIST = "(?![一二三四五六七八九十两]+[、季月等和至])";

/**
 * A number typed at the start of a title or a lead (the writers number sections and
 * initiatives themselves): `一、` `一.` `（一）` `(一)` `1.` `1、` `（1）` `(1)` `1)` `一是` `第一，`
 * and the spaces after it. `1.5倍` is a number and `一、二、三产业` a list of numerals, not labels.
 */
export const TYPED_NUMBER = new RegExp(
  `^(?:${CN}[、.．，,]${NOT_A_LIST}|[（(]${CN}[)）][、.．]?|${NUM}[.．、](?![0-9０-９])|[（(]${NUM}[)）][、.．]?|${NUM}[)）]|${CN}是(?=\\p{Script=Han})|第${CN}[，,、](?=\\p{Script=Han}))[ \\t\\u3000]*`,
  "u",
);

/** Where a numbered item may begin inside running text: its start, or after a sentence ends. */
export const ITEM_START = "(?:^|(?<=[。；;！？：:]\\s*))";

/** `1)` `1）` typed at the start of an item: a closing bracket without its opening one. */
export const HALF_PAREN_NUMBER = new RegExp(`${ITEM_START}(${NUM})[)）]`, "gu");
