/** Builds byte arrays for sniffing tests. */
export function bytesOf(...parts: (string | number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'string') for (let i = 0; i < part.length; i++) out.push(part.charCodeAt(i) & 0xff);
    else out.push(...part);
  }
  return new Uint8Array(out);
}

/** A ZIP local file header whose first entry is `name`, followed by `content`, padded to 64 bytes. */
export function zipStartingWith(name: string, content = ''): Uint8Array {
  const header = [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  header.push(name.length & 0xff, name.length >> 8, 0, 0);
  return padTo64(bytesOf(header, name, content));
}

export function padTo64(bytes: Uint8Array, fill = 0): Uint8Array {
  if (bytes.length >= 64) return bytes.subarray(0, 64);
  const out = new Uint8Array(64).fill(fill);
  out.set(bytes);
  return out;
}

/** Start of a Windows PE file: "MZ", DOS header, PE offset 0x80 at 0x3C. */
export function windowsProgramStart(): Uint8Array {
  const out = new Uint8Array(64);
  out.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  out[60] = 0x80;
  return out;
}

export const PDF_START = () => padTo64(bytesOf('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 0x20);
export const PNG_START = () => padTo64(bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'));
export const JPEG_START = () => padTo64(bytesOf([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF\0'));
