/**
 * The language a story is written in: its titles, events, roles and occasions, and its quotes as
 * the English-language reports it is drawn from give them (Zelensky spoke Ukrainian; the story
 * quotes Reuters' English). A page in another language marks this text with it (`lang`) and says
 * that the quotes are in English; they are never translated by the page.
 */
export const STORY_LANGUAGE = 'en';
