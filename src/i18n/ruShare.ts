import type { Messages } from './en';
import { plural } from './plural';

const frames = (n: number) =>
  `${n} ${plural('ru', n, { one: 'кадр', few: 'кадра', many: 'кадров', other: 'кадра' })}`;

/** The Share menu's animation settings and the exports' own words in Russian (part of its table, ru.ts; see enShare.ts). */
export const ruShare: Pick<Messages, 'animation' | 'exports'> = {
  animation: {
    heading: 'Анимация',
    from: 'С',
    to: 'По',
    every: 'Один кадр каждые (дней)',
    fps: 'Кадров в секунду',
    size: 'Размер (пикселей)',
    format: 'Формат',
    webm: 'Видео (WebM)',
    mp4: 'Видео (MP4)',
    png: 'Изображение (PNG, один день)',
    layers: 'Показанные слои',
    start: 'Начать',
    cancel: 'Отменить',
    framesDone: 'Готовые кадры',
    starting: 'Начинаем…',
    badFps: (value) => `Кадров в секунду: «${value}» — не целое число от 1 до 30`,
    pngOneDay: 'Формат: PNG содержит один день, поэтому укажите в поле «По» тот же день, что и в поле «С»',
    estimate: (n, seconds, size) => `${frames(n)}, ${seconds} с; примерно ${size}.`,
    estimateAtMost: (n, seconds, size) => `${frames(n)}, ${seconds} с; примерно ${size}, не больше.`,
    megabytes: (value) => `${value} МБ`,
    kilobytes: (value) => `${value} КБ`,
    failed: (reason) => `Анимацию не удалось создать: ${reason}`,
    progress: (done, total) => `${done} из ${total} кадров`,
    progressLeft: (done, total, seconds) => `${done} из ${total} кадров, осталось примерно ${seconds} с`,
  },
  exports: {
    mapNotReady: 'Код карты ещё не загрузился: попробуйте через мгновение',
    noCanvas: 'Этот браузер не может рисовать на холсте',
    noMapYet: 'На странице ещё нет карты, которую можно нарисовать',
    viewLate: (day, seconds) => `Территория импортированного слоя на ${day} не пришла за ${seconds} с`,
    notWritten: (type) => `Браузер не смог записать изображение как ${type}`,
    gifNoFile: 'кодировщик GIF не выдал файла',
    videoNoFile: 'кодировщик видео не выдал файла',
    gifCancelled: 'создание GIF отменено',
    gifFailed: (reason) =>
      reason === null ? 'кодировщик GIF не удалось запустить' : `кодировщик GIF дал сбой: ${reason}`,
    frameLayerFailed: (label, day, reason) => `${label}: нет карты на ${day}: ${reason}`,
    frameLayerLate: (label, day, seconds) => `${label}: территория на ${day} не пришла за ${seconds} с`,
    noVideoCodec: (format, codecs) =>
      `Этот браузер не может закодировать видео ${format} (${codecs}): вместо него создаём GIF.`,
    encoderFailed: (label, why, next) => `${label} дал сбой (${why}): пробуем ${next} с первого кадра.`,
    noEncoder: 'ни один кодировщик не смог создать анимацию',
    cancelled: 'Отменено: ничего не сохранено.',
    savedAnimation: (name, n, size, label, bytes) =>
      `Сохранено ${name}: ${frames(n)}, ${size}, ${label}, ${bytes}.`,
    savedImage: (name, size) => `Сохранено ${name} (${size} пикселей).`,
    savedCsv: (name, layers, claims) =>
      `Сохранено ${name}: ${layers ? `дни импортированных слоёв (${layers}) и ` : ''}заявления истории (${claims}).`,
    savedArea: (name) => `Сохранено ${name}.`,
    noArea: 'На этот день нет территории, которую можно сохранить.',
    noLayer: 'Импортированных слоёв нет, поэтому нет и территории, которую можно сохранить.',
    leftOut: (missing) => `Пропущено: ${missing}.`,
    areaUnknown: (label) => `${label}: на этот день неизвестно (ни один снимок его не охватывает)`,
    asOf: (day) => `по состоянию на ${day}`,
    suspect: ' (сомнительно: источник изменился и изменился обратно)',
    unknownLayer: 'неизвестно: ни один снимок не охватывает этот день',
    storyEnds: (day) => `Неизвестно: история заканчивается ${day} и ничего не говорит об этом дне`,
    storyStarts: (day) => `Неизвестно: история начинается ${day} и ничего не говорит об этом дне`,
    noClaim: 'В истории нет заявления на этот день',
    claimFrom: (claim, day) => `${claim} (с ${day})`,
    credits: (list) => `Источники: ${list}`,
    notForRedistribution: (list) => `Не для распространения: ${list}`,
  },
};
