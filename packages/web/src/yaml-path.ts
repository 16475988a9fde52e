/** Where the cursor stands in a YAML text, for completion and hover. */
export interface YamlPlace {
  /** The path of the mapping (or list) the line belongs to; list indexes are given as 0. */
  parent: (string | number)[];
  /** The key written on the line, if any. */
  key?: string;
  /** Offsets of the key in the text. */
  keyFrom?: number;
  keyTo?: number;
  /** True when the cursor is after `key:` (in the value). */
  inValue: boolean;
}

const LINE = /^(\s*)((?:-\s+)*)(?:([^\s#:'"-][^:#]*?)\s*(:)(?=\s|$))?/;

interface LineShape {
  /** Column of the first "- " of the line, if any. */
  dash?: number;
  /** Column of the key, if any (after the dashes). */
  keyColumn?: number;
  key?: string;
  /** The line is `key:` with nothing after it (a parent of the lines below). */
  opens: boolean;
}

function shape(line: string): LineShape | undefined {
  if (/^\s*(#|$)/.test(line)) return undefined;
  const m = LINE.exec(line) as RegExpExecArray;
  const indent = (m[1] ?? "").length;
  const dashes = m[2] ?? "";
  const result: LineShape = { opens: false };
  if (dashes) result.dash = indent;
  if (m[3] !== undefined && m[4]) {
    result.keyColumn = indent + dashes.length;
    result.key = m[3];
    // `key:` alone (or with a comment) opens a mapping or list below; `key: |` is a text.
    result.opens = /^\s*(#.*)?$/.test(line.slice(m[0].length));
  }
  return result;
}

/**
 * The place of the cursor at `offset` in a block-style YAML text, read from indentation (so it
 * works while the text does not parse): the path of the enclosing mapping, and the key on the line.
 */
export function yamlPlaceAt(text: string, offset: number): YamlPlace {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEndRaw = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEndRaw === -1 ? text.length : lineEndRaw);
  const here = shape(line);
  const place: YamlPlace = { parent: [], inValue: false };
  let column = /^\s*/.exec(line)?.[0].length ?? 0;
  if (here?.dash !== undefined) {
    // `- key:` opens a mapping inside a list item: the item is part of the parent.
    place.parent.push(0);
    column = here.dash;
  }
  if (here?.key !== undefined && here.keyColumn !== undefined) {
    place.key = here.key;
    place.keyFrom = lineStart + here.keyColumn;
    place.keyTo = place.keyFrom + here.key.length;
    place.inValue = offset > place.keyTo;
  }
  const lines = text.slice(0, lineStart).split("\n");
  let indent = column;
  let equalAllowed = false;
  const ancestors: (string | number)[] = [];
  for (let i = lines.length - 2; i >= 0 && indent > 0; i--) {
    const s = shape(lines[i] as string);
    if (!s) continue;
    if (
      s.key !== undefined &&
      s.keyColumn !== undefined &&
      s.opens &&
      (s.keyColumn < indent || (equalAllowed && s.keyColumn === indent))
    ) {
      ancestors.unshift(s.key);
      indent = s.dash ?? s.keyColumn;
      equalAllowed = false;
      if (s.dash !== undefined) {
        ancestors.unshift(0);
        equalAllowed = true;
      }
    } else if (s.dash !== undefined && s.dash < indent) {
      ancestors.unshift(0);
      indent = s.dash;
      equalAllowed = true;
    }
  }
  place.parent = [...ancestors, ...place.parent];
  return place;
}
