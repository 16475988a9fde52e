import { describe, expect, it } from "vitest";
import { contentDisposition } from "../src/content-disposition.js";

/** The file name a client saves: the decoded `filename*`. */
const saved = (header: string) => decodeURIComponent(header.split("''")[1] as string);

describe("contentDisposition", () => {
  it("names the file after the title in UTF-8, with an ASCII stand-in", () => {
    const header = contentDisposition("青溪县卫生健康局2023年工作总结", "docx");
    expect(header).toMatch(/^attachment; filename="report\.docx"; filename\*=UTF-8''%E9%9D%92/);
    expect(saved(header)).toBe("青溪县卫生健康局2023年工作总结.docx");
  });

  it("never names a file Windows cannot save or hides: device names get a _, leading dots go", () => {
    for (const title of ["CON", "con", "LPT1", "nul", "Aux.2023"]) {
      expect(saved(contentDisposition(title, "docx"))).toBe(`_${title}.docx`);
      expect(contentDisposition(title, "docx")).toContain(`filename="_${title}.docx"`);
    }
    expect(saved(contentDisposition("...报告", "md"))).toBe("报告.md");
    expect(saved(contentDisposition("CONTROL", "docx"))).toBe("CONTROL.docx");
  });

  it("replaces what no file system takes, and line breaks that would split the header", () => {
    const header = contentDisposition('a/b\\c:d*e?"f"<g>|h\r\nI', "html");
    expect(header).not.toMatch(/[\r\n]/);
    expect(saved(header)).toBe("a_b_c_d_e__f__g__h__I.html");
  });
});
