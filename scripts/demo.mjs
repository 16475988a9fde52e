// `pnpm demo`: renders every bundled example (examples/*.yaml, examples/*.md) into out/ as
// DOCX, Markdown and the HTML page through the gongwen command, then the batch example
// (examples/batch: one template, a dozen counties) into out/batch/, and says what it wrote.
import { readdirSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { main } from "../packages/cli/bundle/index.js";

const examples = new URL("../examples/", import.meta.url).pathname;
const out = new URL("../out/", import.meta.url).pathname;
const io = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  write: (data) => process.stdout.write(data),
};

let failures = 0;
const inputs = readdirSync(examples)
  .filter((f) => [".yaml", ".yml", ".md"].includes(extname(f)) && f !== "README.md")
  .sort();
for (const file of inputs) {
  const name = basename(file, extname(file));
  for (const ext of [".docx", ".md", ".html"]) {
    const target = join(out, `${name}${ext}`);
    const code = await main(["render", join(examples, file), "-o", target], io);
    if (code !== 0) failures++;
  }
}
const batch = new URL("../examples/batch/", import.meta.url).pathname;
const batchCode = await main(
  ["batch", join(batch, "template.yaml"), "--data", join(batch, "counties.csv"), "-o", join(out, "batch")],
  io,
);
if (batchCode !== 0) failures++;
console.log(
  `\n${inputs.length} 份示例 → out/（DOCX、Markdown 与 HTML），批量示例 → out/batch/${failures ? `，${failures} 个失败` : ""}`,
);
process.exitCode = failures ? 1 : 0;
