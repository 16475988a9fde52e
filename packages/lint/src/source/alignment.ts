import type { TextFix } from "../types.js";
import type { SourceEdit } from "./source-map.js";

/** Spaces as the model's text normalisation sees them (JavaScript's `\s`). */
export function isWhite(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/**
 * A field's text aligned with the source: for every character of the text that is not a space,
 * the source range it was written as (one character, or an escape such as `\"` or `''`).
 * Spaces are not aligned one by one: the model joins lines and YAML folds them.
 */
export class Alignment {
  /** Source start of each character of the text, −1 for spaces. */
  private readonly from: Int32Array;
  /** Source end of each character of the text, −1 for spaces. */
  private readonly to: Int32Array;

  constructor(
    private readonly text: string,
    from: Int32Array,
    to: Int32Array,
    private readonly source: string,
    /** Characters a replacement may not contain in this kind of source (quoting rules). */
    private readonly unsafe: RegExp | undefined,
  ) {
    this.from = from;
    this.to = to;
  }

  private prevSolid(i: number): number {
    let j = i;
    while (j >= 0 && this.from[j] === -1) j--;
    return j;
  }

  private nextSolid(i: number): number {
    let j = i;
    while (j < this.text.length && this.from[j] === -1) j++;
    return j < this.text.length ? j : -1;
  }

  /**
   * The source range of the spaces between the solid characters `a` and `b` of the text, and
   * whether the source writes exactly the same spaces (so offsets inside map one to one).
   */
  private gap(a: number, b: number): { from: number; to: number; exact: boolean } {
    const from = a < 0 ? (this.from[b] as number) : (this.to[a] as number);
    const to = b < 0 ? (this.to[a] as number) : (this.from[b] as number);
    const modelGap = this.text.slice(a + 1, b < 0 ? this.text.length : b);
    return { from, to, exact: this.source.slice(from, to) === modelGap };
  }

  /** The source offset of character `index` of the text (of the end of the text for its length). */
  offset(index: number): number {
    if (this.text.length === 0) return 0;
    if (index >= this.text.length) {
      const last = this.prevSolid(this.text.length - 1);
      return last < 0 ? 0 : (this.to[last] as number);
    }
    if (this.from[index] !== -1) return this.from[index] as number;
    const a = this.prevSolid(index);
    const b = this.nextSolid(index);
    if (a < 0 && b < 0) return 0;
    const gap = this.gap(a, b);
    return gap.exact ? gap.from + (index - a - 1) : b >= 0 ? gap.to : gap.from;
  }

  /** The source offset where a range starting at `index` starts, or undefined when it cannot be told exactly. */
  private startOf(index: number): number | undefined {
    if (index >= this.text.length) {
      const last = this.prevSolid(this.text.length - 1);
      return last < 0 ? undefined : (this.to[last] as number);
    }
    if (this.from[index] !== -1) return this.from[index] as number;
    const a = this.prevSolid(index);
    const b = this.nextSolid(index);
    if (a < 0 || b < 0) return undefined;
    const gap = this.gap(a, b);
    if (gap.exact) return gap.from + (index - a - 1);
    return index === a + 1 ? gap.from : undefined;
  }

  /** The source offset where a range ending before `index` ends, or undefined when it cannot be told exactly. */
  private endOf(index: number): number | undefined {
    if (index <= 0) {
      const first = this.nextSolid(0);
      return first < 0 ? undefined : (this.from[first] as number);
    }
    const last = index - 1;
    if (this.from[last] !== -1) return this.to[last] as number;
    const a = this.prevSolid(last);
    const b = this.nextSolid(last);
    if (a < 0 || b < 0) return undefined;
    const gap = this.gap(a, b);
    if (gap.exact) return gap.from + (last - a - 1) + 1;
    return index === b ? gap.to : undefined;
  }

  /**
   * The source edit that makes a fix on the text, or undefined when it cannot be made safely:
   * its ends fall inside spaces the source writes differently, it would cross a line break, or
   * the replacement holds characters the source's quoting would need to escape.
   */
  edit(fix: TextFix): SourceEdit | undefined {
    const from = this.startOf(fix.start);
    const to = fix.end === fix.start ? from : this.endOf(fix.end);
    if (from === undefined || to === undefined || to < from) return undefined;
    const replaced = this.source.slice(from, to);
    if (/[\r\n]/.test(replaced)) return undefined;
    if (this.unsafe?.test(fix.text)) return undefined;
    return { from, to, text: fix.text };
  }
}

/** Builds an Alignment from per-character source ranges. */
export function alignment(
  text: string,
  ranges: { from: number; to: number }[],
  source: string,
  unsafe?: RegExp,
): Alignment {
  const from = new Int32Array(text.length).fill(-1);
  const to = new Int32Array(text.length).fill(-1);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    if (isWhite(text[i])) continue;
    const range = ranges[k++];
    if (!range) break;
    from[i] = range.from;
    to[i] = range.to;
  }
  return new Alignment(text, from, to, source, unsafe);
}
