import { viCore } from './vi-core';
import { viRecords } from './vi-records';

/** Vietnamese, the default language. Every key here must exist in English too (en.ts; the type enforces it). */
export const vi = { ...viCore, ...viRecords } as const;

export type MessageKey = keyof typeof vi;
