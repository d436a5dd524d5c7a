import type { Messages } from './en';
import { plural } from './plural';

const frames = (n: number) =>
  `${n} ${plural('uk', n, { one: 'кадр', few: 'кадри', many: 'кадрів', other: 'кадру' })}`;

/** The Share menu's animation settings and the exports' own words in Ukrainian (part of its table, uk.ts; see enShare.ts). */
export const ukShare: Pick<Messages, 'animation' | 'exports'> = {
  animation: {
    heading: 'Анімація',
    from: 'Від',
    to: 'До',
    every: 'Один кадр кожні (днів)',
    fps: 'Кадрів на секунду',
    size: 'Розмір (пікселів)',
    format: 'Формат',
    webm: 'Відео (WebM)',
    mp4: 'Відео (MP4)',
    png: 'Зображення (PNG, один день)',
    layers: 'Показані шари',
    start: 'Почати',
    cancel: 'Скасувати',
    framesDone: 'Готові кадри',
    starting: 'Починаємо…',
    badFps: (value) => `Кадрів на секунду: «${value}» — не ціле число від 1 до 30`,
    pngOneDay: 'Формат: PNG містить один день, тож поставте в полі «До» той самий день, що й у полі «Від»',
    estimate: (n, seconds, size) => `${frames(n)}, ${seconds} с; приблизно ${size}.`,
    estimateAtMost: (n, seconds, size) => `${frames(n)}, ${seconds} с; приблизно ${size}, не більше.`,
    megabytes: (value) => `${value} МБ`,
    kilobytes: (value) => `${value} КБ`,
    failed: (reason) => `Анімацію не вдалося створити: ${reason}`,
    progress: (done, total) => `${done} з ${total} кадрів`,
    progressLeft: (done, total, seconds) => `${done} з ${total} кадрів, залишилося приблизно ${seconds} с`,
  },
  exports: {
    mapNotReady: 'Код мапи ще не завантажився: спробуйте за мить',
    noCanvas: 'Цей браузер не може малювати на полотні',
    noMapYet: 'На сторінці ще немає мапи, яку можна намалювати',
    viewLate: (day, seconds) => `Територія імпортованого шару на ${day} не надійшла за ${seconds} с`,
    notWritten: (type) => `Браузер не зміг записати зображення як ${type}`,
    gifNoFile: 'кодувальник GIF не видав файла',
    videoNoFile: 'кодувальник відео не видав файла',
    gifCancelled: 'створення GIF скасовано',
    gifFailed: (reason) =>
      reason === null ? 'кодувальник GIF не вдалося запустити' : `кодувальник GIF дав збій: ${reason}`,
    frameLayerFailed: (label, day, reason) => `${label}: немає мапи на ${day}: ${reason}`,
    frameLayerLate: (label, day, seconds) => `${label}: територія на ${day} не надійшла за ${seconds} с`,
    noVideoCodec: (format, codecs) =>
      `Цей браузер не може закодувати відео ${format} (${codecs}): натомість створюємо GIF.`,
    encoderFailed: (label, why, next) => `${label} дав збій (${why}): пробуємо ${next} з першого кадру.`,
    noEncoder: 'жоден кодувальник не зміг створити анімацію',
    cancelled: 'Скасовано: нічого не збережено.',
    savedAnimation: (name, n, size, label, bytes) =>
      `Збережено ${name}: ${frames(n)}, ${size}, ${label}, ${bytes}.`,
    savedImage: (name, size) => `Збережено ${name} (${size} пікселів).`,
    savedCsv: (name, layers, claims) =>
      `Збережено ${name}: ${layers ? `дні імпортованих шарів (${layers}) і ` : ''}заяви історії (${claims}).`,
    savedArea: (name) => `Збережено ${name}.`,
    noArea: 'На цей день немає території, яку можна зберегти.',
    noLayer: 'Імпортованих шарів немає, тож немає й території, яку можна зберегти.',
    leftOut: (missing) => `Пропущено: ${missing}.`,
    areaUnknown: (label) => `${label}: на цей день невідомо (жоден знімок його не охоплює)`,
    asOf: (day) => `станом на ${day}`,
    suspect: ' (сумнівно: джерело змінилося й змінилося назад)',
    unknownLayer: 'невідомо: жоден знімок не охоплює цей день',
    storyEnds: (day) => `Невідомо: історія закінчується ${day} і нічого не каже про цей день`,
    storyStarts: (day) => `Невідомо: історія починається ${day} і нічого не каже про цей день`,
    noClaim: 'В історії немає заяви на цей день',
    claimFrom: (claim, day) => `${claim} (від ${day})`,
    credits: (list) => `Джерела: ${list}`,
    notForRedistribution: (list) => `Не для поширення: ${list}`,
  },
};
