import type { Messages } from './en';

/** The maps' words in Russian (part of its table, ru.ts; see enMap.ts). */
export const ruMap: Pick<Messages, 'locator' | 'map'> = {
  locator: {
    toggle: 'Обзорная карта',
    label: 'Обзорная карта Украины и соседних стран с Луганской и Донецкой областями и Киевом',
    keys: 'Рамка — это видимая часть карты. Щёлкните или коснитесь, чтобы переместить туда карту; стрелки сдвигают её, плюс и минус меняют масштаб.',
    view: (lat, lng, zoom) => `Карта показывает ${lat}, ${lng}, масштаб ${zoom}.`,
    north: (degrees) => `${degrees}° с. ш.`,
    south: (degrees) => `${degrees}° ю. ш.`,
    east: (degrees) => `${degrees}° в. д.`,
    west: (degrees) => `${degrees}° з. д.`,
    kyiv: 'Киев',
  },
  map: {
    credits: 'Показать или скрыть источники',
    cities: 'Города',
    publicDomain: 'общественное достояние',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    bothOblasts: 'Показать обе области',
    keys: 'Стрелки сдвигают карту, плюс и минус меняют масштаб, 0 снова показывает обе области. Города — кнопки после карты.',
    dashedOutline: (label) => `Пунктирный контур: ${label}`,
    ukraine: 'Украина',
    russia: 'Россия',
    seaOfAzov: 'Азовское море',
    maplibre: {
      'Map.Title': 'Карта',
      'NavigationControl.ZoomIn': 'Приблизить',
      'NavigationControl.ZoomOut': 'Отдалить',
      'NavigationControl.ResetBearing': 'Повернуть на север',
      'ScaleControl.Meters': 'м',
      'ScaleControl.Kilometers': 'км',
    },
  },
};
