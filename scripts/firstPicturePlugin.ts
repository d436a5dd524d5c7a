import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { LocatorFeature } from '../geo/lib/types.ts';
import type { GeoData } from '../src/data/geoTypes.ts';
import { oblastLabels, type PlacesFile } from '../src/data/oblastLabels.ts';
import { firstPicture } from '../src/picture/firstPicture.ts';
import { firstLocator, LOCATOR_ID } from '../src/picture/firstLocator.ts';
import { FIRST_PICTURE_ID } from '../src/picture/pictureParts.ts';
import { en } from '../src/i18n/en.ts';
import { LANGS } from '../src/i18n/lang.ts';
import { storyUrlContext } from '../src/state/urlState.ts';
import { loadStory } from '../src/story/index.ts';
import type { CheckedStory } from './storyFiles.ts';

/**
 * Runs as the page is parsed, right after the first picture, before the first frame: an embed link
 * hides the masthead as the app will (readUrlState's rule), so the map keeps its size when the app
 * starts; a link to another day than the picture's drops it (the page shows no claims that are not
 * the day's; the app draws that day shortly), and so does a page in another language than English
 * (the link's `lang`, else the browser's, as the app reads them: langOfLink, browserLang), whose
 * names the app's picture writes in it; otherwise it is drawn plain (is-plain in
 * src/style.css: cheaper to raster, as the app will soon draw the map) and `first-map` is marked in
 * the frame that paints it. It also hides the locator inset where the link asks (an embed, unless
 * `locator=1`; `locator=0`: readUrlState's rule) and folds it on phones. The CSP allows it by its
 * hash (cspPlugin hashes every inline script).
 */
export const FIRST_PICTURE_SCRIPT =
  `(()=>{const q=new URLSearchParams(location.search),e=q.get("embed"),d=q.get("date"),s=q.get("story"),` +
  `o=q.get("locator"),h=document.documentElement,l=document.getElementById(${JSON.stringify(LOCATOR_ID)}),` +
  `L=${JSON.stringify(LANGS)},n=x=>L.includes(x),` +
  `g=q.getAll("lang").find(n)||[...navigator.languages].map(x=>x.split("-")[0].toLowerCase()).find(n)||"en",` +
  `p=document.getElementById(${JSON.stringify(FIRST_PICTURE_ID)}),b=e==="1"||e==="true";` +
  `if(b)h.classList.add("is-embed");` +
  `if(o===null?b:o!=="1"&&o!=="true")h.classList.add("no-locator");` +
  `if(l&&matchMedia("(max-width:600px)").matches)l.open=false;` +
  `if(!p)return;if(d!==null&&d!==p.dataset.day||s!==null&&s!==p.dataset.story||g!=="en"){p.remove();return}p.classList.add("is-plain");` +
  `requestAnimationFrame(()=>{if(!performance.getEntriesByName("first-map","mark").length)performance.mark("first-map")})})()`;

const read = <T>(root: string, file: string): T => JSON.parse(readFileSync(join(root, file), 'utf8')) as T;

/** The first picture's markup and its script, for the first story and the geometry under `root`. */
export function firstPicturePage(root: string, first: Pick<CheckedStory, 'id' | 'story'>): string {
  const places = read<PlacesFile>(root, 'places.json');
  const story = loadStory(places, first.story, first.id);
  const geo: Pick<GeoData, 'context' | 'oblasts' | 'cities' | 'oblastLabels'> = {
    context: read(root, 'context.geojson'),
    oblasts: read(root, 'oblasts.geojson'),
    cities: read(root, 'cities.geojson'),
    oblastLabels: oblastLabels(places),
  };
  // The day a link without a date opens on.
  const range = [story.period.from, story.period.to] as const;
  const { day } = storyUrlContext(story, range, [story.id], { lang: 'en', words: en.link }).defaults;
  const locator = read<{ features: LocatorFeature[] }>(root, 'locator.geojson').features;
  return `${firstPicture({ story, geo, day })}${firstLocator(locator, geo.oblasts)}<script>${FIRST_PICTURE_SCRIPT}</script>`;
}

/**
 * Writes the map as SVG into index.html's map element (src/picture/firstPicture.ts), so the first
 * frame the browser paints has the map in it, long before the app's code and data have arrived.
 * The app drops it once it has drawn its own picture. The story or geometry changing changes it.
 */
export function firstPicturePlugin(first: () => CheckedStory, root = 'geo'): Plugin {
  const map = /(<div id="map"[^>]*>)(<\/div>)/;
  return {
    name: 'claimline-first-picture',
    transformIndexHtml(html, context) {
      if (!context.filename.endsWith('index.html')) return html;
      if (!map.test(html)) throw new Error('firstPicturePlugin: index.html has no empty <div id="map">');
      return html.replace(
        map,
        (_, open: string, close: string) => `${open}${firstPicturePage(root, first())}${close}`,
      );
    },
  };
}
