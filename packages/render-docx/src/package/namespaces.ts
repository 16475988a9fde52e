/** The WordprocessingML namespace (`w:`). */
export const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
/** The relationships namespace (`r:`), for references from the document to its footers. */
export const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The package relationships namespace of `.rels` parts. */
export const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Relationship types of the parts this writer makes. */
export const RELATIONSHIP = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
  customProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  settings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
  fontTable: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable",
  footer: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
} as const;
