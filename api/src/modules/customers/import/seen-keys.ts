/**
 * The order ids a file has had so far, in memory that does not grow with their length: a 64-bit
 * hash of each id in an open-addressing table of 32-bit pairs (8 bytes a slot, at most half
 * full: about 16 MB for a million ids, where a Set of the strings takes five times that, and no
 * object per id for the collector). Two different ids share 64 bits with a chance of about
 * n²/2⁶⁵ (3·10⁻⁸ for a million), which an import can live with.
 */
export class SeenKeys {
  private slots = new Uint32Array(2 * 1024);
  private size = 0;

  /** Adds the key; answers whether it was there already. */
  add(key: string): boolean {
    const [hi, h2] = hash64(key);
    // 0 marks an empty slot.
    const lo = h2 || 1;
    if (this.find(hi, lo)) return true;
    if ((this.size + 1) * 2 > this.slots.length / 2) this.grow();
    this.put(this.slots, hi, lo);
    this.size++;
    return false;
  }

  get count(): number {
    return this.size;
  }

  private find(hi: number, lo: number): boolean {
    const n = this.slots.length / 2;
    for (let i = hi % n; ; i = (i + 1) % n) {
      const l = this.slots[2 * i + 1];
      if (l === 0) return false;
      if (l === lo && this.slots[2 * i] === hi) return true;
    }
  }

  private put(slots: Uint32Array, hi: number, lo: number): void {
    const n = slots.length / 2;
    let i = hi % n;
    while (slots[2 * i + 1] !== 0) i = (i + 1) % n;
    slots[2 * i] = hi;
    slots[2 * i + 1] = lo;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2)
      if (old[i + 1] !== 0) this.put(slots, old[i], old[i + 1]);
    this.slots = slots;
  }
}

/**
 * Two 32-bit halves of a 64-bit hash of the string's UTF-16 code units (the two lanes of
 * cyrb53, kept whole), as unsigned integers.
 */
export function hash64(s: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
