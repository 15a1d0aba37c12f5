// Generates the add-in's ribbon and store icons as real PNG files without image tools:
// each glyph is drawn with anti-aliased signed-distance shapes and encoded with zlib.
// Run: node scripts/make-icons.js  (writes assets/*.png; the PNGs are committed)
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size × size × 4) → PNG bytes (colour type 6, 8 bits, no interlace). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk("IHDR", ihdr), chunk("IDAT", zlib.deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

// Signed distances in unit coordinates (0..1); negative inside.
const roundedBox = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * h, py - dy * h) - w;
};

const GREEN = [16, 124, 65]; // Excel green
const WHITE = [255, 255, 255];

// Glyphs: each returns the signed distance of the white foreground at (x, y).
const GLYPHS = {
  // Validasi Renja: a check mark.
  check: (x, y) => Math.min(segment(x, y, 0.27, 0.52, 0.43, 0.68, 0.07), segment(x, y, 0.43, 0.68, 0.74, 0.34, 0.07)),
  // Sisipkan Tabel: a 3 × 3 table outline.
  table: (x, y) => {
    const w = 0.035;
    let d = Math.abs(roundedBox(x, y, 0.5, 0.5, 0.28, 0.26, 0.02)) - w;
    for (const gx of [0.5 - 0.28 / 3 * 1, 0.5 + 0.28 / 3 * 1]) d = Math.min(d, segment(x, y, gx, 0.24, gx, 0.76, w));
    for (const gy of [0.4, 0.58]) d = Math.min(d, segment(x, y, 0.22, gy, 0.78, gy, w));
    return d;
  },
  // Tabel 4.2: four rising bars (one per triwulan).
  quarters: (x, y) => {
    let d = Infinity;
    [0.22, 0.36, 0.5, 0.64].forEach((h, i) => {
      const cx = 0.29 + i * 0.14;
      d = Math.min(d, roundedBox(x, y, cx, 0.76 - h / 2, 0.045, h / 2, 0.015));
    });
    return d;
  },
};

function render(size, glyph) {
  const rgba = Buffer.alloc(size * size * 4);
  const px = 1 / size;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) / size;
      const y = (j + 0.5) / size;
      // Coverage from the signed distance, one pixel of anti-aliasing.
      const cover = (d) => Math.max(0, Math.min(1, 0.5 - d / px));
      const bg = cover(roundedBox(x, y, 0.5, 0.5, 0.46, 0.46, 0.12));
      const fg = cover(GLYPHS[glyph](x, y)) * bg;
      const o = (j * size + i) * 4;
      for (let k = 0; k < 3; k++) rgba[o + k] = Math.round(GREEN[k] * (1 - fg) + WHITE[k] * fg);
      rgba[o + 3] = Math.round(bg * 255);
    }
  }
  return encodePng(size, rgba);
}

const OUT = path.join(__dirname, "..", "assets");
fs.mkdirSync(OUT, { recursive: true });
const files = [
  ...[16, 32, 64, 80, 128].map((s) => [`icon-${s}.png`, s, "check"]),
  ...[16, 32, 80].map((s) => [`sisipkan-${s}.png`, s, "table"]),
  ...[16, 32, 80].map((s) => [`triwulan-${s}.png`, s, "quarters"]),
];
for (const [name, size, glyph] of files) {
  fs.writeFileSync(path.join(OUT, name), render(size, glyph));
  console.log(`assets/${name} (${size}×${size})`);
}
