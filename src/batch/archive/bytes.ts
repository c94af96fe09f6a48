// Joins streamed chunks into one entry's bytes.

/** A fresh array (not a slice of a pooled or shared buffer), so a kept entry never pins other memory. */
export function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
