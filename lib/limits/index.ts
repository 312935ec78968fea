// Types only: the zod schemas stay out of the popup bundle (tests import ./types directly).
export type * from './types';
export * from './units';
export * from './providers';
export * from './mms';
export * from './sending-limits';
export * from './sniff';
export {
  base64Size, mimePartOverhead, encodedSize, maxRawForEncodedLimit, sizeVerdict, emailTotals, checkEmailSize, checkMms,
  BASE64_LINE_LENGTH, MIME_PART_HEADER_BYTES, MESSAGE_BASE_OVERHEAD_BYTES, CLOSE_RATIO,
  type SizeVerdict, type FileSize, type ProviderSizeResult, type MmsFile, type MmsTypeSupport, type MmsVerdict,
  type MmsCarrierResult, type MmsCheck,
} from './check';
