import type { Position } from "@gongwen/schema";
import type { ModelPath, TextFix } from "../types.js";

/** A change to the source text: characters `from` to `to` become `text`. */
export interface SourceEdit {
  from: number;
  to: number;
  text: string;
}

/**
 * Where the text of each model field stands in a source file, character by character: used to
 * point diagnostics at the exact character and to turn a fix on a field's text into a minimal
 * edit of the file.
 */
export interface SourceMap {
  /** The source text. */
  readonly text: string;
  /**
   * The position of character `index` of the field at `path` (whose model text is `fieldText`),
   * or of the field itself when `index` is undefined; undefined when the source cannot tell.
   */
  position(path: ModelPath, fieldText?: string, index?: number): Position | undefined;
  /** The edit of the source that makes `fix` on the field's text, or undefined when that is not safe. */
  edit(path: ModelPath, fieldText: string, fix: TextFix): SourceEdit | undefined;
  /**
   * False when the field is not written in the source but derived by the reader (a title made
   * from org and year, a signature copied from org): its findings belong to the fields it came from.
   */
  written(path: ModelPath): boolean;
  /** The field's value as written in the source (meta dates are stored as ISO dates in the model). */
  raw(path: ModelPath): string | undefined;
}
