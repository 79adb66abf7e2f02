import type { SpeakerTurn, SyncPoint } from '../../../shared/domain/types';

/** A media time at an offset inside a piece of text handed to the builder. */
export interface InlineMark {
  offset: number;
  timeMs: number;
}

export interface BuiltTranscript {
  text: string;
  turns: SpeakerTurn[];
  syncPoints: SyncPoint[];
}

interface OpenTurn {
  speaker: string | null;
  timeMs: number | null;
  /** Whether the turn's time is a timestamp written at its start (and so a sync point there). */
  timeIsMarked: boolean;
  /** Whether a speaker label or timestamp opened the turn (rather than unlabelled text). */
  fromHeader: boolean;
  /** Offset of the turn's first character, once it has text. */
  start: number;
  hasText: boolean;
}

/**
 * Assembles the canonical text of a source from turns, so every format produces the same shape:
 * turns in order, separated by exactly one '\n', each carrying its speaker and start time, and
 * sync points at exact offsets.
 *
 * Text is collected in an array and joined once, keeping huge files linear. A turn that never
 * receives text is dropped, so a label without words does not leave an empty turn behind.
 */
export class TranscriptBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly turns: SpeakerTurn[] = [];
  private readonly syncPoints: SyncPoint[] = [];
  /** Times of marks that arrived before any text they could be attached to. */
  private pendingMarkTimes: number[] = [];
  private current: OpenTurn | null = null;
  /** First spelling of each speaker name, by lower case: "AMAL" and "Amal" are one speaker. */
  private readonly speakerSpellings = new Map<string, string>();

  /** Opens a new turn, closing the current one. */
  startTurn(
    speaker: string | null,
    timeMs: number | null,
    options: { timeIsMarked: boolean; fromHeader: boolean },
  ): void {
    this.closeTurn();
    this.current = {
      speaker: speaker === null ? null : this.canonicalSpeaker(speaker),
      timeMs,
      timeIsMarked: options.timeIsMarked && timeMs !== null,
      fromHeader: options.fromHeader,
      start: -1,
      hasText: false,
    };
  }

  get hasOpenTurn(): boolean {
    return this.current !== null;
  }

  /** The open turn's speaker, or undefined when no turn is open. */
  get currentSpeaker(): string | null | undefined {
    return this.current?.speaker;
  }

  /** Whether the open turn was opened by a label or timestamp. */
  get currentFromHeader(): boolean {
    return this.current?.fromHeader ?? false;
  }

  /** Length in code units of the open turn's text so far. */
  get currentTurnLength(): number {
    const turn = this.current;
    return turn?.hasText ? this.length - turn.start : 0;
  }

  /**
   * Appends text to the open turn (opening an unlabelled one if none is open), after `separator`
   * when the turn already has text. `marks` are offsets into `text`. Marks that come with empty
   * text stick to the end of the current turn's text, or else to the next text that arrives.
   */
  appendText(text: string, marks: readonly InlineMark[] = [], separator: '\n' | ' ' = '\n'): void {
    if (text === '') {
      const turn = this.current;
      if (turn?.hasText) {
        for (const mark of marks) this.addSyncPoint(this.length, mark.timeMs);
      } else {
        for (const mark of marks) this.pendingMarkTimes.push(mark.timeMs);
      }
      return;
    }
    if (this.current === null) {
      this.startTurn(null, null, { timeIsMarked: false, fromHeader: false });
    }
    const turn = this.current!;
    if (turn.hasText) {
      this.push(separator);
    } else {
      if (this.length > 0) this.push('\n');
      turn.start = this.length;
      turn.hasText = true;
      if (turn.timeIsMarked) this.addSyncPoint(turn.start, turn.timeMs!);
    }
    this.flushPendingMarks();
    const base = this.length;
    this.push(text);
    for (const mark of marks) {
      this.addSyncPoint(base + Math.min(Math.max(mark.offset, 0), text.length), mark.timeMs);
    }
  }

  finish(): BuiltTranscript {
    this.closeTurn();
    this.flushPendingMarks();
    return { text: this.parts.join(''), turns: this.turns, syncPoints: this.syncPoints };
  }

  private canonicalSpeaker(speaker: string): string {
    const key = speaker.toLowerCase();
    const known = this.speakerSpellings.get(key);
    if (known !== undefined) return known;
    this.speakerSpellings.set(key, speaker);
    return speaker;
  }

  private closeTurn(): void {
    const turn = this.current;
    if (turn?.hasText) {
      this.turns.push({
        start: turn.start,
        end: this.length,
        speaker: turn.speaker,
        timeMs: turn.timeMs,
      });
    }
    this.current = null;
  }

  private flushPendingMarks(): void {
    if (this.pendingMarkTimes.length === 0) return;
    for (const timeMs of this.pendingMarkTimes) this.addSyncPoint(this.length, timeMs);
    this.pendingMarkTimes = [];
  }

  private addSyncPoint(offset: number, timeMs: number): void {
    const last = this.syncPoints[this.syncPoints.length - 1];
    if (last && last.offset === offset && last.timeMs === timeMs) return;
    this.syncPoints.push({ offset, timeMs });
  }

  private push(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
  }
}
