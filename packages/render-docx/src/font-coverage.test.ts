import { describe, expect, it } from "vitest";
import { smallReport } from "../test/helpers/reports.js";
import { fontCoverage } from "./font-coverage.js";
import { fangzhengGbk, gbt9704, gbt9704Gbk } from "./profile/builtins.js";
import { resolveProfile } from "./profile/resolve.js";

describe("fontCoverage", () => {
  const report = smallReport({ signature: "青溪县堃山水利局", recipients: "王喆同志" });

  it("names each character outside GB 2312 once, with every field it stands in", () => {
    const warnings = fontCoverage(report, gbt9704);
    expect(warnings.map((w) => w.char)).toEqual(["堃", "喆"]);
    expect(warnings[0]?.places).toEqual([{ path: ["meta", "signature"], index: 3 }]);
    expect(warnings[1]?.places).toEqual([{ path: ["meta", "recipients"], index: 1 }]);
    expect(warnings[0]?.fonts).toEqual(["方正小标宋简体", "仿宋_GB2312", "楷体_GB2312"]);
  });

  it("is silent when the fonts cover GBK, and for a report within GB 2312", () => {
    expect(fontCoverage(report, gbt9704Gbk)).toEqual([]);
    expect(fontCoverage(report, fangzhengGbk)).toEqual([]);
    expect(fontCoverage(smallReport(), gbt9704)).toEqual([]);
  });

  it("warns as soon as one text role keeps a _GB2312 font", () => {
    const mixed = resolveProfile({ base: "gbt9704Gbk", fonts: { heading2: { name: "楷体_GB2312" } } });
    expect(fontCoverage(report, mixed)[0]?.fonts).toEqual(["楷体_GB2312"]);
  });
});
