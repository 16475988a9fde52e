import { closestMatch } from "@gongwen/schema";
import { parse as parseYaml } from "yaml";
import { RULE_IDS } from "./rules/index.js";
import { msg } from "./scan.js";
import type { Message, RuleConfig, RuleSetting } from "./types.js";

/** The names of the configuration files, looked for in this order in each folder. */
export const CONFIG_FILE_NAMES = ["gongwen.config.json", "gongwen.config.yaml", "gongwen.config.yml"] as const;

/** A problem with a configuration: what is wrong, and where when known (1-based line). */
export interface ConfigProblem {
  message: Message;
  line?: number;
}

const SETTINGS: Record<string, RuleSetting> = {
  off: "off",
  关闭: "off",
  warn: "warning",
  warning: "warning",
  警告: "warning",
  error: "error",
  错误: "error",
};

function unknownRule(id: string): Message {
  const near = closestMatch(id, RULE_IDS);
  return msg(
    `没有名为“${id}”的检查规则${near ? `，是否想写“${near}”？` : "。"}`,
    `there is no rule "${id}"${near ? `; did you mean "${near}"?` : "."}`,
  );
}

/**
 * Reads rule settings (`{ "range-dash": "warn", "placeholder": "off" }`): each a rule id with
 * `off`, `warn` (or `warning`) or `error` (or 关闭/警告/错误). Unknown ids and settings are problems.
 */
export function readRuleSettings(value: unknown, line?: number): { rules: RuleConfig; problems: ConfigProblem[] } {
  const rules: RuleConfig = {};
  const problems: ConfigProblem[] = [];
  const at = line === undefined ? {} : { line };
  if (value === undefined || value === null) return { rules, problems };
  if (typeof value !== "object" || Array.isArray(value)) {
    problems.push({
      message: msg("rules 应是“规则: 设置”的一组字段。", "rules must map rule ids to settings."),
      ...at,
    });
    return { rules, problems };
  }
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!RULE_IDS.includes(id)) {
      problems.push({ message: unknownRule(id), ...at });
      continue;
    }
    const setting = typeof raw === "string" ? SETTINGS[raw.toLowerCase()] : undefined;
    if (!setting) {
      problems.push({
        message: msg(
          `规则“${id}”的设置“${String(raw)}”无效：只能是 off、warn 或 error。`,
          `the setting "${String(raw)}" of rule "${id}" is invalid: use off, warn or error.`,
        ),
        ...at,
      });
      continue;
    }
    rules[id] = setting;
  }
  return { rules, problems };
}

/**
 * Reads a configuration file's text (`gongwen.config.json` or `.yaml`): the rule settings under
 * `lint.rules`. Other top-level keys belong to other commands and are left alone.
 */
export function readConfigFile(text: string, fileName: string): { rules: RuleConfig; problems: ConfigProblem[] } {
  let data: unknown;
  try {
    data = fileName.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const detail = String((error as Error).message ?? error).split("\n")[0];
    return {
      rules: {},
      problems: [{ message: msg(`配置文件无法读取：${detail}`, `the configuration cannot be read: ${detail}`) }],
    };
  }
  if (data === null || data === undefined) return { rules: {}, problems: [] };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      rules: {},
      problems: [{ message: msg("配置文件应是一组字段。", "the configuration must be a mapping.") }],
    };
  }
  const lint = (data as Record<string, unknown>).lint;
  if (lint === undefined) return { rules: {}, problems: [] };
  if (lint === null || typeof lint !== "object" || Array.isArray(lint)) {
    return {
      rules: {},
      problems: [
        { message: msg("lint 应是一组字段，如 lint: { rules: { … } }。", "lint must be a mapping with rules.") },
      ],
    };
  }
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(lint)) {
    if (key !== "rules")
      problems.push({ message: msg(`lint 下没有“${key}”这一项，只有 rules。`, `lint has no "${key}"; only rules.`) });
  }
  const read = readRuleSettings((lint as Record<string, unknown>).rules);
  return { rules: read.rules, problems: [...problems, ...read.problems] };
}

/** The folder of a path, for both `/` and `\` separators; the root is its own folder. */
function parentOf(dir: string): string {
  const trimmed = dir.replace(/[\\/]+$/, "");
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("\\"));
  if (cut < 0) return dir;
  if (cut === 0) return trimmed[0] as string;
  return trimmed.slice(0, cut);
}

function join(dir: string, name: string): string {
  return /[\\/]$/.test(dir) ? dir + name : `${dir}/${name}`;
}

/**
 * Finds the configuration that applies to a report: the first `gongwen.config.json`,
 * `gongwen.config.yaml` or `gongwen.config.yml` in the report's folder or the folders above it.
 * `read` returns a file's text, or undefined when there is no such file (no Node built-ins here,
 * so the browser can use it with its own storage).
 */
export function findConfigFile(
  startDir: string,
  read: (path: string) => string | undefined,
): { path: string; text: string } | undefined {
  let dir = startDir;
  for (let depth = 0; depth < 64; depth++) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(dir, name);
      const text = read(path);
      if (text !== undefined) return { path, text };
    }
    const parent = parentOf(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

const YAML_DIRECTIVE = /^#[ \t]*gongwen-lint[ \t]*[:：](.*)$/gm;
const HTML_DIRECTIVE = /<!--[ \t]*gongwen-lint[ \t]*[:：]([\s\S]*?)-->/g;
const ITEM = /([^\s=:：,，;；]+)[ \t]*[=:：][ \t]*([^\s,，;；]+)/g;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function readDirective(body: string, line: number, rules: RuleConfig, problems: ConfigProblem[]): void {
  const settings: Record<string, string> = {};
  let found = false;
  for (const item of body.matchAll(ITEM)) {
    settings[item[1] as string] = item[2] as string;
    found = true;
  }
  if (!found) {
    problems.push({
      message: msg(
        "gongwen-lint 注释的写法是“# gongwen-lint: 规则=off 规则=warn”。",
        'write a directive as "# gongwen-lint: rule=off rule=warn".',
      ),
      line,
    });
    return;
  }
  const read = readRuleSettings(settings, line);
  Object.assign(rules, read.rules);
  problems.push(...read.problems);
}

/**
 * Rule settings written in the report itself, in a comment: `# gongwen-lint: range-dash=off
 * stray-space=warn` at the start of a line of a YAML report (or of a Markdown front matter),
 * or `<!-- gongwen-lint: placeholder=off -->` anywhere in Markdown. Later settings win.
 */
export function readDirectives(
  text: string,
  format: "yaml" | "markdown",
): { rules: RuleConfig; problems: ConfigProblem[] } {
  const rules: RuleConfig = {};
  const problems: ConfigProblem[] = [];
  if (!text.includes("gongwen-lint")) return { rules, problems };
  let yamlPart = text;
  if (format === "markdown") {
    const fm = /^---[ \t]*\r?\n([\s\S]*?)^---[ \t]*$/m.exec(text);
    yamlPart = fm && fm.index === 0 ? (fm[0] as string) : "";
  }
  for (const m of yamlPart.matchAll(YAML_DIRECTIVE))
    readDirective(m[1] as string, lineOf(text, m.index), rules, problems);
  if (format === "markdown") {
    for (const m of text.matchAll(HTML_DIRECTIVE))
      readDirective(m[1] as string, lineOf(text, m.index), rules, problems);
  }
  return { rules, problems };
}
