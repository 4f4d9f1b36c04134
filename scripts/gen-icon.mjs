// Draws the extension's icon (images/icon.png, 128×128): a report sheet with a table grid and a
// red check mark on the blue of a government document header. No image library: raw RGBA rows,
// deflated into a PNG by hand (zlib is in Node). Run: node scripts/gen-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const W = 128, H = 128;
const px = new Uint8Array(W * H * 4);
const set = (x, y, [r, g, b, a = 255]) => {
  if (x < 0 || y < 0 || x >= W || y >= H) return;
  const i = (y * W + x) * 4;
  // Alpha-blend over what is there.
  const k = a / 255;
  px[i] = Math.round(r * k + px[i] * (1 - k));
  px[i + 1] = Math.round(g * k + px[i + 1] * (1 - k));
  px[i + 2] = Math.round(b * k + px[i + 2] * (1 - k));
  px[i + 3] = Math.max(px[i + 3], a);
};
const rect = (x0, y0, x1, y1, c) => { for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c); };
const inRounded = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r), cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
// Background: rounded blue square.
for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (inRounded(x + 0.5, y + 0.5, 4, 4, 124, 124, 22)) set(x, y, [28, 86, 170]);
// The sheet.
for (let y = 18; y < 112; y++) for (let x = 26; x < 102; x++) if (inRounded(x + 0.5, y + 0.5, 26, 18, 102, 112, 6)) set(x, y, [250, 250, 247]);
// Red header band (the red-letter head of an official document).
rect(34, 28, 94, 34, [200, 30, 30]);
// Table grid: 4 columns × 5 rows.
const gx = [34, 52, 66, 80, 94], gy = [44, 54, 64, 74, 84, 94];
for (const x of gx) rect(x, 44, x + 2, 96, [90, 110, 140]);
for (const y of gy) rect(34, y, 96, y + 2, [90, 110, 140]);
rect(34, 44, 96, 54, [90, 110, 140, 60]);
// A check mark (thick line segments) over the lower right.
const line = (x0, y0, x1, y1, w, c) => {
  const n = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
  for (let i = 0; i <= n; i++) {
    const x = x0 + ((x1 - x0) * i) / n, y = y0 + ((y1 - y0) * i) / n;
    for (let dy = -w; dy <= w; dy++) for (let dx = -w; dx <= w; dx++) if (dx * dx + dy * dy <= w * w) set(Math.round(x + dx), Math.round(y + dy), c);
  }
};
line(70, 92, 82, 104, 5, [255, 255, 255]);
line(82, 104, 110, 70, 5, [255, 255, 255]);
line(70, 92, 82, 104, 3, [22, 150, 70]);
line(82, 104, 110, 70, 3, [22, 150, 70]);

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(W, 0); ihdr.writeUInt32BE(H, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
const raw = Buffer.alloc((W * 4 + 1) * H);
for (let y = 0; y < H; y++) { raw[y * (W * 4 + 1)] = 0; Buffer.from(px.buffer, y * W * 4, W * 4).copy(raw, y * (W * 4 + 1) + 1); }
mkdirSync('images', { recursive: true });
writeFileSync('images/icon.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
console.log('images/icon.png written');
