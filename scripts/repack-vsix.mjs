// Recompress a .vsix in place with Zopfli: `node scripts/repack-vsix.mjs ogi-report.vsix`.
//
// vsce writes the .vsix with zlib's default level; Zopfli finds a shorter encoding of the same
// deflate format (every unzip, VS Code's included, reads it), which makes the bundles ~4–5 %
// smaller zipped — about 15 KB of the .vsix (docs/bench.md, *Bundles and the .vsix*). zlib's
// level 9 saves only ~0.5 KB. `npm run package` and the size bench (bench/size-bench.ts, which
// test/editor/package.test.ts uses) both run this, so what is measured is what ships.
//
// Only the compressed bytes change: every entry keeps its name, order (`extension.vsixmanifest`
// and `[Content_Types].xml` first, as vsce writes them), time stamp, attributes and CRC. Sizes
// now stand in each local header, so the data descriptors vsce appends are left out. Each
// entry is unpacked and its CRC checked before anything is written; the file is replaced only
// when the whole new archive is made.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { deflateAsync } from '@gfx/zopfli';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** General purpose flag bit 3: sizes and CRC follow the data (a data descriptor). */
const DATA_DESCRIPTOR = 0x8;

/** The entries of a zip's central directory, in order, with their uncompressed bytes. */
function readZip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || zip.readUInt32LE(end) !== END) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`entry ${i}: bad central directory header`);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const header = zip.subarray(p, p + 46 + nameLength + extraLength + commentLength);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    const method = header.readUInt16LE(10);
    const crc = header.readUInt32LE(16);
    const compressedSize = header.readUInt32LE(20);
    const size = header.readUInt32LE(24);
    const local = header.readUInt32LE(42);
    if (zip.readUInt32LE(local) !== LOCAL) throw new Error(`${name}: bad local header`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + compressedSize);
    const data = method === STORED ? raw : method === DEFLATED ? inflateRawSync(raw) : null;
    if (!data) throw new Error(`${name}: compression method ${method} is not deflate or stored`);
    if (data.length !== size || crc32(data) !== crc) throw new Error(`${name}: size or CRC does not match its header`);
    entries.push({ name, header, data });
    p += header.length;
  }
  return entries;
}

/** The same entries, each deflated with Zopfli (or stored when that is not smaller). */
async function writeZip(entries) {
  const parts = [];
  const directory = [];
  let offset = 0;
  for (const { header, data } of entries) {
    const deflated = Buffer.from(await deflateAsync(data, { numiterations: 15 }));
    const [method, body] = deflated.length < data.length ? [DEFLATED, deflated] : [STORED, data];
    const central = Buffer.from(header);
    central.writeUInt16LE(header.readUInt16LE(8) & ~DATA_DESCRIPTOR, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(offset, 42);
    const nameLength = header.readUInt16LE(28);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    // Version needed, flags, method, time, date, CRC, sizes, name length: as in the central record.
    central.copy(local, 4, 6, 28);
    local.writeUInt16LE(nameLength, 26);
    local.writeUInt16LE(0, 28);
    const name = header.subarray(46, 46 + nameLength);
    parts.push(local, name, body);
    offset += local.length + name.length + body.length;
    directory.push(central);
  }
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/repack-vsix.mjs <file.vsix>');
  process.exit(2);
}
const before = readFileSync(file);
const original = readZip(before);
const after = await writeZip(original);
// The new archive must hold the same files, byte for byte, before it replaces the old one.
const check = readZip(after);
if (check.length !== original.length || check.some((e, i) => e.name !== original[i].name || !e.data.equals(original[i].data))) throw new Error('repacked archive differs from the original');
writeFileSync(`${file}.tmp`, after);
renameSync(`${file}.tmp`, file);
console.log(`${file}: ${before.length} → ${after.length} bytes (Zopfli)`);
