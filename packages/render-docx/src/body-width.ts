import type { RenderContext } from "./context.js";
import { charWidth } from "./text-width.js";

/**
 * The width of a text set in the body style, in twips: each character its width at the body size
 * plus the body's character spacing. Used to place the signature and the 附件说明 lines.
 */
export function bodyTextTwips(context: RenderContext, text: string): number {
  const { geometry, profile } = context;
  const em = profile.sizes.body * 20;
  let twips = 0;
  for (const char of text) twips += charWidth(char) * em + geometry.bodyCharSpacing;
  return Math.round(twips);
}
