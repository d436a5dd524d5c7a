import type { Messages } from './en';
import { plural } from './plural';

/** The imported layers' words in Russian (part of its table, ru.ts; see enLayers.ts). */
export const ruLayers: Pick<Messages, 'layers' | 'sources' | 'change'> = {
  layers: {
    heading: 'Импортированные слои',
    assessed: 'Оценённый контроль',
    claimed: 'Заявленная территория',
    label: (kind, name) => `${kind}: ${name}`,
    figuresHeading: (kind, name) => `${kind} (${name})`,
    noAssessment: 'Оценки на этот день нет.',
    covers: (from, to) => `Слой охватывает период с ${from} по ${to} включительно.`,
    oblastShare: (oblast, pct, km2) => `${oblast}: ${pct}% (${km2} км²)`,
    asOf: (day) => `Снимок источника от ${day} — отсюда эти цифры.`,
    asOfAt: (day, time) => `Снимок источника от ${day}, ${time} по всемирному времени, — отсюда эти цифры.`,
    unchanged: (from, to) => `С ${from} по ${to} без изменений.`,
    suspect:
      'Сомнительно: в этот день территория скачет и в течение двух дней возвращается, вероятно, это ошибка источника.',
    loading: 'Карта этого дня загружается: бледная территория — другого дня.',
    failed: 'Карту этого дня не удалось загрузить, поэтому она не показана; эти цифры — из указателя слоя.',
    credit: (name, licence, metres) =>
      `Импортированный слой, не часть истории. Источник: ${name}; лицензия: ${licence}. Упрощено до ${metres} м.`,
    chart: (day, figures) =>
      `Доля Луганской и Донецкой областей в каждом импортированном слое на ${day}: ${figures}`,
    chartFigure: (name, pct) => `${name} ${pct}%`,
    chartNone: (name) => `${name}: оценки нет`,
    disagree: (place, days) =>
      `${place}: источники расходятся в течение ${days} ${plural('ru', days, { one: 'дня', few: 'дней', many: 'дней', other: 'дня' })}, отмеченных на шкале времени.`,
    previous: '‹ Предыдущее расхождение',
    next: 'Следующее расхождение ›',
    previousNone: 'Предыдущее расхождение',
    nextNone: 'Следующее расхождение',
    previousOn: (day) => `Предыдущее расхождение: ${day}`,
    nextOn: (day) => `Следующее расхождение: ${day}`,
    notShown: (reason) => `Импортированный слой контроля не показан: ${reason}`,
    noMap: (label, day, reason) => `${label}: нет карты на ${day}: ${reason}`,
    failures: (reasons) => `${reasons}. Остальная страница работает как прежде.`,
  },
  sources: {
    heading: 'Источники',
    row: (name, kind) => `${name} (${kind})`,
    inside: (day) => `Внутри территории с ${day}`,
    outside: (day) => `Вне территории с ${day}`,
    suspect:
      'Сомнительно: здесь территория скачет и в течение двух дней возвращается, вероятно, это ошибка источника.',
    share: (pct, km2) => `${pct}% её территории (${km2} км²)`,
    story: (text) => `По истории: ${text}`,
    theStory: 'история',
    theStoryNamed: (title) => `история «${title}»`,
    silentAfter: (place, day) => `${place}: после ${day} истории молчат`,
    noStory: (place) => `${place}: ни одна история не говорит об этом месте в этот день`,
    saysNothing: (named, place) => `${place}: ${named} ничего не говорит об этом месте в этот день`,
    saidTook: (party, place, day) => `${party} заявляет о взятии: ${place}, ${day}`,
    heldFrom: (named, place, party, from) => `${named}: ${place} контролирует ${party} с ${from}`,
    heldFromTo: (named, place, party, from, to) =>
      `${named}: ${place} контролирует ${party} с ${from} по ${to}`,
    nobodyControls: 'никто не заявляет, что контролирует её в этот день',
    claimedArea: (name) => `${name} (заявленная территория)`,
    layerNone: (who) => `${who}: оценки на этот день нет`,
    insideWord: 'внутри территории',
    outsideWord: 'вне территории',
    hasFrom: (who, side, from) => `${who}: ${side} с ${from}`,
    hasUntil: (who, side, until, other, from) => `${who}: ${side} до ${until}, ${other} с ${from}`,
    agree: (side) => `В этот день они согласны: ${side}.`,
    tooLittle: 'В этот день известно слишком мало, чтобы сравнивать.',
  },
  change: {
    span: (from, to) => `С ${from} по ${to}`,
    km2: (value) => `${value} км²`,
    area: (span, source, regions) => `${span} территория слоя ${source}: ${regions}`,
    firstRegion: (region, change) => `${region} — ${change}`,
    nextRegion: (region, change) => `${region} — ${change}`,
    unchanged: 'не изменилась',
    grew: (km2) => `выросла на ${km2}`,
    lost: (km2) => `уменьшилась на ${km2}`,
    grewLost: (gained, lost, net) => `выросла на ${gained} и уменьшилась на ${lost} (итого ${net})`,
    unknown: (source, day) => `Сравнения по этому источнику нет: у ${source} нет оценки на ${day}`,
    and: 'и',
    suspect: (source, days) =>
      `Сомнительно: карта ${source} на ${days} скачет и в течение двух дней возвращается, вероятно, это ошибка источника, так что и это изменение может быть ошибочным.`,
    slivers: (km2, metres) =>
      `Не учтено: ${km2} полосок уже ${metres} м вдоль неизменной линии (шум оцифровки).`,
    outline: (layer, what) => `${layer}: ${what}`,
    areaGained: 'приобретённая территория',
    areaLost: 'утраченная территория',
    measuring: (source) => `${source}: изменение измеряется…`,
    failed: (source, reason) => `${source}: изменение не удалось измерить: ${reason}`,
    sideUnknown: (source, day) => `${source}: сравнения по этому источнику нет, так как нет оценки на ${day}`,
    sameSide: (source, side) => `${source}: в оба дня ${side}; сторона не изменилась.`,
    changedSides: (source, was, first, is, second) =>
      `${source}: ${first} — ${was}, ${second} — ${is}: сторона изменилась.`,
  },
};
