/**
 * One line of a clerk's YAML split the way a clerk writes it: indentation, list marks (`- `),
 * the key with its colon and space (`text: `), then the value. `column` is the value's 1-based
 * column. Lines the pattern does not fit give the whole trimmed line as the value.
 */
export interface LineParts {
  prefix: string;
  key?: string;
  value: string;
  column: number;
}

// A key is a run of letters, digits, `_`, `$` or `-` that does not start with an indicator.
const LINE = /^(\s*(?:-[ \t]+)*)(?:([^\s#"'[\]{}&*!|>%@`,?:-][^\s:]*?):[ \t]+)?(.*?)\s*$/u;

/** Splits a line into its prefix (indentation, list marks, key) and value. */
export function lineParts(line: string): LineParts {
  const match = LINE.exec(line);
  const indent = match?.[1] ?? "";
  const key = match?.[2];
  const value = match?.[3] ?? line.trim();
  const spaces = key === undefined ? "" : (/^[ \t]*/.exec(line.slice(indent.length + key.length + 1))?.[0] ?? "");
  const prefix = key === undefined ? indent : `${indent}${key}:${spaces}`;
  const parts: LineParts = { prefix, value, column: prefix.length + 1 };
  if (key !== undefined) parts.key = key;
  return parts;
}

/** The characters that mean something to YAML at the start of a plain value. */
export const INDICATORS = new Set(["#", "*", "&", "!", "[", "{", ">", "|", "%", "@", "`", "'", '"']);

/** The indicator a value starts with (`- ` and `? ` count only before a space), or undefined. */
export function leadingIndicator(value: string): string | undefined {
  const first = value[0];
  if (first === undefined) return undefined;
  if ((first === "-" || first === "?" || first === ":") && /^[-?:](\s|$)/.test(value)) return first;
  return INDICATORS.has(first) && first !== "'" && first !== '"' ? first : undefined;
}

/** The column (0-based) of a quote that opens on this line and does not close on it, with its mark. */
function openQuote(line: string): { mark: string; column: number } | undefined {
  let open: { mark: string; column: number } | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (open) {
      if (open.mark === '"' && c === "\\") i++;
      else if (c === open.mark && open.mark === "'" && line[i + 1] === "'") i++;
      else if (c === open.mark) open = undefined;
    } else if (c === '"' || c === "'") {
      // A quote opens a YAML string only at the start of a value, not inside a plain text (`他说'好`).
      const before = line.slice(0, i).trimEnd();
      if (before === "" || /[-:,[{&!]$/.test(before) || /[&!]\S*$/.test(before)) open = { mark: c, column: i };
    } else if (c === "#" && (i === 0 || /\s/.test(line[i - 1] ?? ""))) {
      return undefined;
    }
  }
  return open;
}

/** The line (0-based) and column (1-based) where a quote opens and never closes, searching back from `from`. */
export function unclosedQuoteLine(
  lines: readonly string[],
  from: number,
): { line: number; column: number; mark: string } | undefined {
  for (let i = Math.min(from, lines.length - 1); i >= 0; i--) {
    const open = openQuote(lines[i] ?? "");
    if (open) return { line: i, column: open.column + 1, mark: open.mark };
  }
  return undefined;
}
