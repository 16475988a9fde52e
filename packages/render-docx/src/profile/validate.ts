import { closestMatch, type Locale } from "@gongwen/schema";
import { CHINESE_TYPE_SIZES } from "../units.js";
import { ProfileError, type ProfileProblem } from "./errors.js";
import { type Group, type Leaf, PROFILE_SHAPE } from "./shape.js";
import type { ProfileOverride } from "./types.js";

type Path = (string | number)[];

const joinPath = (path: Path) => path.map(String).join(".");

function describeValue(value: unknown, locale: Locale): string {
  if (value === null || value === undefined) return locale === "zh" ? "空值（没有内容）" : "nothing";
  if (Array.isArray(value)) return locale === "zh" ? "列表" : "a list";
  if (typeof value === "object") return locale === "zh" ? "一组设置" : "a group of settings";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

const EXPECTED: Record<Leaf["kind"] | "group", [string, string]> = {
  string: ["文字", "a text"],
  number: ["数字", "a number"],
  size: ["字号（磅值，或“三号”“四号”等）", "a type size (points, or a name such as 三号)"],
  boolean: ["true 或 false", "true or false"],
  enum: ["", ""],
  color: ["六位十六进制颜色，如 FF0000", "a six-digit hex colour such as FF0000"],
  font: ["字体名，或 { name, fallbacks }", "a font name, or { name, fallbacks }"],
  group: ["一组设置", "a group of settings"],
};

class Checker {
  readonly problems: ProfileProblem[] = [];
  constructor(readonly locale: Locale) {}

  say(path: Path, zh: string, en: string): void {
    const where = joinPath(path);
    // The path is empty when the whole file is wrong (a list, or nothing at all): name the profile.
    const message =
      this.locale === "zh"
        ? `${where ? `“${where}”` : "版式配置"}${zh}`
        : `${where ? `"${where}"` : "the profile"}: ${en}`;
    this.problems.push({ path, message });
  }

  wrongType(path: Path, kind: Leaf["kind"] | "group", value: unknown): void {
    const [zh, en] = EXPECTED[kind];
    const actual = describeValue(value, this.locale);
    this.say(path, `应为${zh}，实际是${actual}`, `expected ${en}, got ${actual}`);
  }

  group(shape: Group, value: unknown, path: Path): Record<string, unknown> | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.wrongType(path, "group", value);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    const known = Object.keys(shape.fields);
    for (const [key, inner] of Object.entries(value)) {
      const field = shape.fields[key];
      if (!Object.hasOwn(shape.fields, key) || !field) {
        this.unknownKey([...path, key], key, known);
        continue;
      }
      if (inner === undefined) continue;
      const checked =
        field.kind === "group" ? this.group(field, inner, [...path, key]) : this.leaf(field, inner, [...path, key]);
      if (checked !== undefined) out[key] = checked;
    }
    return out;
  }

  unknownKey(path: Path, key: string, known: string[]): void {
    const near = closestMatch(key, known);
    if (near) this.say(path, `不是已知的设置项，是不是“${near}”？`, `is not a known setting; did you mean "${near}"?`);
    else
      this.say(
        path,
        `不是已知的设置项；可用的有：${known.join("、")}`,
        `is not a known setting; known: ${known.join(", ")}`,
      );
  }

  leaf(leaf: Leaf, value: unknown, path: Path): unknown {
    switch (leaf.kind) {
      case "string":
        if (typeof value !== "string") return this.wrongType(path, "string", value);
        if (!value.trim()) return this.say(path, "不能为空", "must not be empty");
        return value.trim();
      case "boolean":
        return typeof value === "boolean" ? value : this.wrongType(path, "boolean", value);
      case "number":
        return this.number(leaf, value, path);
      case "size":
        return this.size(leaf, value, path);
      case "enum":
        if (typeof value === "string" && leaf.values.includes(value)) return value;
        return this.say(
          path,
          `应为以下之一：${leaf.values.join("、")}，实际是${describeValue(value, "zh")}`,
          `expected one of ${leaf.values.join(", ")}, got ${describeValue(value, "en")}`,
        );
      case "color":
        if (typeof value === "string" && /^#?[0-9A-Fa-f]{6}$/.test(value)) return value.replace("#", "").toUpperCase();
        return this.wrongType(path, "color", value);
      case "font":
        return this.font(value, path);
    }
  }

  number(leaf: { min: number; max: number; integer?: boolean }, value: unknown, path: Path): number | undefined {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.wrongType(path, "number", value);
      return undefined;
    }
    if (leaf.integer && !Number.isInteger(value)) {
      this.say(path, `应为整数，实际是 ${value}`, `expected a whole number, got ${value}`);
      return undefined;
    }
    if (value < leaf.min || value > leaf.max) {
      this.say(
        path,
        `应在 ${leaf.min}～${leaf.max} 之间，实际是 ${value}`,
        `must be between ${leaf.min} and ${leaf.max}, got ${value}`,
      );
      return undefined;
    }
    return value;
  }

  size(leaf: { min: number; max: number }, value: unknown, path: Path): number | undefined {
    if (typeof value === "string") {
      const named = CHINESE_TYPE_SIZES[value.trim()];
      if (named !== undefined) return this.number(leaf, named, path);
      const near = closestMatch(value.trim(), Object.keys(CHINESE_TYPE_SIZES));
      const hint = near ? (this.locale === "zh" ? `，是不是“${near}”？` : `; did you mean "${near}"?`) : "";
      this.say(path, `“${value}”不是字号${hint}`, `"${value}" is not a type size${hint}`);
      return undefined;
    }
    if (typeof value === "number") return this.number(leaf, value, path);
    this.wrongType(path, "size", value);
    return undefined;
  }

  font(value: unknown, path: Path): unknown {
    if (typeof value === "string")
      return value.trim() ? { name: value.trim() } : this.say(path, "不能为空", "must not be empty");
    if (typeof value !== "object" || value === null || Array.isArray(value)) return this.wrongType(path, "font", value);
    const out: { name?: string; fallbacks?: string[] } = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === "name") {
        const name = this.leaf({ kind: "string" }, inner, [...path, key]);
        if (typeof name === "string") out.name = name;
      } else if (key === "fallbacks") {
        const list = typeof inner === "string" ? [inner] : inner;
        if (!Array.isArray(list) || !list.every((item) => typeof item === "string" && item.trim())) {
          this.say([...path, key], "应为字体名的列表", "expected a list of font names");
        } else out.fallbacks = list.map((item: string) => item.trim());
      } else this.unknownKey([...path, key], key, ["name", "fallbacks"]);
    }
    return out;
  }
}

