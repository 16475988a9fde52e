import type { Rule } from "../types.js";
import { dateInYear } from "./date-in-year.js";
import { abbreviatedYear, datePadding, dateStyle } from "./dates.js";
import { docNumber } from "./doc-number.js";
import { docNumberPrinted } from "./doc-number-printed.js";
import { doubledPunctuation } from "./doubled-punctuation.js";
import { leadEnding, titleEnding } from "./endings.js";
import { figureSpace } from "./figure-space.js";
import { fontCoverage } from "./font-coverage.js";
import { fullwidthAlnum, invisibleChar, straySpace } from "./hygiene.js";
import { inlineNumbering } from "./inline-numbering.js";
import { numberingMark } from "./numbering-mark.js";
import { pairedMarks } from "./paired-marks.js";
import { placeholder } from "./placeholder.js";
import { punctuationWidth } from "./punctuation-width.js";
import { rangeDash } from "./range-dash.js";
import { sentencePeriod } from "./sentence-period.js";
import { emptySection, planYear, yearConsistency } from "./structure.js";
import { titleNumbering } from "./title-numbering.js";

/** Every rule, in the order RULES.md documents them. */
export const RULES: readonly Rule[] = [
  punctuationWidth,
  pairedMarks,
  sentencePeriod,
  doubledPunctuation,
  titleNumbering,
  numberingMark,
  inlineNumbering,
  datePadding,
  dateStyle,
  abbreviatedYear,
  docNumber,
  docNumberPrinted,
  rangeDash,
  placeholder,
  emptySection,
  leadEnding,
  titleEnding,
  yearConsistency,
  dateInYear,
  planYear,
  fullwidthAlnum,
  straySpace,
  figureSpace,
  invisibleChar,
  fontCoverage,
];

/** The ids of every rule. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** A rule by id, or undefined. */
export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
