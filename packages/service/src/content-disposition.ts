/** Characters a file name must not hold on Windows, macOS or Linux, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** Names Windows reserves for devices, whatever the extension (a file named `CON.docx` cannot be saved). */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Characters RFC 8187 lets stand unencoded in `filename*` (attr-char). */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function encodeRfc8187(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/**
 * A `Content-Disposition: attachment` header for a file named after the report (its title),
 * with the UTF-8 name in `filename*` (RFC 6266, RFC 8187) and an ASCII stand-in in `filename` for
 * old clients: `attachment; filename="report.docx"; filename*=UTF-8''%E9%9D%92….docx`. Characters
 * no file system takes are replaced by `_`, leading dots (a hidden file) dropped, a name Windows
 * reserves for a device (`CON`, `LPT1` …) given a leading `_`; the name is cut to 100 characters.
 */
export function contentDisposition(name: string, extension: string): string {
  const cut = [...name.replace(UNSAFE, "_").trim().replace(/^\.+/, "")].slice(0, 100).join("") || "report";
  const clean = RESERVED.test(cut.split(".")[0] ?? "") ? `_${cut}` : cut;
  const ascii = /^[\x20-\x7e]+$/.test(clean) ? clean.replace(/["\\%]/g, "_") : "report";
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeRfc8187(`${clean}.${extension}`)}`;
}
