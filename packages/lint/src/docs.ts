import { RULES } from "./rules/index.js";
import type { FieldKind, Rule, RuleExample } from "./types.js";

const KIND_NAMES: Record<FieldKind, string> = {
  title: "文件标题",
  heading: "小节标题",
  lead: "举措主题句",
  text: "举措正文",
  paragraph: "段落",
  caption: "表题",
  cell: "表格单元格",
  name: "机关名称等 meta 文字",
  docNumber: "发文字号",
  date: "成文日期、印发日期",
  code: "索引号",
};

function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${text}${fence}`;
}

function example(rule: Rule, e: RuleExample): string {
  if (rule.scope === "report") return `\`\`\`yaml\n${e.text}\n\`\`\``;
  const where = e.kind && e.kind !== "paragraph" ? `（${KIND_NAMES[e.kind]}）` : "";
  return `- ${code(e.text)}${where}${e.fixed !== undefined ? ` → ${code(e.fixed)}` : ""}`;
}

function examples(rule: Rule, list: RuleExample[]): string {
  return list.map((e) => example(rule, e)).join(rule.scope === "report" ? "\n\n" : "\n");
}

function section(rule: Rule): string {
  const severity = rule.severity === "error" ? "错误 error" : "警告 warning";
  const reads = rule.scope === "text" ? rule.kinds.map((k) => KIND_NAMES[k]).join("、") : "整份报告";
  return [
    `## ${rule.id}`,
    "",
    /[。”）]$/.test(rule.summary.zh) ? rule.summary.zh : `${rule.summary.zh}。`,
    `_${rule.summary.en}${rule.summary.en.endsWith(".") ? "" : "."}_`,
    "",
    `- 默认级别 / default: ${severity}`,
    `- 自动修正 / fix: ${rule.fixable ? "是 yes（只做不改变意思的修正）" : "否 no"}`,
    `- 检查范围 / reads: ${reads}`,
    "",
    `**依据 / rationale.** ${rule.rationale}`,
    "",
    "**错误 / wrong**",
    "",
    examples(rule, rule.wrong),
    "",
    "**正确 / right**",
    "",
    examples(rule, rule.right),
    "",
  ].join("\n");
}

/**
 * RULES.md: every rule with its id, default severity, whether it fixes, what it reads, the norm
 * behind it and its examples, generated from the rules themselves so the two cannot drift apart.
 */
export function renderRulesMarkdown(): string {
  const index = RULES.map(
    (r) =>
      `- [${r.id}](#${r.id})（${r.severity === "error" ? "错误" : "警告"}${r.fixable ? "，可自动修正" : ""}）：${r.summary.zh}`,
  );
  return [
    "# gongwen lint 规则 / rules",
    "",
    "<!-- 本文件由 packages/lint/src/docs.ts 生成，请勿手改。修改规则后运行：",
    "     UPDATE_RULES_MD=1 npx vitest run packages/lint/test/docs.test.ts -->",
    "",
    "`gongwen lint` 像机关的文字审核员一样检查报告：标点、引号括号、序号、日期、发文字号、数值范围、模板占位符、结构和文字卫生。",
    "依据是 GB/T 15834-2011《标点符号用法》、GB/T 15835-2011《出版物上数字用法》和 GB/T 9704-2012《党政机关公文格式》；",
    "标准没有明文规定的，写明是审核中的通行做法。`--fix` 只做不会改变意思的修正，其余只报告，由作者判断。",
    "每条规则都可以关闭或改为警告，见 [README.md](README.md#配置规则)。",
    "",
    ...index,
    "",
    ...RULES.map(section),
  ].join("\n");
}
