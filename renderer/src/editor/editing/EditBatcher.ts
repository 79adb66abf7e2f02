import type { TextEdit } from '../../../../shared/anchoring';

/** Sends one batch of edits (in order) to the core; resolves once the core has applied them. */
export type SendEdits = (edits: TextEdit[]) => Promise<void>;

export interface EditBatcherOptions {
  send: SendEdits;
  /** Quiet time after the last edit before the batch is sent. */
  idleMs: number;
  /** Injectable timers, for tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Collects the text edits typed in quick succession and sends them as one call once typing
 * pauses (or when flushed: on blur, before a coding action, before undo, before unload). One
 * batch is in flight at a time, so every batch is sent against the revision the previous one
 * produced. A failed batch drops what was queued behind it too: those edits were made on top of
 * text the core refused, and the caller reloads the source.
 */
export class EditBatcher {
  private queued: TextEdit[] = [];
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: EditBatcherOptions) {
    this.setTimer = options.setTimer ?? ((run, ms) => window.setTimeout(run, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => window.clearTimeout(timer as number));
  }

  /** Edits not yet confirmed by the core (queued or in flight). */
  get pending(): boolean {
    return this.queued.length > 0 || this.inFlight !== null;
  }

  /** Queues edits (each relative to the text left by the previous one) and restarts the idle timer. */
  push(edits: readonly TextEdit[]): void {
    if (edits.length === 0) return;
    this.queued.push(...edits);
    this.cancelTimer();
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush().catch(() => undefined);
    }, this.options.idleMs);
  }

  /**
   * Sends everything queued and resolves when the core has it all; rejects with the core's error
   * when a batch was refused (the queue is then empty).
   */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight || this.queued.length > 0) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      const batch = this.queued;
      this.queued = [];
      const sending = this.options.send(batch);
      this.inFlight = sending.then(
        () => undefined,
        () => undefined,
      );
      try {
        await sending;
      } catch (error) {
        this.queued = [];
        throw error;
      } finally {
        this.inFlight = null;
      }
    }
  }

  /** Forgets queued edits (e.g. after the source was reloaded) and stops the timer. */
  discard(): void {
    this.cancelTimer();
    this.queued = [];
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }
}
