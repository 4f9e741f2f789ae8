import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from 'antd/es/locale';
import { formatNumber } from '../lib/format';
import { currentLang, storeLang, type Lang } from './lang';
import { vi, type MessageKey } from './vi';

export type { Lang, MessageKey };
export type Params = Record<string, string | number | null | undefined>;
export type TFunction = (key: MessageKey, params?: Params) => string;

// Vietnamese is built in; English is fetched when chosen (a Vietnamese phone never downloads it).
const dictionaries: Partial<Record<Lang, Record<MessageKey, string>>> = { vi };
let antdEnglish: Locale | undefined;

/** Makes a language's texts available; false when they could not be fetched (offline before first use). */
export async function loadLang(lang: Lang): Promise<boolean> {
  if (dictionaries[lang]) return true;
  try {
    const pack = await import('./en-pack');
    dictionaries.en = pack.en;
    antdEnglish = pack.antdEn;
    return true;
  } catch {
    return false;
  }
}

/** Ant Design's own texts in English, once loadLang('en') has run. */
export const antdEnglishLocale = () => antdEnglish;

const NOT_QUANTITIES = new Set(['year', 'number', 'id']);

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = dictionaries[lang]?.[key] ?? vi[key] ?? key;
  if (!params) return text;
  // Counts put in a message get the one number format (16.358); a year or a document number is not a quantity.
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return typeof v === 'number' && !NOT_QUANTITIES.has(name) ? formatNumber(v, 0, lang) : String(v ?? '');
  });
}

/** Translates a key built at run time (an enum value); falls back to the raw value when unknown. */
export function translateDynamic(lang: Lang, key: string, fallback: string): string {
  return key in vi ? translate(lang, key as MessageKey) : fallback;
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: TFunction;
  /** Label for an enum value: tx('role', 'admin') → "Quản trị hệ thống". */
  tx: (prefix: string, value: string | null | undefined) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children, onChange }: { children: ReactNode; onChange?: (lang: Lang) => void }) {
  const [lang, setLangState] = useState<Lang>(currentLang);
  const setLang = useCallback((next: Lang) => {
    void loadLang(next).then((ok) => {
      if (!ok) return; // could not fetch the texts: stay in the current language
      storeLang(next);
      setLangState(next);
      onChange?.(next);
    });
  }, [onChange]);
  const value = useMemo<I18nValue>(() => ({
    lang,
    setLang,
    t: (key, params) => translate(lang, key, params),
    tx: (prefix, v) => (v ? translateDynamic(lang, `${prefix}.${v}`, v) : translate(lang, 'common.none')),
  }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}

export function useT(): TFunction {
  return useI18n().t;
}
