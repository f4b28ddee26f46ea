/**
 * Bits per stored chunk of a bitmap: 4 KiB, kept inline in the row (see the migration). Its own
 * module, read by the builder and the statements alike, so a test can run both with small
 * chunks (and so cells, ranges and "as of" patches that span chunks).
 */
export const bitmapChunkBits = 32_768;
