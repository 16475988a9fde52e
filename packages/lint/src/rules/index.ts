import type { Rule } from "../types.js";
import { abbreviatedYear, datePadding, dateStyle } from "./dates.js";
import { docNumber } from "./doc-number.js";
import { doubledPunctuation } from "./doubled-punctuation.js";
import { leadEnding, titleEnding } from "./endings.js";
import { fontCoverage } from "./font-coverage.js";
import { fullwidthAlnum, invisibleChar, straySpace } from "./hygiene.js";
import { numberingMark } from "./numbering-mark.js";
import { pairedMarks } from "./paired-marks.js";
import { placeholder } from "./placeholder.js";
import { punctuationWidth } from "./punctuation-width.js";
import { rangeDash } from "./range-dash.js";
import { emptySection, planYear, yearConsistency } from "./structure.js";
import { titleNumbering } from "./title-numbering.js";

/** Every rule, in the order RULES.md documents them. */
export const RULES: readonly Rule[] = [
  punctuationWidth,
  pairedMarks,
  doubledPunctuation,
  titleNumbering,
  numberingMark,
  datePadding,
  dateStyle,
  abbreviatedYear,
  docNumber,
  rangeDash,
  placeholder,
  emptySection,
  leadEnding,
  titleEnding,
  yearConsistency,
  planYear,
  fullwidthAlnum,
  straySpace,
  invisibleChar,
  fontCoverage,
];

/** The ids of every rule. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** A rule by id, or undefined. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
