/** The print view's QR code (src/site/qr-code.ts): the structure ISO/IEC 18004 fixes, read from the SVG path. */
import { describe, expect, it } from 'vitest';
import { QR_QUIET, qrPath } from '../../src/site/qr-code.ts';

/** The dark modules of a path of `M x y h1v1h-1z` squares. */
function darkModules(d: string): Set<string> {
  return new Set([...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

/** Whether a 7×7 finder pattern (dark ring, light ring, dark 3×3 core) has its corner at x, y. */
function finderAt(dark: Set<string>, x: number, y: number): boolean {
  for (let i = 0; i < 7; i++) {
    for (let j = 0; j < 7; j++) {
      const ring = Math.max(Math.abs(i - 3), Math.abs(j - 3));
      if (dark.has(`${x + i},${y + j}`) !== (ring !== 2)) return false;
    }
  }
  return true;
}

describe('qrPath', () => {
  it.each([
    ['https://xf.example.gov.cn/national/'],
    ['https://xf.example.gov.cn/patent-seismic-bureau/'],
  ])('%s: a square of 4·version+17 modules in a quiet zone of 4, with the three finder patterns', (url) => {
    const { size, d } = qrPath(url);
    const modules = size - 2 * QR_QUIET;
    expect((modules - 17) % 4).toBe(0);
    const dark = darkModules(d);
    for (const cell of dark) {
      const [x, y] = cell.split(',').map(Number) as [number, number];
      expect(x >= QR_QUIET && x < size - QR_QUIET && y >= QR_QUIET && y < size - QR_QUIET, cell).toBe(true);
    }
    expect(finderAt(dark, QR_QUIET, QR_QUIET)).toBe(true);
    expect(finderAt(dark, size - QR_QUIET - 7, QR_QUIET)).toBe(true);
    expect(finderAt(dark, QR_QUIET, size - QR_QUIET - 7)).toBe(true);
    // No finder pattern in the fourth corner: that is how a reader finds the orientation.
    expect(finderAt(dark, size - QR_QUIET - 7, size - QR_QUIET - 7)).toBe(false);
  });

  it('a longer address needs a larger symbol', () => {
    expect(qrPath(`https://xf.example.gov.cn/${'a'.repeat(80)}/`).size).toBeGreaterThan(qrPath('https://xf.example.gov.cn/').size);
  });
});
