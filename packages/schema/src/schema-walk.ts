import type * as z from "zod";

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  getter?: () => AnySchema;
}

function def(schema: AnySchema): Def {
  return schema._zod.def as unknown as Def;
}

/** Unwraps optional, default, pipe (its input side), lazy and similar wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const d = def(current);
    if (d.innerType) current = d.innerType;
    else if (d.type === "pipe" && d.in) current = d.in;
    else if (d.type === "lazy" && d.getter) current = d.getter();
    else break;
  }
  return current;
}

/** The candidates a union offers at a given step, unwrapped. */
function candidates(schema: AnySchema): AnySchema[] {
  const s = unwrap(schema);
  const d = def(s);
  return d.type === "union" && d.options ? d.options.flatMap(candidates) : [s];
}

function step(schema: AnySchema, key: PropertyKey): AnySchema | undefined {
  for (const option of candidates(schema)) {
    const d = def(option);
    if (typeof key === "number" && d.type === "array" && d.element) return d.element;
    if (typeof key === "string" && d.type === "object" && d.shape && key in d.shape) return d.shape[key];
  }
  return undefined;
}

/**
 * The property names an object schema accepts at `path` inside `root`, or an empty list when
 * no object stands there. Used to suggest the nearest known key for a mistyped one.
 */
export function objectKeysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    current = current && step(current, key);
    if (!current) return [];
  }
  for (const option of candidates(current as AnySchema)) {
    const d = def(option);
    if (d.type === "object" && d.shape) return Object.keys(d.shape);
  }
  return [];
}
