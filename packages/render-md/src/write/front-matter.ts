import { DISCLOSURE_KEYS, META_KEYS, type Meta, stripForbiddenCharacters } from "@gongwen/schema";
import { stringify } from "yaml";

/**
 * The meta fields written to the front matter, in the model's order. The title is not among
 * them: it is the `# ` heading.
 */
export const FRONT_MATTER_KEYS = META_KEYS.filter((key) => key !== "title");

function clean(value: unknown): unknown {
  if (typeof value === "string") return stripForbiddenCharacters(value);
  if (Array.isArray(value)) return value.map(clean);
  return value;
}

function ordered<K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key] = clean(value);
  }
  return out;
}

/**
 * The YAML of the front matter: every meta field but the title, in the model's order, undefined
 * fields left out, dates as ISO strings. Long texts stay on one line.
 */
export function frontMatterYaml(meta: Meta): string {
  const value = ordered(meta, FRONT_MATTER_KEYS);
  if (meta.disclosure) value.disclosure = ordered(meta.disclosure, DISCLOSURE_KEYS);
  return stringify(value, { lineWidth: 0 }).trimEnd();
}
