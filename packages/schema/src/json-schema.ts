import * as z from "zod";
import { addModelRules } from "./json-schema-rules.js";
import { ReportSchema } from "./model.js";

/** Where the published JSON Schema of reports lives, for `$schema` and editor configuration. */
export const REPORT_SCHEMA_ID = "https://gongwen.dev/schema/report.json";

/**
 * The JSON Schema (draft 2020-12) of a report as authors write it: every field has a Chinese
 * title and description, most an example, so editors show Chinese help on hover and completion,
 * and OA systems can validate their JSON before they send it. It states the model's own rules too
 * (json-schema-rules.ts), so a JSON Schema validator agrees with `validate` wherever JSON Schema
 * can say a rule; the descriptions name the rules it cannot.
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    // zod keeps only the title and description of a schema with a transform; bring the examples too.
    override: (ctx) => {
      const examples = z.globalRegistry.get(ctx.zodSchema as unknown as z.ZodType)?.examples;
      if (examples && !ctx.jsonSchema.examples) ctx.jsonSchema.examples = examples as unknown[];
    },
  });
  return {
    ...addModelRules(schema as Record<string, unknown>),
    $id: REPORT_SCHEMA_ID,
    title: "工作总结和工作思路（gongwen 报告）",
    description: "机关年度工作总结和工作思路的结构化数据：meta 为文件信息，body 为正文。",
  };
}