/** Options of validateProfile. */
export interface ValidateProfileOptions {
  /** Language of the messages: Chinese (default) or English. */
  locale?: Locale;
  /** The file the profile was read from, named in the error message. */
  source?: string;
}

/**
 * Checks a layout profile read from a YAML or JSON file (or given in code) and returns it
 * normalised as an override: type sizes in points (`三号` → 16), colours in upper case, a font
 * written as a plain name turned into `{ name }`. Throws a ProfileError listing every problem,
 * unknown keys with the nearest known one (`fonts.bdy` → did you mean `body`?).
 */
export function validateProfile(input: unknown, options: ValidateProfileOptions = {}): ProfileOverride {
  const checker = new Checker(options.locale ?? "zh");
  const out = checker.group(PROFILE_SHAPE, input, []);
  if (checker.problems.length === 0 && out) checkTypeArea(out as ProfileOverride, checker);
  if (checker.problems.length > 0 || !out) {
    if (checker.problems.length === 0) checker.wrongType([], "group", input);
    throw new ProfileError(checker.problems, options.locale, options.source);
  }
  return out as ProfileOverride;
}

function checkTypeArea(profile: ProfileOverride, checker: Checker): void {
  const page = profile.page;
  if (!page) return;
  const { width = 210, height = 297, top = 37, bottom = 35, left = 28, right = 26 } = page;
  if (width - left - right < 50) {
    checker.say(
      ["page"],
      "左右边距太大，版心宽度不足 50 毫米",
      "left and right margins leave less than 50 mm of type width",
    );
  }
  if (height - top - bottom < 50) {
    checker.say(
      ["page"],
      "上下边距太大，版心高度不足 50 毫米",
      "top and bottom margins leave less than 50 mm of type height",
    );
  }
}
