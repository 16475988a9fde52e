import type { ModelPath } from "../types.js";
import type { SourceMap } from "./source-map.js";

function valueAt(input: unknown, path: ModelPath): unknown {
  let node = input;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * A SourceMap over a report given as data (JSON, an object built in code): it has no lines to
 * point at, but tells which fields were written and which the model derived (a title made from
 * org and year), so findings are not repeated in derived fields.
 */
export function objectSourceMap(input: unknown): SourceMap {
  return {
    text: "",
    written(path) {
      if (valueAt(input, path) !== undefined) return true;
      // A text given as one string is split into paragraphs: opening[1] comes from opening.
      const last = path[path.length - 1];
      return typeof last === "number" && typeof valueAt(input, path.slice(0, -1)) === "string";
    },
    position() {
      return undefined;
    },
    edit() {
      return undefined;
    },
    raw(path) {
      const value = valueAt(input, path);
      return typeof value === "string" ? value : undefined;
    },
  };
}
