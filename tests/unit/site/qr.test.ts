import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { pngOf, qrImage, qrModules } from '../../../src/lib/qr';

const url = 'https://inkluderingsguiden.no/veiviser/statlig/fast/';

/** The pixels of a one-bit PNG as written by pngOf (one IDAT, no filter). */
function pixels(png: Buffer): boolean[][] {
  const size = png.readUInt32BE(16);
  expect(png.subarray(24, 26)).toEqual(Buffer.from([1, 0])); // bit depth 1, greyscale
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const stride = Math.ceil(size / 8) + 1;
  return Array.from({ length: size }, (_, y) =>
    Array.from(
      { length: size },
      (_, x) => ((raw[y * stride + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1) === 0
    )
  );
}

describe('the QR code of a result', () => {
  it('has exactly the modules of the URL (error correction M) inside a quiet zone of 2', () => {
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    const rows = qrModules(url);
    expect(rows.length).toBe(modules.size + 4);
    for (let y = 0; y < rows.length; y++)
      for (let x = 0; x < rows.length; x++) {
        const inside = x >= 2 && y >= 2 && x < modules.size + 2 && y < modules.size + 2;
        expect(rows[y]![x], `${x},${y}`).toBe(inside ? Boolean(modules.get(y - 2, x - 2)) : false);
      }
    expect(qrModules(`${url}x/`)).not.toEqual(rows);
  });

  it('is a PNG whose pixels are those modules, black on white', () => {
    const rows = qrModules(url);
    const png = pngOf(rows);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    );
    expect(pixels(png)).toEqual(rows);
  });

  it('is an image with a text alternative, a fraction of the SVG it replaced', async () => {
    const long = `${url}midlertidig/varighet-vet-ikke/midlertidig-karakter/personalreglement-vet-ikke/malgruppe-vet-ikke/nav-ja/nav-vurdering-vet-ikke/`;
    const img = qrImage(long, 'QR-kode til «resultatet» & mer');
    expect(img).toMatch(/^<img class="qr-code" src="data:image\/png;base64,[A-Za-z0-9+/=]+" /);
    expect(img).toContain('alt="QR-kode til «resultatet» &amp; mer"');
    const svg = await QRCode.toString(long, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    expect(img.length).toBeLessThan(svg.length / 4);
  });
});
