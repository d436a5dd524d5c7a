import type { Messages } from './en';
import { plural } from './plural';

const frames = (n: number) =>
  `${n} ${plural('uk', n, { one: 'кадр', few: 'кадри', many: 'кадрів', other: 'кадру' })}`;

/** The Share menu's animation settings in Ukrainian (part of its table, uk.ts; see enShare.ts). */
export const ukShare: Pick<Messages, 'animation'> = {
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
};
