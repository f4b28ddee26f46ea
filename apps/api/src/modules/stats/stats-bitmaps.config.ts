/**
 * Bits per stored chunk of a bitmap: 4 KiB, kept inline in the row (see the migration). Its own
 * module, read by the builder and the statements alike, so a test can run both with small
 * chunks (and so cells, ranges and "as of" patches that span chunks).
 */
export const bitmapChunkBits = 32_768;

/**
 * The most own-text matches (see textSearchParts) a text search turns into bitmaps one by one
 * (an inverted-index search: those of its infrequent terms). Each costs a lookup and a place in
 * a bitmap's text: beyond this many the per-initiative facts, which read the matched rows once,
 * answer sooner (measured at 100k initiatives: see the closing note of #4).
 */
export const textBitmapMaxMatches = 3_000;

/**
 * The fewest initiatives a text term (see migration 2026-12-03-000100) occurs in for it to get
 * bitmaps of its own: a search for a frequent word is then an OR of bitmaps, where turning its
 * ranks into bitmaps would cost a lookup each. 45 terms of the 100k synthetic initiatives.
 */
export const textTermBitmapMinMatches = 1_000;

/**
 * The longest runs of words the inverted index holds (see migration 2026-12-03-000100): a
 * search of up to this many words is answered from it, a longer one from the live filter's
 * matches. Each more word adds about one term per word of text.
 */
export const textTermMaxWords = 4;
