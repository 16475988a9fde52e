import type { Directive } from "./tree.js";

/**
 * Where evaluation stands in the data: the object expressions read (`{{name}}`), its path from
 * the row for messages, the scope it was entered from (`../`), and `@index` and friends while
 * repeating over a list.
 */
export interface Scope {
  context: unknown;
  path: string;
  parent?: Scope;
  /** Handlebars' data frame: `@root`, and `@index`, `@first`, `@last` inside `each`. */
  data: Record<string, unknown>;
  /** depthsOf(this scope), once made. */
  depths?: unknown[];
}

/** A data path in messages: `projects[2].invest`, `invest` at the row's top. */
export function joinPath(base: string, part: string | number): string {
  if (typeof part === "number") return `${base}[${part}]`;
  return base ? `${base}.${part}` : part;
}

/**
 * The contexts of the scopes a scope was entered from, nearest first: Handlebars' `../` depths.
 * Made once per scope and kept on it (the texts of a scope share the list; Handlebars only reads it).
 */
export function depthsOf(scope: Scope): unknown[] {
  if (scope.depths) return scope.depths;
  const depths: unknown[] = [];
  for (let s = scope.parent; s; s = s.parent) depths.push(s.context);
  scope.depths = depths;
  return depths;
}

/** What a directive's path reads: its value (undefined when a field is missing) and the path. */
export interface Resolved {
  value: unknown;
  path: string;
}

/**
 * Reads a directive's path in a scope: own fields only (never a prototype's), `../` to the
 * scope it was entered from, `@root` from the data row.
 */
export function resolveDirective(directive: Directive, scope: Scope): Resolved {
  let at: Scope = scope;
  if (directive.root) while (at.parent) at = at.parent;
  for (let i = 0; i < directive.up && at.parent; i++) at = at.parent;
  let value: unknown = at.context;
  let path = at.path;
  for (const part of directive.parts) {
    path = joinPath(path, part);
    value =
      value !== null && typeof value === "object" && Object.hasOwn(value, part)
        ? (value as Record<string, unknown>)[part]
        : undefined;
    if (value === undefined) break;
  }
  return { value, path };
}

/** Handlebars' truth: false, null, undefined, 0, empty text and an empty list are false. */
export function isTruthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
