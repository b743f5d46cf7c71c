import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrSvg } from '../../../src/lib/qr';

describe('qrSvg', () => {
  it('encodes the absolute URL and carries a text alternative', async () => {
    const url = 'https://inkluderingsguiden.no/veiviser/statlig/fast/';
    const svg = await qrSvg(url, 'QR-kode til resultatet');
    expect(svg.startsWith('<svg role="img" aria-label="QR-kode til resultatet" ')).toBe(true);
    expect(svg).toContain('<title>QR-kode til resultatet</title>');
    // The modules drawn are exactly those of the URL's QR code.
    const plain = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const path = (s: string) => /<path stroke="#000000" d="([^"]+)"/.exec(s)?.[1];
    expect(path(svg)).toBe(path(plain));
    expect(path(svg)).not.toBe(
      path(await QRCode.toString(`${url}x/`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }))
    );
  });
});
