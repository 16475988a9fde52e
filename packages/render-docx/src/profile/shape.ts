import { FONT_ROLES } from "./types.js";

/** A value a profile setting may take, as the validator checks it. */
export type Leaf =
  | { kind: "string" }
  | { kind: "number"; min: number; max: number; integer?: boolean }
  /** A type size: points, or a Chinese size name such as 三号. */
  | { kind: "size"; min: number; max: number }
  | { kind: "boolean" }
  | { kind: "enum"; values: readonly string[] }
  /** A six-digit hex colour such as FF0000. */
  | { kind: "color" }
  /** A font: a name, or `{ name, fallbacks }`. */
  | { kind: "font" };

/** A group of settings. */
export interface Group {
  kind: "group";
  fields: Readonly<Record<string, Group | Leaf>>;
}

const group = (fields: Record<string, Group | Leaf>): Group => ({ kind: "group", fields });
const mm = (min: number, max: number): Leaf => ({ kind: "number", min, max });
const count = (min: number, max: number): Leaf => ({ kind: "number", min, max, integer: true });
const size = (min: number, max: number): Leaf => ({ kind: "size", min, max });
const flag: Leaf = { kind: "boolean" };

/** Every setting a profile file may hold, with what each accepts (see Profile for their meaning). */
export const PROFILE_SHAPE: Group = group({
  base: { kind: "enum", values: ["gbt9704", "fangzhengGbk", "gbt9704Gbk"] },
  name: { kind: "string" },
  page: group({
    width: mm(100, 600),
    height: mm(100, 900),
    top: mm(0, 100),
    bottom: mm(0, 100),
    left: mm(0, 100),
    right: mm(0, 100),
  }),
  grid: group({ type: { kind: "enum", values: ["lines", "linesAndChars"] }, lines: count(1, 80), chars: count(1, 80) }),
  fonts: group(Object.fromEntries(FONT_ROLES.map((role) => [role, { kind: "font" } as Leaf]))),
  sizes: group({
    title: size(6, 72),
    body: size(6, 72),
    pageNumber: size(6, 72),
    table: size(6, 72),
    colophon: size(6, 72),
    letterhead: size(6, 120),
  }),
  bold: group({ leads: flag, heading3: flag, heading4: flag }),
  runIn: group({ heading3: flag, heading4: flag }),
  title: group({ maxLineChars: count(4, 60), shape: { kind: "enum", values: ["trapezoid", "inverted-trapezoid"] } }),
  pageNumber: group({ belowTypeArea: mm(0, 30), indentChars: mm(0, 10) }),
  letterhead: group({ color: { kind: "color" }, top: mm(0, 150), ruleGap: mm(0, 20), ruleWidth: mm(0.25, 6) }),
  signature: group({ seal: flag }),
  colophon: group({ evenPage: flag }),
});
