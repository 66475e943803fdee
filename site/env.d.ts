/// <reference types="astro/client" />
/** The site's data, supplied by `buildSite` (src/site/build-site.ts) as a Vite alias to a module that reads its JSON file. */
declare module 'xinfang:site-data' {
  const data: import('../src/site/site-data.ts').SiteData;
  export default data;
}
