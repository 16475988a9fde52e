/** A YAML report written the way clerks write them: comments, every scalar style, faults to fix. */
export const MESSY_YAML = `# 青溪县卫生健康局年度报告（测试用，虚构）
# gongwen-lint: plan-year=off, doc-number-printed=off
meta:
  org: 青溪县卫生健康局   # 机关全称
  year: 2023
  date: 2024年01月09日
  docNumber: "青卫[2024]3号"
body:
  # 开头段：两段
  opening: |
    2023年,全县卫生健康工作稳中有进。

    全年投入1,163.33万元,增长-29.8%。
  summary:
    sections:
      - title: '医疗服务能力持续增强。'
        content:
          - lead: "深化\\"对口\\"帮扶"
            text: >
              柔性引进专家团队7个,
              新设专科门诊6个。
          - 全年完成投资1.46亿元,同比增长12.33%,完成率294.47%。
  plan:
    content:
      - lead: 推进医共体建设
        text: 新增床位86张(含重症床位12张)。
`;

/** A Markdown report with faults in the front matter, headings, initiatives, a table and the closing. */
export const MESSY_MARKDOWN = `---
# gongwen-lint: range-dash=error, doc-number-printed=off
org: 青溪县卫生健康局
year: 2023
date: 2024年01月09日
docNumber: 青卫[2024]3号
---

# 青溪县卫生健康局2023年工作总结和2024年工作思路

2023年,全县卫生健康工作稳中有进。

## 一、2023年工作总结

### （一）医疗服务能力持续增强。

**一是深化城市医院对口帮扶**柔性引进专家团队7个,新设专科门诊6个。

Table: 主要指标(单位:万元)

| 指标 | 1-9月 |
| --- | --- |
| 投资 | 1,163.33 |

## 二、2024年工作思路

**一是推进医共体建设。**新增床位86张(含重症床位12张)。

---

此外,持续抓好安全生产工作。
`;
