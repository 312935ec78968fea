/**
 * File-type sniffing from the first bytes of a file ("magic numbers"), so we can warn when a
 * file's content does not match its name: some sending services refuse such attachments
 * (seed 001: "a file renamed to .pdf that is not actually a PDF"), and a program dressed up as a
 * document is a classic malware trick. We only ever look at the first 64 bytes.
 */

export interface SniffResult {
  mime: string;
  /** Most likely extension, without the dot. */
  ext: string;
  /** Plain name for the UI. */
  label: string;
  /** Extensions a file with this content may honestly carry (containers have many). */
  compatibleExts: readonly string[];
  /** Runnable program: email services block these and they may be harmful. */
  executable: boolean;
}

/** How many leading bytes the UI reads and the sniffer needs. */
export const SNIFF_BYTES = 64;

const OOXML_WORD = ['docx', 'docm', 'dotx', 'dotm'];
const OOXML_EXCEL = ['xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb', 'xlam'];
const OOXML_POWERPOINT = ['pptx', 'pptm', 'ppsx', 'ppsm', 'potx', 'potm'];
const OOXML_ANY = [...OOXML_WORD, ...OOXML_EXCEL, ...OOXML_POWERPOINT, 'vsdx', 'xps', 'oxps'];
const ODF_ANY = ['odt', 'ods', 'odp', 'odg', 'odf', 'ott', 'ots', 'otp'];
const ZIP_BASED = ['zip', ...OOXML_ANY, ...ODF_ANY, 'epub', 'jar', 'apk', 'xpi', 'kmz', 'ipa', 'cbz', 'pages', 'numbers', 'key', 'sketch', '3mf'];
const MP4_FAMILY = ['mp4', 'm4v', 'm4a', 'mov', 'qt', '3gp', '3g2', 'f4v'];
const EXECUTABLE_WINDOWS = ['exe', 'dll', 'scr', 'sys', 'com', 'cpl', 'ocx', 'efi', 'drv', 'mui', 'pif'];
const TEXT_EXTS = [
  'txt', 'text', 'csv', 'tsv', 'md', 'markdown', 'log', 'json', 'xml', 'html', 'htm', 'xhtml', 'svg',
  'ics', 'vcf', 'eml', 'mbox', 'js', 'mjs', 'ts', 'css', 'ini', 'cfg', 'conf', 'yaml', 'yml', 'toml',
  'sql', 'py', 'rb', 'sh', 'bat', 'cmd', 'ps1', 'php', 'c', 'h', 'cpp', 'java', 'srt', 'vtt', 'tex',
  'bib', 'ps', 'eps', 'nfo', 'asc', 'pem', 'crt', 'cer', 'gpx', 'kml', 'plist', 'reg', 'url', 'rtf',
];

function result(mime: string, ext: string, label: string, compatibleExts: readonly string[], executable = false): SniffResult {
  return { mime, ext, label, compatibleExts, executable };
}

function hasBytes(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  for (let i = 0; i < expected.length; i++) {
    if (bytes[offset + i] !== expected[i]) return false;
  }
  return true;
}

function hasAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (bytes.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) {
    if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  }
  return true;
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  let out = '';
  const end = Math.min(bytes.length, offset + length);
  for (let i = offset; i < end; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

function indexOfAscii(bytes: Uint8Array, text: string): number {
  for (let start = 0; start + text.length <= bytes.length; start++) {
    if (hasAscii(bytes, start, text)) return start;
  }
  return -1;
}

function sniffZip(bytes: Uint8Array): SniffResult {
  const generic = result('application/zip', 'zip', 'ZIP archive (or an Office document, which is a ZIP inside)', ZIP_BASED);
  // Local file header: name length at 26 (u16 LE), extra length at 28, name from 30.
  if (bytes.length < 31) return generic;
  const nameLength = bytes[26] | (bytes[27] << 8);
  const extraLength = bytes[28] | (bytes[29] << 8);
  const firstName = asciiAt(bytes, 30, nameLength);
  if (firstName.startsWith('word/')) return result('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx', 'Word document', [...OOXML_WORD, 'zip']);
  if (firstName.startsWith('xl/')) return result('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx', 'Excel spreadsheet', [...OOXML_EXCEL, 'zip']);
  if (firstName.startsWith('ppt/')) return result('application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx', 'PowerPoint presentation', [...OOXML_POWERPOINT, 'zip']);
  if (firstName.startsWith('[Content_Types].xml') || firstName.startsWith('_rels/') || firstName.startsWith('docProps/')) {
    return result('application/vnd.openxmlformats-officedocument', 'docx', 'Microsoft Office document (Word, Excel or PowerPoint)', [...OOXML_ANY, 'zip']);
  }
  if (firstName === 'mimetype') {
    // ODF and EPUB store their type, uncompressed, as the first file's content.
    const content = asciiAt(bytes, 30 + nameLength + extraLength, 64);
    if (content.startsWith('application/epub')) return result('application/epub+zip', 'epub', 'E-book (EPUB)', ['epub', 'zip']);
    if (content.startsWith('application/vnd.oasis')) return result('application/vnd.oasis.opendocument', 'odt', 'OpenDocument file (LibreOffice)', [...ODF_ANY, 'zip']);
  }
  return generic;
}

function sniffIsoMedia(bytes: Uint8Array): SniffResult {
  const brand = asciiAt(bytes, 8, 4);
  const compatibleBrands = asciiAt(bytes, 16, 48);
  if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis'].includes(brand)) return result('image/heic', 'heic', 'HEIC photo (iPhone)', ['heic', 'heif', 'hif']);
  if (brand === 'avif' || brand === 'avis' || (brand === 'mif1' && compatibleBrands.includes('avif'))) return result('image/avif', 'avif', 'AVIF picture', ['avif']);
  if (brand === 'mif1' || brand === 'msf1') return result('image/heif', 'heif', 'HEIF photo', ['heic', 'heif', 'hif']);
  if (brand === 'qt  ') return result('video/quicktime', 'mov', 'QuickTime video', MP4_FAMILY);
  if (brand.startsWith('M4A') || brand.startsWith('M4B') || brand.startsWith('M4P')) return result('audio/mp4', 'm4a', 'AAC audio (M4A)', ['m4a', 'm4b', 'm4p', 'mp4', 'aac']);
  if (brand.startsWith('3g')) return result('video/3gpp', '3gp', 'Phone video (3GP)', MP4_FAMILY);
  if (brand === 'crx ') return result('image/x-canon-cr3', 'cr3', 'Canon raw photo', ['cr3']);
  return result('video/mp4', 'mp4', 'MP4 video', MP4_FAMILY);
}

function isWindowsProgram(bytes: Uint8Array): boolean {
  if (!hasAscii(bytes, 0, 'MZ') || bytes.length < 64) return false;
  // "MZ" alone is too short a signature: also require a plausible offset to the PE header at 0x3C,
  // which plain text starting with "MZ" does not have.
  const peOffset = (bytes[60] | (bytes[61] << 8) | (bytes[62] << 16)) + bytes[63] * 0x1000000;
  return peOffset >= 0x40 && peOffset <= 0x10000;
}

function isMp3Frame(bytes: Uint8Array): boolean {
  if (bytes.length < 3 || bytes[0] !== 0xff || (bytes[1] & 0xe0) !== 0xe0) return false;
  const version = (bytes[1] >> 3) & 0b11;
  const layer = (bytes[1] >> 1) & 0b11;
  const bitrate = bytes[2] >> 4;
  return version !== 0b01 && layer === 0b01 && bitrate !== 0b1111;
}

function isAdtsAac(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0xff && (bytes[1] & 0xf6) === 0xf0;
}

/**
 * Text if there are no NUL bytes and no control characters other than tab, line breaks,
 * form feed and escape. High bytes are allowed so Latin-1 CSV exports from Excel count as text.
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  for (const byte of bytes) {
    if (byte === 0x7f) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) return false;
  }
  return true;
}

/** What the first bytes of a file say it is, or null when we can't tell. */
export function sniffType(firstBytes: Uint8Array): SniffResult | null {
  const bytes = firstBytes.length > SNIFF_BYTES ? firstBytes.subarray(0, SNIFF_BYTES) : firstBytes;
  if (bytes.length === 0) return null;

  if (hasAscii(bytes, 0, '%PDF-')) return result('application/pdf', 'pdf', 'PDF document', ['pdf', 'ai']);
  if (hasBytes(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return result('image/png', 'png', 'PNG picture', ['png', 'apng']);
  if (hasBytes(bytes, 0, [0xff, 0xd8, 0xff])) return result('image/jpeg', 'jpg', 'JPEG picture', ['jpg', 'jpeg', 'jpe', 'jfif']);
  if (hasAscii(bytes, 0, 'GIF87a') || hasAscii(bytes, 0, 'GIF89a')) return result('image/gif', 'gif', 'GIF picture', ['gif']);
  if (hasAscii(bytes, 0, 'RIFF')) {
    const form = asciiAt(bytes, 8, 4);
    if (form === 'WEBP') return result('image/webp', 'webp', 'WebP picture', ['webp']);
    if (form === 'WAVE') return result('audio/wav', 'wav', 'WAV audio', ['wav', 'wave']);
    if (form === 'AVI ') return result('video/x-msvideo', 'avi', 'AVI video', ['avi']);
  }
  if (hasBytes(bytes, 0, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(bytes);
  if (hasBytes(bytes, 0, [0x50, 0x4b, 0x05, 0x06]) || hasBytes(bytes, 0, [0x50, 0x4b, 0x07, 0x08])) {
    return result('application/zip', 'zip', 'ZIP archive', ZIP_BASED);
  }
  if (hasAscii(bytes, 4, 'ftyp')) return sniffIsoMedia(bytes);
  if (['moov', 'mdat', 'wide', 'free', 'pnot'].includes(asciiAt(bytes, 4, 4))) return result('video/quicktime', 'mov', 'QuickTime video', MP4_FAMILY);
  if (hasBytes(bytes, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return result('application/x-ole-storage', 'doc', 'Older Microsoft Office file (Word, Excel, PowerPoint or Outlook)',
      ['doc', 'dot', 'xls', 'xlt', 'xla', 'ppt', 'pot', 'pps', 'msg', 'msi', 'vsd', 'pub', 'mpp']);
  }
  if (hasAscii(bytes, 0, '{\\rtf')) return result('application/rtf', 'rtf', 'Rich text document (RTF)', ['rtf', 'doc']);
  if (hasBytes(bytes, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return result('application/x-7z-compressed', '7z', '7-Zip archive', ['7z']);
  if (hasAscii(bytes, 0, 'Rar!\x1a\x07')) return result('application/vnd.rar', 'rar', 'RAR archive', ['rar']);
  if (hasBytes(bytes, 0, [0x1f, 0x8b])) return result('application/gzip', 'gz', 'GZIP archive', ['gz', 'tgz', 'gzip', 'svgz']);
  if (isWindowsProgram(bytes)) return result('application/vnd.microsoft.portable-executable', 'exe', 'Windows program', EXECUTABLE_WINDOWS, true);
  if (hasBytes(bytes, 0, [0x7f, 0x45, 0x4c, 0x46])) return result('application/x-elf', 'elf', 'Linux program', ['elf', 'so', 'bin', 'out', 'o'], true);
  if (hasBytes(bytes, 0, [0xcf, 0xfa, 0xed, 0xfe]) || hasBytes(bytes, 0, [0xfe, 0xed, 0xfa, 0xcf])) {
    return result('application/x-mach-binary', 'macho', 'Mac program', ['dylib', 'bundle', 'o'], true);
  }
  if (hasAscii(bytes, 0, 'ID3')) return result('audio/mpeg', 'mp3', 'MP3 audio', ['mp3', 'aac', 'flac']);
  if (isMp3Frame(bytes)) return result('audio/mpeg', 'mp3', 'MP3 audio', ['mp3']);
  if (isAdtsAac(bytes)) return result('audio/aac', 'aac', 'AAC audio', ['aac']);
  if (hasAscii(bytes, 0, 'OggS')) return result('audio/ogg', 'ogg', 'Ogg audio or video', ['ogg', 'oga', 'ogv', 'opus', 'spx']);
  if (hasAscii(bytes, 0, 'fLaC')) return result('audio/flac', 'flac', 'FLAC audio', ['flac']);
  if (hasBytes(bytes, 0, [0x49, 0x49, 0x2a, 0x00]) || hasBytes(bytes, 0, [0x4d, 0x4d, 0x00, 0x2a])) {
    // Many camera raw formats are TIFF inside.
    return result('image/tiff', 'tif', 'TIFF picture', ['tif', 'tiff', 'dng', 'nef', 'cr2', 'arw', 'orf', 'rw2', 'pef']);
  }
  // PDF readers accept a header a little way in; we only see 64 bytes, so look there.
  if (indexOfAscii(bytes, '%PDF-') > 0) return result('application/pdf', 'pdf', 'PDF document', ['pdf', 'ai']);
  if (hasBytes(bytes, 0, [0xff, 0xfe]) || hasBytes(bytes, 0, [0xfe, 0xff]) || hasBytes(bytes, 0, [0xef, 0xbb, 0xbf]) || looksLikeText(bytes)) {
    return result('text/plain', 'txt', 'Text (or a text format such as CSV or HTML)', TEXT_EXTS);
  }
  return null;
}

const ALL_SNIFFABLE_EXTS = new Set<string>([
  ...ZIP_BASED, ...MP4_FAMILY, ...EXECUTABLE_WINDOWS, ...TEXT_EXTS,
  'pdf', 'ai', 'png', 'apng', 'jpg', 'jpeg', 'jpe', 'jfif', 'gif', 'webp', 'wav', 'wave', 'avi',
  'heic', 'heif', 'hif', 'avif', 'm4b', 'm4p', 'aac', 'cr3', 'doc', 'dot', 'xls', 'xlt', 'xla', 'ppt',
  'pot', 'pps', 'msg', 'msi', 'vsd', 'pub', 'mpp', '7z', 'rar', 'gz', 'tgz', 'gzip', 'svgz', 'elf',
  'so', 'dylib', 'mp3', 'ogg', 'oga', 'ogv', 'opus', 'flac', 'tif', 'tiff', 'dng', 'nef', 'cr2',
]);

/**
 * Extensions whose files always start with a signature we recognise, so "no signature found" is
 * itself a mismatch. Formats without a fixed signature (MP3 may start with padding, text) are left out.
 */
const SIGNATURE_REQUIRED_EXTS = new Set<string>([
  'pdf', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'zip', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'epub',
  'heic', 'heif', 'avif', 'mp4', 'mov', 'm4a', 'doc', 'xls', 'ppt', 'msg', 'rtf', '7z', 'rar', 'gz', 'exe',
  'dll', 'msi', 'tif', 'tiff', 'wav', 'avi', 'flac', 'ogg',
]);

/**
 * Extensions Windows runs directly. Gmail refuses "blocked file types e.g. executables" as a
 * security risk with 552 5.7.0 (codes.md key G-ERR, Nov 2026); other services do the same.
 */
export const RUNNABLE_EXTS: ReadonlySet<string> = new Set([
  ...EXECUTABLE_WINDOWS, 'bat', 'cmd', 'msi', 'msp', 'vbs', 'vbe', 'js', 'jse', 'wsf', 'wsh', 'hta', 'ps1', 'jar', 'lnk', 'reg', 'appx', 'msix',
]);
export const PROGRAM_BLOCK_SOURCE = 'G-ERR';

export type ExtensionMatchVerdict = 'match' | 'mismatch' | 'unknown';

export interface ExtensionMatch {
  verdict: ExtensionMatchVerdict;
  /** Lower-case extension from the name, without the dot; '' when the name has none. */
  extension: string;
  detected: SniffResult | null;
  /** The content is a program: warn strongly whatever the name says. */
  dangerous: boolean;
  /** A program or script by content or by name: mail services refuse these (552 5.7.0 at Gmail). */
  program: boolean;
  /** Our words for the UI; '' when the file matches. */
  message: string;
}

export function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || dot === base.length - 1) return '';
  return base.slice(dot + 1).toLowerCase();
}

/** Compares a file's name with what its first bytes say it is. */
export function checkExtensionMatch(fileName: string, firstBytes: Uint8Array): ExtensionMatch {
  const extension = extensionOf(fileName);
  const detected = sniffType(firstBytes);
  const dotExt = extension ? `.${extension}` : 'no extension';
  const program = Boolean(detected?.executable) || RUNNABLE_EXTS.has(extension);

  if (detected && extension && detected.compatibleExts.includes(extension)) {
    return { verdict: 'match', extension, detected, dangerous: false, program, message: '' };
  }
  if (detected?.executable) {
    return {
      verdict: 'mismatch', extension, detected, dangerous: true, program,
      message: `"${fileName}" is a program (${detected.label}), whatever its name says. Email services block programs, and this one may be harmful. Don't send it unless you are sure what it is.`,
    };
  }
  if (firstBytes.length === 0) {
    return { verdict: 'unknown', extension, detected, dangerous: false, program, message: 'This file is empty.' };
  }
  if (detected && extension && (ALL_SNIFFABLE_EXTS.has(extension) || SIGNATURE_REQUIRED_EXTS.has(extension))) {
    return {
      verdict: 'mismatch', extension, detected, dangerous: false, program,
      message: `"${fileName}" is named ${dotExt}, but its content is: ${detected.label}. Some services refuse files like this. Save or export it again in the format its name says, or give it the right name.`,
    };
  }
  if (!detected && SIGNATURE_REQUIRED_EXTS.has(extension)) {
    return {
      verdict: 'mismatch', extension, detected, dangerous: false, program,
      message: `"${fileName}" does not look like a real ${dotExt} file. It may be damaged or renamed, and some services refuse files like this. Try opening it, then save or export it again.`,
    };
  }
  return { verdict: 'unknown', extension, detected, dangerous: false, program, message: '' };
}
