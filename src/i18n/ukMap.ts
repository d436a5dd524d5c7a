import type { Messages } from './en';

/** The maps' words in Ukrainian (part of its table, uk.ts; see enMap.ts). */
export const ukMap: Pick<Messages, 'locator' | 'map'> = {
  locator: {
    toggle: 'Оглядова мапа',
    label: 'Оглядова мапа України та сусідніх країн із Луганською і Донецькою областями та Києвом',
    keys: 'Рамка — це видима частина мапи. Клацніть або торкніться, щоб перемістити мапу туди; стрілки зсувають її, плюс і мінус змінюють масштаб.',
    view: (lat, lng, zoom) => `Мапа показує ${lat}, ${lng}, масштаб ${zoom}.`,
    north: (degrees) => `${degrees}° пн. ш.`,
    south: (degrees) => `${degrees}° пд. ш.`,
    east: (degrees) => `${degrees}° сх. д.`,
    west: (degrees) => `${degrees}° зх. д.`,
    kyiv: 'Київ',
  },
  map: {
    credits: 'Показати або сховати джерела',
    cities: 'Міста',
    publicDomain: 'суспільне надбання',
    zoomIn: 'Наблизити',
    zoomOut: 'Віддалити',
    bothOblasts: 'Показати обидві області',
    keys: 'Стрілки зсувають мапу, плюс і мінус змінюють масштаб, 0 знову показує обидві області. Міста — кнопки після мапи.',
    dashedOutline: (label) => `Пунктирний контур: ${label}`,
    ukraine: 'Україна',
    russia: 'Росія',
    seaOfAzov: 'Азовське море',
    maplibre: {
      'Map.Title': 'Мапа',
      'NavigationControl.ZoomIn': 'Наблизити',
      'NavigationControl.ZoomOut': 'Віддалити',
      'NavigationControl.ResetBearing': 'Повернути на північ',
      'ScaleControl.Meters': 'м',
      'ScaleControl.Kilometers': 'км',
    },
  },
};
