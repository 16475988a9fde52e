import type { Locale } from "@gongwen/schema";

/** Commander's English messages for a misused command line, and how each reads in Chinese. */
const PATTERNS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown command '(.*)'$/, (name) => `没有“${name}”这个命令。`],
  [/^error: unknown option '(.*)'$/, (flag) => `没有“${flag}”这个选项。`],
  [/^error: missing required argument '(.*)'$/, (name) => `缺少参数 <${name}>。`],
  [/^error: option '(.*)' argument missing$/, (flags) => `选项 ${flags} 后面要写一个值。`],
  [/^error: required option '(.*)' not specified$/, (flags) => `必须给出选项 ${flags}。`],
  [
    /^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (_name, expected, got) => `参数太多：最多 ${expected} 个，实际给了 ${got} 个。`,
  ],
  [/^error: option '(.*)' argument '(.*)' is invalid\.$/, (flags, value) => `选项 ${flags} 的值“${value}”无效。`],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    (flags, value, choices) => `选项 ${flags} 的值“${value}”无效：只能是 ${choices.split(", ").join("、")}。`,
  ],
  [/^\(Did you mean one of (.*)\?\)$/, (names) => `是不是要写 ${names} 之一？`],
  [/^\(Did you mean (.*)\?\)$/, (name) => `是不是要写 ${name}？`],
];

/**
 * Puts commander's message about a misused command line (an unknown command or option, a
 * missing argument) into the user's language, with a pointer to the command's `--help`. Chinese
 * by default; English keeps commander's own words. Lines it does not know stay as they are.
 */
export function commandLineMessage(message: string, locale: Locale, command?: string): string {
  const lines = message.replace(/\n+$/, "").split("\n");
  const help = command ? `gongwen ${command} --help` : "gongwen --help";
  if (locale === "en") return [...lines, `Run ${help} to see the usage.`].join("\n");
  const translated = lines.map((line) => {
    for (const [pattern, say] of PATTERNS) {
      const match = pattern.exec(line);
      if (match) return say(...match.slice(1).map((group) => group ?? ""));
    }
    return line;
  });
  return [...translated, `运行 ${help} 查看用法。`].join("\n");
}
