import type { Messages } from './en';
import { plural } from './plural';

const frames = (n: number) =>
  `${n} ${plural('ru', n, { one: 'кадр', few: 'кадра', many: 'кадров', other: 'кадра' })}`;

/** The Share menu's animation settings in Russian (part of its table, ru.ts; see enShare.ts). */
export const ruShare: Pick<Messages, 'animation'> = {
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
};
