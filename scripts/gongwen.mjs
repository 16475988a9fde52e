// `pnpm gongwen …`: runs the bundled command (pnpm build makes it) as if it had been started in the
// folder pnpm was called from. pnpm runs a root script at the repository root and names the folder
// it was called from in INIT_CWD; relative paths (`render 报告.yaml -o 报告.docx`) mean that folder.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
await import("../packages/cli/bundle/gongwen.cjs");
