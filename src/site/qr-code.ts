/**
 * A QR code of a page's address for the print view, made at build time (the page needs no script):
 * the `uqr` encoder's module matrix, drawn here as one SVG path of unit squares. Error correction M
 * (15%), the quiet zone of 4 modules the QR standard (ISO/IEC 18004) asks for. Pure.
 */
import { encode } from 'uqr';

/** The modules of a QR code as an SVG path over a `size` × `size` grid, quiet zone included. */
export interface QrPath {
  size: number;
  /** `M x y h1 v1 h-1 z` per dark module. */
  d: string;
}

/** Quiet zone, in modules. */
export const QR_QUIET = 4;

/** The QR code of `text` as an SVG path. */
export function qrPath(text: string): QrPath {
  const qr = encode(text, { ecc: 'M', border: QR_QUIET });
  const parts: string[] = [];
  qr.data.forEach((row, y) => row.forEach((dark, x) => {
    if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
  }));
  return { size: qr.size, d: parts.join('') };
}
