// Draws the toolbar icon procedurally (an envelope under a lens) and writes PNGs at the sizes
// browsers ask for, so the icon has no third-party artwork and can be regenerated exactly.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const [pr, pg, pb, pa] = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        r += pr * pa; g += pg * pa; b += pb * pa; a += pa;
      }
      const o = 1 + x * 4;
      row[o] = a ? r / a : 0; row[o + 1] = a ? g / a : 0; row[o + 2] = a ? b / a : 0; row[o + 3] = (a / 16) * 255;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}
const BLUE = [30, 94, 200], WHITE = [255, 255, 255], AMBER = [245, 166, 35], INK = [20, 40, 80];
function pixel(u, v) {
  const inRounded = (x0, y0, x1, y1, rad) => {
    const cx = Math.min(Math.max(u, x0 + rad), x1 - rad), cy = Math.min(Math.max(v, y0 + rad), y1 - rad);
    return (u - cx) ** 2 + (v - cy) ** 2 <= rad * rad;
  };
  const lensD = Math.hypot(u - 0.66, v - 0.64);
  if (lensD <= 0.2 && lensD >= 0.14) return [...AMBER, 1];
  // lens handle
  const t = ((u - 0.8) * 0.7 + (v - 0.78) * 0.7);
  const px = 0.8 + 0.7 * t, py = 0.78 + 0.7 * t;
  if (t >= 0 && t <= 0.2 && Math.hypot(u - px, v - py) <= 0.05) return [...AMBER, 1];
  if (lensD < 0.14) return [...WHITE, 0.9];
  const inEnvelope = u >= 0.16 && u <= 0.74 && v >= 0.26 && v <= 0.66;
  if (inEnvelope) {
    const flap = Math.abs(v - (0.26 + (0.29 - Math.abs(u - 0.45)) * 0.9)) < 0.035;
    return flap ? [...INK, 1] : [...WHITE, 1];
  }
  if (inRounded(0.04, 0.04, 0.96, 0.96, 0.2)) return [...BLUE, 1];
  return [0, 0, 0, 0];
}
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) writeFileSync(`public/icon/${size}.png`, png(size, pixel));
console.log(`wrote ${SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
