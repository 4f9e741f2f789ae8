import { enCore } from './en-core';
import { enRecords } from './en-records';
import type { MessageKey } from './vi';

export const en: Record<MessageKey, string> = { ...enCore, ...enRecords };
