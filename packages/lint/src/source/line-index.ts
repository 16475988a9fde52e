import type { Position } from "@gongwen/schema";

/** Turns offsets of a text into 1-based lines and columns (columns count UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** The line and column of an offset. */
  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] as number) + 1 };
  }

  /** The offset of a line and column (clamped to the text). */
  offset(position: Position): number {
    const start = this.starts[Math.max(0, Math.min(position.line, this.starts.length) - 1)] ?? 0;
    return start + Math.max(0, position.column - 1);
  }
}
