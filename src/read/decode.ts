/**
 * Bytes to text. Chinese news arrives as UTF-8 (with or without BOM), UTF-16
 * with a BOM, or GB18030/GBK from older CMS dumps. Strict UTF-8 decoding
 * decides: text that is not valid UTF-8 is tried as GB18030, and bytes that
 * are neither are refused, so mojibake never reaches the extractor.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class DecodeError extends Error {}

const strictDecoder = (encoding: Encoding) => new TextDecoder(encoding, { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  if (looksBinary(bytes)) throw new DecodeError('binary data (NUL bytes), not text');
  try {
    return decodeAs(bytes, 'utf-8');
  } catch {
    try {
      return decodeAs(bytes, 'gb18030');
    } catch {
      throw new DecodeError('neither valid UTF-8 nor GB18030 text');
    }
  }
}

function decodeAs(bytes: Uint8Array, encoding: Encoding) {
  return { text: strictDecoder(encoding).decode(bytes), encoding };
}

/** NUL bytes never occur in UTF-8 or GB18030 prose; they mark binary files. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
