import { toChineseNumeral } from "./chinese-numerals.js";
import type { InitiativeStyle } from "./model.js";

/** The deepest heading level a report may use: 一、（一）1.（1）. */
export const MAX_LEVEL = 4;

/** The styles of initiative numbering, with a sample label of each. */
export const INITIATIVE_STYLES: Record<InitiativeStyle, string> = {
  ordinal: "一是、二是、三是",
  decimal: "1. 2. 3.",
  paren: "（1）（2）（3）",
};

/**
 * The number a heading carries at a level, as GB/T 9704-2012 §7.3.3 prescribes:
 * level 1 `一、`, level 2 `（一）`, level 3 `1.`, level 4 `（1）`. `index` counts from 1.
 */
export function headingLabel(level: number, index: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumeral(index)}、`;
    case 2:
      return `（${toChineseNumeral(index)}）`;
    case 3:
      return `${index}.`;
    case 4:
      return `（${index}）`;
    default:
      throw new RangeError(`headingLabel: level ${level} is not between 1 and ${MAX_LEVEL}`);
  }
}

/** The label of the `index`-th run-in initiative (from 1) in a given style: 一是, 1., （1）. */
export function initiativeLabel(style: InitiativeStyle, index: number): string {
  switch (style) {
    case "ordinal":
      return `${toChineseNumeral(index)}是`;
    case "decimal":
      return `${index}.`;
    case "paren":
      return `（${index}）`;
  }
}
