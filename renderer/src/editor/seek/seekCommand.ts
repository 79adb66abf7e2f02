import { createCommand } from 'lexical';

/**
 * Asks the media player to jump to a time in ms. Dispatched by clicking a transcript timestamp;
 * until a player exists the document header shows the time.
 */
export const SEEK_MEDIA_COMMAND = createCommand<number>('SEEK_MEDIA_COMMAND');
