import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_YAML, run, tempDir } from "./helpers.js";

/** The small report with a recipient whose name holds 喆 (outside GB 2312), on line 5. */
const WITH_RARE = REPORT_YAML.replace("  date: 2024-01-12\n", "  date: 2024-01-12\n  recipients: 王喆同志\n");

describe("characters outside GB 2312 with a _GB2312 profile", () => {
  it("render warns, naming the character and its line, and still writes the DOCX", async () => {
    const dir = tempDir();
    const file = join(dir, "r.yaml");
    writeFileSync(file, WITH_RARE);
    const r = await run("render", file, "-o", join(dir, "r.docx"));
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "r.docx"))).toBe(true);
    const warning = r.err.find((line) => line.includes("喆")) as string;
    expect(warning).toContain(`${file}:5:`);
    expect(warning).toContain("meta.recipients");
    expect(warning).toContain("仿宋_GB2312");
    expect(warning).toContain("--profile gbt9704Gbk");
    const en = await run("--lang", "en", "render", file, "-o", join(dir, "r.docx"));
    expect(en.err.some((line) => line.includes("outside GB 2312") && line.includes("gbt9704Gbk"))).toBe(true);
  });

  it("render is silent with the GBK profile, and for a report within GB 2312", async () => {
    const dir = tempDir();
    const file = join(dir, "r.yaml");
    writeFileSync(file, WITH_RARE);
    writeFileSync(join(dir, "gbk.yaml"), "base: gbt9704Gbk\n");
    const gbk = await run("render", file, "--profile", join(dir, "gbk.yaml"), "-o", join(dir, "r.docx"));
    expect(gbk.err.filter((line) => line.includes("GB 2312"))).toEqual([]);
    // The built-in profile's name works as --profile without a file.
    const named = await run("render", file, "--profile", "gbt9704Gbk", "-o", join(dir, "r.docx"));
    expect(named.code).toBe(0);
    expect(named.err.filter((line) => line.includes("GB 2312"))).toEqual([]);
    writeFileSync(join(dir, "plain.yaml"), REPORT_YAML);
    const plain = await run("render", join(dir, "plain.yaml"), "-o", join(dir, "p.docx"));
    expect(plain.err.filter((line) => line.includes("GB 2312"))).toEqual([]);
  });

  it("lint warns at the character's line and column, and exits 0", async () => {
    const dir = tempDir();
    const file = join(dir, "r.yaml");
    writeFileSync(file, WITH_RARE);
    const r = await run("lint", file);
    expect(r.code).toBe(0);
    const line = [...r.out, ...r.err].find((l) => l.includes("font-coverage")) as string;
    expect(line).toContain(`${file}:5:16`);
    expect(line).toContain("喆");
  });
});
