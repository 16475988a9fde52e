import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The `main` the tests run: the sources, or with GONGWEN_TEST_BUNDLE=1 the bundled command as it
 * is shipped (bundle/index.js, written by pnpm build; CI runs the command's tests both ways).
 */
const { main }: typeof import("../src/program.js") = process.env.GONGWEN_TEST_BUNDLE
  ? await import(new URL("../bundle/index.js", import.meta.url).href)
  : await import("../src/program.js");

/** What a command run printed and returned. */
export interface Run {
  code: number;
  out: string[];
  err: string[];
  written: string;
}

/** Runs the gongwen command in-process with captured output. */
export async function run(...argv: string[]): Promise<Run> {
  return runWith({}, ...argv);
}

/** Runs the gongwen command in-process, standard output being a terminal or not. */
export async function runWith(options: { terminal?: boolean }, ...argv: string[]): Promise<Run> {
  const result: Run = { code: 0, out: [], err: [], written: "" };
  result.code = await main(argv, {
    out: (line) => result.out.push(line),
    err: (line) => result.err.push(line),
    write: (data) => {
      result.written += typeof data === "string" ? data : Buffer.from(data).toString("latin1");
    },
    isTerminal: () => options.terminal === true,
  });
  return result;
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "gongwen-cli-"));
}

/** A small valid report in YAML. */
export const REPORT_YAML = `meta:
  org: 青溪县农业农村局
  year: 2023
  date: 2024-01-12
body:
  opening: 2023年，全局上下围绕乡村振兴目标，扎实推进各项工作。
  summary:
    sections:
      - title: 粮食生产稳中有进
        content:
          - lead: 稳定粮食播种面积。
            text: 全县完成粮食播种面积12.6万亩，同比增长2.1%。
          - lead: 提升农田建设水平。
            text: 新建高标准农田8600亩，投入资金1290万元。
      - title: 农民收入持续增长
        content:
          - 农村居民人均可支配收入达26850元，增长7.4%。
  plan:
    content:
      - lead: 推进粮食生产稳定化。
        text: 确保粮食播种面积不低于12.5万亩。
`;
