import { type Document, isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from "yaml";

/** A path into the YAML data: keys of mappings and indexes of lists. */
export type DataPath = readonly (string | number)[];

/** One change the outline form makes to the report's YAML. */
export type YamlChange =
  /** Sets a value; an empty string or undefined removes the key (optional fields the clerk cleared). */
  | { op: "set"; path: DataPath; value: unknown }
  /** Removes the item or key at `path`. */
  | { op: "remove"; path: DataPath }
  /** Inserts `value` into the list at `path` before `index` (at the end when index is the length); creates the list when missing. */
  | { op: "insert"; path: DataPath; index: number; value: unknown }
  /** Moves an item of the list at `path` from one index to another, with its comments. */
  | { op: "move"; path: DataPath; from: number; to: number };

/** Serialising options: no folding of long lines (Chinese text has no spaces to fold at anyway). */
const TO_STRING = { lineWidth: 0, minContentWidth: 0 } as const;

function setValue(doc: Document, path: DataPath, value: unknown): void {
  if (value === undefined || value === "") {
    if (doc.hasIn(path)) doc.deleteIn(path);
    return;
  }
  const node = doc.getIn(path, true);
  // Keep the scalar node, and with it its comments; a multi-line text becomes a `|` block.
  if (isScalar(node) && typeof value !== "object") {
    node.value = value;
    if (typeof value === "string" && value.includes("\n")) node.type = "BLOCK_LITERAL";
    else if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") node.type = "PLAIN";
    return;
  }
  doc.setIn(path, doc.createNode(value));
}

function listAt(doc: Document, path: DataPath): YAMLSeq | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  return isSeq(node) ? node : undefined;
}

/** Makes one change on a parsed YAML document, keeping every comment that is not on what was removed. */
export function changeDocument(doc: Document, change: YamlChange): void {
  switch (change.op) {
    case "set":
      setValue(doc, change.path, change.value);
      return;
    case "remove":
      doc.deleteIn(change.path);
      return;
    case "insert": {
      const list = listAt(doc, change.path);
      if (!list) {
        doc.setIn(change.path, doc.createNode([change.value]));
        return;
      }
      list.items.splice(Math.min(change.index, list.items.length), 0, doc.createNode(change.value));
      return;
    }
    case "move": {
      const list = listAt(doc, change.path);
      if (!list) return;
      const { from, to } = change;
      if (from === to || from < 0 || to < 0 || from >= list.items.length || to >= list.items.length) return;
      const [item] = list.items.splice(from, 1);
      list.items.splice(to, 0, item);
      return;
    }
  }
}

/**
 * The YAML text after the outline form's changes, made through the `yaml` Document API so that
 * comments, key order and quoting elsewhere survive. Returns undefined when the text does not
 * parse as YAML (the form is read-only then; the clerk fixes the source first).
 */
export function changeYaml(text: string, ...changes: YamlChange[]): string | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0 || (doc.contents !== null && !isMap(doc.contents))) return undefined;
  for (const change of changes) changeDocument(doc, change);
  return doc.toString(TO_STRING);
}

/** The YAML's data as plain values, for the outline form; undefined when the text does not parse. */
export function yamlData(text: string): Record<string, unknown> | undefined {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}
