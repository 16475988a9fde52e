/**
 * Whether a report file is a template: it holds a Handlebars expression (`{{`), a top-level
 * `data:` block, or a directive item (`- each:` / `- if:` / `- unless:`). Commands use it to check
 * a template as one (`gongwen validate`) rather than as a plain report. It imports nothing, so a
 * command can ask (through `@gongwen/template/detect`) without loading Handlebars or the readers.
 */
export function isTemplateText(text: string): boolean {
  return text.includes("{{") || /^data:/m.test(text) || /^\s*- (each|if|unless):/m.test(text);
}
