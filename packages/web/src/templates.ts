/**
 * The report templates of the repository's `templates/` folder, bundled at build time (Vite's
 * `import.meta.glob` with `?raw`), so the single-file build has them too.
 */
const files = import.meta.glob<string>("../../../templates/*.yaml", { query: "?raw", import: "default", eager: true });

/** A template the clerk can start from. */
export interface Template {
  /** The file name without `.yaml`: `summary-and-plan`, `summary`, `plan`. */
  id: string;
  /** Its Chinese name in the menu. */
  label: string;
  text: string;
}

const LABELS: Record<string, string> = {
  "summary-and-plan": "工作总结和工作思路",
  summary: "工作总结",
  plan: "工作思路（计划、要点）",
};

/** Every bundled template, the summary-and-plan one first. */
export const TEMPLATES: readonly Template[] = Object.entries(files)
  .map(([path, text]) => {
    const id = path.replace(/^.*\//, "").replace(/\.yaml$/, "");
    return { id, label: LABELS[id] ?? id, text };
  })
  .sort((a, b) => (a.id === "summary-and-plan" ? -1 : b.id === "summary-and-plan" ? 1 : a.id.localeCompare(b.id)));
