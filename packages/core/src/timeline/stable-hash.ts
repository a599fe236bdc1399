// FNV-1a, 32 bit (Fowler–Noll–Vo): a stable number from a string, O(n). Picks phrasings and
// short keys deterministically; not for security.
export function stableHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
