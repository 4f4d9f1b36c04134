/** Reading Word 97–2003 structures: bounded little-endian reads and the sprm operand sizes ([MS-DOC] 2.2.5.1). */

export class Corrupt extends Error {}

/** Little-endian reads that stop at the end of the stream instead of reading garbage. */
export class Bytes {
  constructor(readonly b: Uint8Array) {}
  u8(at: number): number {
    if (at < 0 || at >= this.b.length) throw new Corrupt(`offset ${at}`);
    return this.b[at]!;
  }
  u16(at: number): number {
    return this.u8(at) | (this.u8(at + 1) << 8);
  }
  i16(at: number): number {
    const v = this.u16(at);
    return v & 0x8000 ? v - 0x10000 : v;
  }
  u32(at: number): number {
    return (this.u16(at) | (this.u16(at + 2) << 16)) >>> 0;
  }
  slice(at: number, length: number): Uint8Array {
    if (at < 0 || length < 0 || at + length > this.b.length) throw new Corrupt(`range ${at}+${length}`);
    return this.b.subarray(at, at + length);
  }
}

/** An operand's length from the sprm's size code (its top three bits); -1: the first byte says. */
export const OPERAND_SIZE = [1, 1, 2, 4, 2, 2, -1, 3];
