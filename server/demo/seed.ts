import type { Db } from '../core/db/index.js';

export const DEMO_ACCOUNTS: { username: string; password: string; label: string }[] = [];

export async function seedDemo(_db: Db): Promise<boolean> {
  return false;
}
