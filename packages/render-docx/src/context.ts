import type { Report } from "@gongwen/schema";
import type { Geometry } from "./geometry.js";
import type { Profile } from "./profile/types.js";
import type { StyleId } from "./styles/ids.js";

/** What every builder of the document receives: the layout, and the styles used so far. */
export interface RenderContext {
  readonly report: Report;
  readonly profile: Profile;
  readonly geometry: Geometry;
  /** The styles the document uses: styles.xml defines these and no others. */
  readonly styles: Set<StyleId>;
}

/** Records that the document uses a style and returns its id, for a paragraph's or run's `style`. */
export function useStyle(context: RenderContext, id: StyleId): StyleId {
  context.styles.add(id);
  return id;
}
