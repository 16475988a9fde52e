import type * as z from "zod";
import { FIELD_TITLES } from "./fields.js";
import {
  fieldLabel,
  invalidTypeMessage,
  invalidValueMessage,
  misplacedKeyMessage,
  rangeMessage,
  ruleMessage,
  type Terms,
  unknownKeyMessage,
} from "./messages.js";
import type { Locale, Problem } from "./problems.js";
import { objectKeysAt } from "./schema-walk.js";
import { closestMatch } from "./suggest.js";

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

function toPath(path: readonly PropertyKey[]): Path {
  return path.map((k) => (typeof k === "number" ? k : String(k)));
}

/** Reverse table: a Chinese field name typed as a key (`标题:`) points at the English key. */
const KEY_BY_TITLE = new Map(Object.entries(FIELD_TITLES).map(([key, title]) => [title, key]));

function suggestKey(key: string, known: string[]): string | undefined {
  const byTitle = KEY_BY_TITLE.get(key);
  if (byTitle && known.includes(byTitle)) return byTitle;
  return closestMatch(key, known);
}

/** The objects a known key is most often written outside of. */
const HOMES: Path[] = [["meta"], ["body"], ["meta", "disclosure"]];

/**
 * Where a key unknown at `path` belongs when it is a key of meta, body or disclosure written at
 * the wrong level (`title:` at the top of the file is `meta.title`): the path it belongs at and
 * whether the key was spelt right. An exact key wins over a likely typo.
 */
function homeOf(key: string, path: Path, root: z.core.$ZodType): { home: Path; exact: boolean } | undefined {
  const elsewhere = HOMES.filter((home) => JSON.stringify(home) !== JSON.stringify(path));
  for (const home of elsewhere) {
    const known = objectKeysAt(root, home);
    const byTitle = KEY_BY_TITLE.get(key);
    if (known.includes(key)) return { home: [...home, key], exact: true };
    if (byTitle && known.includes(byTitle)) return { home: [...home, byTitle], exact: false };
  }
  for (const home of elsewhere) {
    const match = closestMatch(key, objectKeysAt(root, home));
    if (match) return { home: [...home, match], exact: false };
  }
  return undefined;
}

/**
 * Of the branches a union tried, the ones that got past the type check at the union's own
 * position: those failed on details, so their issues say what is really wrong.
 */
function informativeBranches(branches: Issue[][]): Issue[][] {
  return branches.filter((issues) => !issues.every((i) => i.code === "invalid_type" && i.path.length === 0));
}

/** Replaces every union issue by the issues of the branch that fits the input best. */
function flatten(issue: Issue, base: Path): Issue[] {
  const path = [...base, ...toPath(issue.path)];
  if (issue.code !== "invalid_union") return [{ ...issue, path } as Issue];
  const useful = informativeBranches(issue.errors);
  const chosen = useful.length > 0 ? useful.reduce((a, b) => (b.length < a.length ? b : a)) : undefined;
  if (chosen) return chosen.flatMap((inner) => flatten(inner, path));
  const expected = issue.errors.flatMap((branch) =>
    branch.flatMap((i) => (i.code === "invalid_type" ? [i.expected as string] : [])),
  );
  return [
    {
      code: "invalid_type",
      expected: [...new Set(expected)].join("|"),
      path,
      input: issue.input,
      message: "",
    } as unknown as Issue,
  ];
}

/** The input value found at a path, for messages that show what was received. */
function valueAt(input: unknown, path: Path): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function problem(code: string, path: Path, message: string, locale: Locale): Problem {
  const sep = locale === "zh" ? "：" : ": ";
  return { code, path, message: `${fieldLabel(path, locale)}${sep}${message}` };
}

/**
 * Turns zod's issues into problems a clerk can act on: each message says which field, what is
 * wrong and how to fix it; an unknown key suggests the nearest known one; a failed union reports
 * the branch that fits the input. `root` is the schema that was parsed, `input` the value;
 * `terms` chooses the words for values (YAML for clerks, data for programs: see Terms).
 */
export function issuesToProblems(
  issues: Issue[],
  root: z.core.$ZodType,
  input: unknown,
  locale: Locale,
  terms: Terms = "data",
): Problem[] {
  const out: Problem[] = [];
  /** Required fields found missing, and the fields an unknown key was taken for: one mistake, one message. */
  const missing = new Map<string, Problem>();
  const suggested = new Set<string>();
  for (const issue of issues.flatMap((i) => flatten(i, []))) {
    const path = toPath(issue.path);
    const received = "input" in issue ? issue.input : valueAt(input, path);
    switch (issue.code) {
      case "unrecognized_keys": {
        const known = objectKeysAt(root, path);
        for (const key of issue.keys) {
          const keyPath = [...path, key];
          const suggestion = suggestKey(key, known);
          if (suggestion !== undefined) suggested.add(JSON.stringify([...path, suggestion]));
          const home =
            suggestion === undefined && !/^__proto__$|^constructor$/.test(key) ? homeOf(key, path, root) : undefined;
          if (home) suggested.add(JSON.stringify(home.home));
          const message = home
            ? misplacedKeyMessage(key, home.home, home.exact, locale)
            : unknownKeyMessage(key, suggestion, locale);
          out.push(problem(issue.code, keyPath, message, locale));
        }
        break;
      }
      case "invalid_type": {
        const found = problem(
          issue.code,
          path,
          invalidTypeMessage(String(issue.expected).split("|"), received, locale, terms),
          locale,
        );
        if (received === undefined) missing.set(JSON.stringify(path), found);
        out.push(found);
        break;
      }
      case "invalid_value":
        out.push(problem(issue.code, path, invalidValueMessage(issue.values, received, locale, terms), locale));
        break;
      case "too_small":
        out.push(problem(issue.code, path, rangeMessage("min", issue.origin, issue.minimum, received, locale), locale));
        break;
      case "too_big":
        out.push(problem(issue.code, path, rangeMessage("max", issue.origin, issue.maximum, received, locale), locale));
        break;
      case "custom": {
        const params = (issue.params ?? {}) as Record<string, unknown>;
        out.push(problem(String(params.rule ?? "custom"), path, ruleMessage(params, locale), locale));
        break;
      }
      default:
        out.push(problem(issue.code, path, issue.message, locale));
    }
  }
  // `titl: …` makes `title` missing too; the unknown key's message already names `title`.
  const explained = new Set([...suggested].flatMap((key) => missing.get(key) ?? []));
  return out.filter((p) => !explained.has(p));
}
