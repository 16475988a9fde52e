import { assertParsedReport, type Report } from "@gongwen/schema";
import { TextParagraph } from "./blocks/text-paragraph.js";
import { type BodySwitches, bodyContent } from "./body.js";
import type { RenderContext } from "./context.js";
import { fontTableXml } from "./fonts.js";
import { footerXml } from "./footers.js";
import { type Geometry, geometryOf } from "./geometry.js";
import type { Crc32 } from "./package/crc32.js";
import type { DeflateRaw } from "./package/deflate.js";
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  customPropertiesXml,
  documentRelationshipsXml,
  documentXml,
  FIRST_FOOTER_ID,
  packageRelationshipsXml,
  settingsXml,
} from "./package/parts.js";
import { cachedZipEntry, writeZip, type ZipEntry, zipEntry } from "./package/zip.js";
import { sectionPropertiesXml } from "./page-setup.js";
import { memoPerProfile } from "./profile/memo.js";
import { resolveProfile } from "./profile/resolve.js";
import type { Profile, ProfileOverride } from "./profile/types.js";
import { stylesXml } from "./styles/styles-xml.js";
import { xmlOfElements } from "./xml/direct.js";

/** Options of renderDocx. */
export interface RenderDocxOptions extends BodySwitches {
  /** The layout: a full profile, or a partial override merged over `gbt9704` (or its `base`). */
  profile?: ProfileOverride | Profile;
  /**
   * The raw DEFLATE compressor the parts are zipped with (no zlib header), called with the level
   * DEFLATE_LEVEL. Default (main entry): fflate's, portable and browser-safe;
   * `@gongwen/render-docx/core` has none and requires it. Node callers may pass zlib's as it is,
   * several times faster: `{ deflateRaw: zlib.deflateRawSync }`. Parts that repeat between
   * documents are compressed once per compressor function. The package unzips to the same parts
   * whichever is used; its bytes differ.
   */
  deflateRaw?: DeflateRaw;
  /**
   * The CRC-32 the zip records for each part. Default: the writer's own, portable JavaScript.
   * Node callers may pass `zlib.crc32` as it is (native; the same numbers).
   */
  crc32?: Crc32;
}

/** Options of the renderDocx of `@gongwen/render-docx/core`: the compressor is required. */
export interface RenderDocxCoreOptions extends RenderDocxOptions {
  deflateRaw: DeflateRaw;
}

const geometryFor = memoPerProfile<void, Geometry>((profile) => geometryOf(profile));

/**
 * The DOCX of a report, laid out to GB/T 9704-2012 (or the given profile), as the bytes of the
 * file, zipped with `options.deflateRaw`. Works the same in Node and in browsers. See
 * renderDocxSync for the synchronous form. Throws a TypeError when `deflateRaw` is missing, or
 * when given anything but a parsed report (see assertParsedReport).
 */
export async function renderDocx(report: Report, options: RenderDocxCoreOptions): Promise<Uint8Array> {
  return renderDocxSync(report, options);
}

/**
 * The DOCX of a report, synchronously. Every part is written as XML directly: the text
 * (DirectXml), and, once per profile, the styles, footers and section properties; this writer
 * zips the package itself with `options.deflateRaw`, reusing the parts that do not change between
 * documents (see the package's README on speed). Throws a TypeError when `deflateRaw` is missing.
 */
export function renderDocxSync(report: Report, options: RenderDocxCoreOptions): Uint8Array {
  if (typeof options?.deflateRaw !== "function")
    throw new TypeError(
      "renderDocx: options.deflateRaw is missing. @gongwen/render-docx/core needs a raw DEFLATE compressor, " +
        "e.g. zlib.deflateRawSync; @gongwen/render-docx uses fflate's when none is given.",
    );
  assertParsedReport(report, "renderDocx");
  const profile = resolveProfile(options.profile);
  const context: RenderContext = { report, profile, geometry: geometryFor(profile), styles: new Set() };
  const content = bodyContent(context, options);
  const odd = FIRST_FOOTER_ID;
  const even = FIRST_FOOTER_ID + 1;
  const blank = FIRST_FOOTER_ID + 2;
  const mainSection = sectionPropertiesXml(context, { footers: { odd, even } });
  let last = mainSection;
  if (content.colophon && content.placement === "samePage") {
    content.main.push(...content.colophon);
  } else if (content.colophon) {
    const at = content.main.length - 1;
    const end = content.main[at];
    if (!(end instanceof TextParagraph)) throw new Error("renderDocx: the body must end with a paragraph");
    content.main[at] = end.endingSection(mainSection);
    if (content.placement === "afterBlankPage") {
      // The blank page written out, a section of its own with the footer without number: Word
      // might print a page it inserts for an even-page break with the text's numbered footer.
      const blankSection = sectionPropertiesXml(context, { footers: { odd: blank, even: blank }, start: "nextPage" });
      content.main.push(new TextParagraph({ runs: [], section: blankSection }));
    }
    last = sectionPropertiesXml(context, {
      footers: { odd: blank, even: blank },
      start: profile.colophon.evenPage ? "evenPage" : "nextPage",
      bottom: true,
    });
  }
  const ownPage = content.colophon !== undefined && content.placement !== "samePage";
  const body = xmlOfElements(content.main) + (ownPage ? xmlOfElements(content.colophon ?? []) : "") + last;
  const footers = [footerXml(context, "odd"), footerXml(context, "even")];
  if (ownPage) footers.push(footerXml(context, "blank"));
  const custom = customPropertiesXml(report.meta);
  const deflate = options.deflateRaw;
  const entry = (path: string, xml: string) => zipEntry(path, xml, deflate, options.crc32);
  const cached = (path: string, xml: string) => cachedZipEntry(path, xml, deflate, options.crc32);
  const entries: ZipEntry[] = [
    cached("[Content_Types].xml", contentTypesXml(footers.length, custom !== undefined)),
    cached("_rels/.rels", packageRelationshipsXml(custom !== undefined)),
    entry("word/document.xml", documentXml(body)),
    cached("word/_rels/document.xml.rels", documentRelationshipsXml(footers.length)),
    cached("word/styles.xml", stylesXml(profile, context.styles)),
    cached("word/settings.xml", settingsXml()),
    cached("word/fontTable.xml", fontTableXml(profile)),
    ...footers.map((xml, i) => cached(`word/footer${i + 1}.xml`, xml)),
    entry("docProps/core.xml", corePropertiesXml(report.meta)),
    cached("docProps/app.xml", appPropertiesXml(report.meta)),
  ];
  if (custom !== undefined) entries.push(entry("docProps/custom.xml", custom));
  return writeZip(entries);
}
