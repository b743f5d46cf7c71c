import QRCode from 'qrcode';

/**
 * A QR code as inline SVG, made at build time so it works without JavaScript and prints sharply.
 * The title makes it an image with a text alternative.
 */
export async function qrSvg(url: string, title: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return svg
    .replace('<svg ', `<svg role="img" aria-label="${escaped.replace(/"/g, '&quot;')}" `)
    .replace('>', `><title>${escaped}</title>`);
}
