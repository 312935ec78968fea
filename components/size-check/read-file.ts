import { checkExtensionMatch, sniffType, SNIFF_BYTES, type ExtensionMatch, type SniffResult } from '../../lib/limits/sniff';

/** What we learn from a picked file: its size and its first bytes only, never the rest. */
export interface InspectedFile {
  name: string;
  size: number;
  browserType: string;
  sniffed: SniffResult | null;
  match: ExtensionMatch;
}

export async function inspectFile(file: File): Promise<InspectedFile> {
  let firstBytes = new Uint8Array(0);
  try {
    firstBytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    // Unreadable (e.g. a folder dropped in some browsers): still check the size.
  }
  return {
    name: file.name,
    size: file.size,
    browserType: file.type,
    sniffed: sniffType(firstBytes),
    match: checkExtensionMatch(file.name, firstBytes),
  };
}
