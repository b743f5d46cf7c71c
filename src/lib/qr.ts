import { crc32, deflateSync } from 'node:zlib';
import QRCode from 'qrcode';

// A result's QR code, made at build time so it works without JavaScript. It is a one-bit PNG of
// one pixel per module, scaled up with `image-rendering: pixelated` (site.css), so it stays sharp
// on screen and paper: about 0.4 kB as a data URL, where the SVG path was 4–5 kB, twice per result
// (screen and print), on some 5,500 pages (issue 20: dist/ ≤ 200 MB with both written forms).

const MARGIN = 2;

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** The modules of `url`'s QR code (error correction M) with a quiet zone, as rows of booleans. */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const size = modules.size + 2 * MARGIN;
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => {
      const [mx, my] = [x - MARGIN, y - MARGIN];
      return mx >= 0 && my >= 0 && mx < modules.size && my < modules.size
        ? Boolean(modules.get(my, mx))
        : false;
    })
  );
}

/** A one-bit greyscale PNG, black where a module is set. */
export function pngOf(rows: boolean[][]): Buffer {
  const size = rows.length;
  const stride = Math.ceil(size / 8);
  const raw = Buffer.alloc(size * (stride + 1), 0);
  rows.forEach((row, y) => {
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    line.fill(0xff);
    row.forEach((dark, x) => {
      if (dark) line[x >> 3]! &= ~(0x80 >> (x & 7));
    });
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The QR code of `url` as an <img> with its text alternative. */
export function qrImage(url: string, alt: string): string {
  const rows = qrModules(url);
  const src = `data:image/png;base64,${pngOf(rows).toString('base64')}`;
  const escaped = alt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return `<img class="qr-code" src="${src}" alt="${escaped}" width="${rows.length}" height="${rows.length}">`;
}
