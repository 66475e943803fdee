// Astro config of the public guidance site. Build it with `xinfang site` (src/site/build-site.ts),
// which supplies the page data as the `xinfang:site-data` module; `astro build` alone has no data.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No dev toolbar, no prefetch scripts: the only JavaScript is the calculator's and the search's.
  devToolbar: { enabled: false },
  prefetch: false,
  compressHTML: true,
});
