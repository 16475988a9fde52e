import type { Position } from "@gongwen/schema";

/** A template's source text with its line starts: offsets ↔ 1-based line and column. */
export class SourceText {
  readonly text: string;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }

  /** The 1-based line and column of an offset (columns count UTF-16 code units, as editors do). */
  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] as number) + 1 };
  }

  /** The offset of a 1-based line and column. */
  offset(position: Position): number {
    return (this.lineStarts[position.line - 1] ?? this.text.length) + position.column - 1;
  }

  /**
   * Where the `occurrence`-th copy (0-based) of `needle` lies in the source between `start` and
   * `end`: used to point at an expression inside a text node; undefined when the node's source
   * does not hold it verbatim (a quoted scalar with escapes).
   */
  find(needle: string, start: number, end: number, occurrence: number): number | undefined {
    let at = start - 1;
    for (let i = 0; i <= occurrence; i++) {
      at = this.text.indexOf(needle, at + 1);
      if (at < 0 || at + needle.length > end) return undefined;
    }
    return at;
  }
}
