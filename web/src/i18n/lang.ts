export type Lang = 'vi' | 'en';

const STORAGE_KEY = 'qt.lang';

/** The current UI language, readable outside React (the API client sends it as Accept-Language). */
let current: Lang = readStored();

function readStored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function currentLang(): Lang {
  return current;
}

export function storeLang(lang: Lang) {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = lang;
}
