import { reportJsonSchema } from "@gongwen/schema";

/** The part of a JSON Schema node the completion and hover read. */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $defs?: Record<string, SchemaNode>;
}

/** A key the schema allows at a place, with its Chinese title and description. */
export interface KeyHelp {
  key: string;
  title?: string;
  description?: string;
  /** The allowed values, for a key with an enumeration. */
  values?: unknown[];
}

let root: SchemaNode | undefined;
const schema = (): SchemaNode => {
  root ??= reportJsonSchema() as SchemaNode;
  return root;
};

function resolve(node: SchemaNode | undefined): SchemaNode[] {
  if (!node) return [];
  if (node.$ref) {
    const name = node.$ref.replace(/^#\/\$defs\//, "");
    return resolve(schema().$defs?.[name]);
  }
  const alternatives = node.anyOf ?? node.oneOf;
  return alternatives ? alternatives.flatMap(resolve) : [node];
}

/** The schema nodes that may stand at a path of the YAML data (list indexes are any number). */
export function schemaAt(path: readonly (string | number)[]): SchemaNode[] {
  let nodes = resolve(schema());
  for (const step of path) {
    nodes = nodes.flatMap((n) => (typeof step === "number" ? resolve(n.items) : resolve(n.properties?.[step])));
  }
  return nodes;
}

/** The keys a mapping at `path` may have, in the schema's order. */
export function keysAt(path: readonly (string | number)[]): KeyHelp[] {
  const seen = new Map<string, KeyHelp>();
  for (const node of schemaAt(path)) {
    for (const [key, sub] of Object.entries(node.properties ?? {})) {
      if (seen.has(key)) continue;
      const [first] = resolve(sub);
      const help: KeyHelp = { key };
      const title = sub.title ?? first?.title;
      const description = sub.description ?? first?.description;
      if (title) help.title = title;
      if (description) help.description = description;
      const values = sub.enum ?? first?.enum;
      if (values) help.values = values;
      seen.set(key, help);
    }
  }
  return [...seen.values()];
}

/** The help for the key at `path` (its last step), if the schema knows it. */
export function keyHelp(path: readonly (string | number)[]): KeyHelp | undefined {
  const key = path.at(-1);
  if (typeof key !== "string") return undefined;
  return keysAt(path.slice(0, -1)).find((k) => k.key === key);
}
