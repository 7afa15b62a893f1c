/**
 * Bytes to text. Chinese news arrives as UTF-8 (with or without BOM), UTF-16
 * with a BOM, or GB18030/GBK from older CMS dumps. Strict UTF-8 decoding
 * decides; mojibake never reaches the extractor:
 *
 * - A file that is valid UTF-8 except for an incomplete character at its very
 *   end was cut off (a truncated download or copy). It is refused with that
 *   reason rather than read short: the cut may have taken more than one
 *   character, and the user can fetch the file again.
 * - A file that is mostly well-formed UTF-8 with a few bad bytes is corrupt
 *   UTF-8, not GB18030; it is refused with the offset of the first bad byte.
 * - Otherwise GB18030 is tried, and accepted only when the result reads like
 *   Chinese prose: nearly all double-byte characters from the GB2312 range
 *   (where everyday hanzi live) and no stray symbols. UTF-8 bytes read as
 *   GB18030 decode "successfully" into rare hanzi (鍥藉姟闄…); this rejects them.
 */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class DecodeError extends Error {}

const strictDecoder = (encoding: Encoding) => new TextDecoder(encoding, { fatal: true, ignoreBOM: false });

/** `unit` only words the messages: a whole file, or one line of a JSON Lines file. */
export function decodeText(bytes: Uint8Array, unit: 'file' | 'line' = 'file'): { text: string; encoding: Encoding } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  if (looksBinary(bytes)) throw new DecodeError('binary data (NUL bytes), not text');
  try {
    return decodeAs(bytes, 'utf-8');
  } catch {
    // fall through: find out why
  }
  const scan = scanUtf8(bytes);
  if (scan.firstBad === -1 && scan.truncatedTail > 0) {
    throw new DecodeError(`truncated UTF-8: the ${unit} ends in the middle of a character (last ${scan.truncatedTail} byte(s)); was it cut off?`);
  }
  if (scan.multibyte > scan.bad) {
    throw new DecodeError(`invalid UTF-8 at byte ${scan.firstBad} (the rest of the ${unit} is UTF-8)`);
  }
  let text: string;
  try {
    text = decodeAs(bytes, 'gb18030').text;
  } catch {
    throw new DecodeError('neither valid UTF-8 nor GB18030 text');
  }
  if (!plausibleGb(bytes, text)) throw new DecodeError('not valid UTF-8, and as GB18030 it would be mojibake; refusing to guess the encoding');
  return { text, encoding: 'gb18030' };
}

function decodeAs(bytes: Uint8Array, encoding: Encoding) {
  return { text: strictDecoder(encoding).decode(bytes), encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be') {
  if ((bytes.length - 2) % 2 !== 0) throw new DecodeError(`truncated ${encoding.toUpperCase()}: odd number of bytes after the byte-order mark`);
  try {
    return decodeAs(bytes, encoding);
  } catch {
    throw new DecodeError(`invalid ${encoding.toUpperCase()} (unpaired surrogate or truncated character)`);
  }
}

/** NUL bytes never occur in UTF-8 or GB18030 prose; they mark binary files (or UTF-16 without a BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

interface Utf8Scan {
  /** Offset of the first byte that is not part of a well-formed sequence, -1 if none before the tail. */
  firstBad: number;
  bad: number;
  multibyte: number;
  /** Length of an incomplete (but so far well-formed) sequence at the very end, else 0. */
  truncatedTail: number;
}

/** One pass over the bytes by the UTF-8 grammar (RFC 3629), counting good multi-byte sequences and bad bytes. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstBad = -1;
  let bad = 0;
  let multibyte = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      if (firstBad === -1) firstBad = i;
      bad++;
      i++;
      continue;
    }
    let j = 1;
    while (j <= need && i + j < n) {
      const c = bytes[i + j]!;
      if (j === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break;
      j++;
    }
    if (j > need) {
      multibyte++;
      i += j;
    } else if (i + j === n) {
      // Well-formed so far, but the bytes ran out.
      return { firstBad, bad, multibyte, truncatedTail: j };
    } else {
      if (firstBad === -1) firstBad = i;
      bad++;
      i += j;
    }
  }
  return { firstBad, bad, multibyte, truncatedTail: 0 };
}

/**
 * GB18030 text that reads like Chinese: at least 90% of the double-byte
 * characters in the GB2312 area (lead and trail bytes 0xA1–0xFE), and at
 * least 95% of all characters ordinary (ASCII, CJK ideographs and punctuation,
 * full-width forms, general punctuation).
 */
function plausibleGb(bytes: Uint8Array, text: string): boolean {
  let pairs = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const c = bytes[i + 1];
    if (c === undefined) break;
    if (c >= 0x30 && c <= 0x39) {
      i += 3; // four-byte sequence
      pairs++;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xfe && c >= 0xa1 && c <= 0xfe) gb2312++;
    i++;
  }
  if (pairs === 0 || gb2312 < pairs * 0.9) return false;
  let ordinary = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const cp = ch.codePointAt(0)!;
    if (
      (cp >= 0x20 && cp < 0x7f) ||
      cp === 0x09 || cp === 0x0a || cp === 0x0d ||
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3000 && cp <= 0x303f) ||
      (cp >= 0xff00 && cp <= 0xffef) ||
      (cp >= 0x2000 && cp <= 0x206f) ||
      cp === 0xb7 || cp === 0xd7
    ) ordinary++;
  }
  return ordinary >= total * 0.95;
}
