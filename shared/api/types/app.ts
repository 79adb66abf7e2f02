import type { AttributeDefinition, AttributeValue, Id } from '../../domain/types';

// The application and project-level answers.

export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
}

export interface AttributeUpdateResult {
  attribute: AttributeDefinition;
  /** Participants whose value could not be converted to the new type and was cleared. */
  clearedValues: { participantId: Id; pseudonym: string; previous: AttributeValue }[];
}
