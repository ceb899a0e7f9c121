// SVG charts rendered to PNG with resvg. Text needs a font: the system's (DejaVu or Liberation
// on Debian). Without any, the PNG still renders, only without its words; it never fails the run.
import { Resvg } from '@resvg/resvg-js';

let warned = false;

export function svgToPng(svg: string): Uint8Array | null {
  try {
    const png = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      background: 'white',
      font: {
        loadSystemFonts: true,
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
      },
    })
      .render()
      .asPng();
    return new Uint8Array(png);
  } catch (e) {
    if (!warned)
      process.stderr.write(
        `uchronia: charts left as SVG only (PNG rendering failed: ${(e as Error).message})\n`,
      );
    warned = true;
    return null;
  }
}
