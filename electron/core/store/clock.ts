import { randomUUID } from 'node:crypto';
import type { Id, Timestamp } from '../../../shared/domain/types';

export function newId(): Id {
  return randomUUID();
}

export function now(): Timestamp {
  return new Date().toISOString();
}

/** The key that makes names unique regardless of case, for every script (NOCASE folds ASCII only). */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('und');
}
