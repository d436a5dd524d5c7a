import type { Messages } from './en';
import { plural } from './plural';

/** The imported layers' words in Ukrainian (part of its table, uk.ts; see enLayers.ts). */
export const ukLayers: Pick<Messages, 'layers'> = {
  layers: {
    heading: 'Імпортовані шари',
    assessed: 'Оцінений контроль',
    claimed: 'Заявлена територія',
    label: (kind, name) => `${kind}: ${name}`,
    figuresHeading: (kind, name) => `${kind} (${name})`,
    noAssessment: 'Оцінки на цей день немає.',
    covers: (from, to) => `Шар охоплює період від ${from} до ${to} включно.`,
    oblastShare: (oblast, pct, km2) => `${oblast}: ${pct}% (${km2} км²)`,
    asOf: (day) => `Знімок джерела від ${day} — звідси ці цифри.`,
    asOfAt: (day, time) => `Знімок джерела від ${day}, ${time} за всесвітнім часом, — звідси ці цифри.`,
    unchanged: (from, to) => `Від ${from} до ${to} без змін.`,
    suspect: 'Сумнівно: цього дня територія стрибає й за два дні повертається, імовірно, це помилка джерела.',
    loading: 'Мапа цього дня завантажується: бліда територія — іншого дня.',
    failed: 'Мапу цього дня не вдалося завантажити, тож її не показано; ці цифри — з покажчика шару.',
    credit: (name, licence, metres) =>
      `Імпортований шар, не частина історії. Джерело: ${name}; ліцензія: ${licence}. Спрощено до ${metres} м.`,
    chart: (day, figures) =>
      `Частка Луганської та Донецької областей у кожному імпортованому шарі на ${day}: ${figures}`,
    chartFigure: (name, pct) => `${name} ${pct}%`,
    chartNone: (name) => `${name}: оцінки немає`,
    disagree: (place, days) =>
      `${place}: джерела розходяться протягом ${days} ${plural('uk', days, { one: 'дня', few: 'днів', many: 'днів', other: 'дня' })}, позначених на шкалі часу.`,
    previous: '‹ Попередня розбіжність',
    next: 'Наступна розбіжність ›',
    previousNone: 'Попередня розбіжність',
    nextNone: 'Наступна розбіжність',
    previousOn: (day) => `Попередня розбіжність: ${day}`,
    nextOn: (day) => `Наступна розбіжність: ${day}`,
    notShown: (reason) => `Імпортований шар контролю не показано: ${reason}`,
    noMap: (label, day, reason) => `${label}: немає мапи на ${day}: ${reason}`,
    failures: (reasons) => `${reasons}. Решта сторінки працює як раніше.`,
  },
};
