import type { Position } from "@gongwen/schema";
import { LineCounter } from "yaml";

/** A template's source text with its line starts (yaml's LineCounter): offsets ↔ 1-based line and column. */
export class SourceText {
  readonly text: string;
  private readonly lines = new LineCounter();

  constructor(text: string) {
    this.text = text;
    this.lines.addNewLine(0);
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lines.addNewLine(i + 1);
  }

  /** The 1-based line and column of an offset (columns count UTF-16 code units, as editors do). */
  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** The offset of a 1-based line and column. */
  offset(position: Position): number {
    return (this.lines.lineStarts[position.line - 1] ?? this.text.length) + position.column - 1;
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
