import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(root, "packages/cli/dist/bin.js");
const template = join(root, "examples/batch/template.yaml");

/** `count` rows made from the example's CSV; rows 20 and 41 (spreadsheet rows) are broken. */
function fiftyRows(dir: string, count = 50): string {
  const lines = readFileSync(join(root, "examples/batch/counties.csv"), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  const [header, ...records] = lines as [string, ...string[]];
  const out = [header];
  for (let i = 0; i < count; i++) {
    const cells = (records[i % records.length] as string).split(",");
    cells[0] = `${cells[0]}${i + 1}`;
    if (i === 18) cells[3] = "约十亿"; // 固定资产投资 as text
    if (i === 39) cells[2] = "0"; // 上年地区生产总值 zero: no year-on-year rate
    out.push(cells.join(","));
  }
  const file = join(dir, "rows.csv");
  writeFileSync(file, out.join("\r\n"));
  return file;
}

describe("gongwen batch (built command)", () => {
  it("renders 48 valid DOCX of 50 rows, reports the 2 bad rows with row, field and reason, and exits 1", () => {
    expect(existsSync(bin)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), "gongwen-batch-"));
    const data = fiftyRows(dir);
    const out = join(dir, "out");
    const run = spawnSync(process.execPath, [bin, "batch", template, "--data", data, "-o", out, "--jobs", "2"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    const files = readdirSync(out);
    expect(files.filter((f) => f.endsWith(".docx"))).toHaveLength(48);
    expect(files.filter((f) => f.endsWith(".tmp"))).toEqual([]);
    for (const f of files) expect(readFileSync(join(out, f)).subarray(0, 2).toString()).toBe("PK");
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const bad = lines.filter((l) => l.ok === false).sort((a, b) => a.row - b.row);
    expect(bad.map((l) => l.row)).toEqual([20, 41]);
    expect(bad[0].problems[0]).toMatchObject({ code: "helper_not_a_number", dataPath: "固定资产投资", row: 20 });
    expect(bad[1].problems[0]).toMatchObject({ code: "helper_zero_base", dataPath: "上年地区生产总值", row: 41 });
    expect(lines.at(-1).summary).toMatchObject({ done: 48, failed: 2 });
    expect(run.stderr).toMatch(/template\.yaml:\d+:\d+ 第 20 行数据：/);
  });

  it("says once, before any row, a variable of the template that the data file has no column for, and writes nothing", () => {
    const dir = mkdtempSync(join(tmpdir(), "gongwen-batch-"));
    const broken = join(dir, "template.yaml");
    writeFileSync(
      broken,
      readFileSync(template, "utf8").replace("{{县名}}统计局办公室", "{{县名}}统计局办公室{{未知字段}}"),
    );
    const out = join(dir, "out");
    const run = spawnSync(
      process.execPath,
      [bin, "batch", broken, "--data", join(root, "examples/batch/counties.xlsx"), "-o", out],
      {
        encoding: "utf8",
      },
    );
    expect(run.status).toBe(1);
    // Not even the output folder: it was made for this run, and nothing went into it.
    expect(existsSync(out)).toBe(false);
    expect(
      run.stderr.match(
        /template\.yaml:\d+:\d+ \{\{未知字段\}\}：数据文件 .*counties\.xlsx 的表头中没有“未知字段”这一列/g,
      ),
    ).toHaveLength(1);
    expect(run.stderr).not.toContain("行数据");
    expect(run.stdout).toBe("");
  });

  it("stops cleanly on Ctrl-C: exit 130, only complete files, no staging folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gongwen-batch-"));
    const data = fiftyRows(dir, 400);
    const out = join(dir, "out");
    const child = spawn(process.execPath, [bin, "batch", template, "--data", data, "-o", out, "--jobs", "2"]);
    let sent = false;
    child.stdout.on("data", () => {
      if (!sent) child.kill("SIGINT");
      sent = true;
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    const files = readdirSync(out);
    expect(files.length).toBeLessThan(398);
    for (const f of files) {
      expect(f).toMatch(/\.docx$/);
      const bytes = readFileSync(join(out, f));
      // A whole zip: it ends with the end-of-central-directory record.
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      expect(bytes.subarray(-22, -18)).toEqual(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    }
  });
});
