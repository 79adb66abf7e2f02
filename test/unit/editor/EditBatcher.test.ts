import { describe, expect, it } from 'vitest';
import type { TextEdit } from '../../../shared/anchoring';
import { EditBatcher } from '../../../renderer/src/editor/editing/EditBatcher';

/** Manual timers: the test decides when the idle time has passed. */
function manualTimers() {
  let next: (() => void) | null = null;
  return {
    setTimer: (run: () => void) => {
      next = run;
      return run;
    },
    clearTimer: (timer: unknown) => {
      if (next === timer) next = null;
    },
    elapse: () => {
      const run = next;
      next = null;
      run?.();
    },
    get armed() {
      return next !== null;
    },
  };
}

const edit = (from: number, insert: string): TextEdit => ({ from, to: from, insert });

describe('EditBatcher', () => {
  it('sends quickly typed edits as one batch once typing pauses', async () => {
    const timers = manualTimers();
    const sent: TextEdit[][] = [];
    const batcher = new EditBatcher({
      idleMs: 300,
      send: async (edits) => void sent.push(edits),
      ...timers,
    });
    batcher.push([edit(0, 'a')]);
    batcher.push([edit(1, 'b')]);
    expect(sent).toEqual([]);
    expect(batcher.pending).toBe(true);
    timers.elapse();
    await batcher.flush();
    expect(sent).toEqual([[edit(0, 'a'), edit(1, 'b')]]);
    expect(batcher.pending).toBe(false);
  });

  it('flushes at once when asked, and stops the idle timer', async () => {
    const timers = manualTimers();
    const sent: TextEdit[][] = [];
    const batcher = new EditBatcher({
      idleMs: 300,
      send: async (edits) => void sent.push(edits),
      ...timers,
    });
    batcher.push([edit(0, 'a')]);
    await batcher.flush();
    expect(sent).toEqual([[edit(0, 'a')]]);
    expect(timers.armed).toBe(false);
  });

  it('sends one batch at a time: edits typed during a send wait for it', async () => {
    const timers = manualTimers();
    const sent: TextEdit[][] = [];
    let release: () => void = () => undefined;
    const batcher = new EditBatcher({
      idleMs: 300,
      send: (edits) => {
        sent.push(edits);
        return sent.length === 1
          ? new Promise<void>((resolve) => (release = resolve))
          : Promise.resolve();
      },
      ...timers,
    });
    batcher.push([edit(0, 'a')]);
    const first = batcher.flush();
    batcher.push([edit(1, 'b')]);
    const second = batcher.flush();
    expect(sent).toEqual([[edit(0, 'a')]]);
    release();
    await Promise.all([first, second]);
    expect(sent).toEqual([[edit(0, 'a')], [edit(1, 'b')]]);
  });

  it('drops the queue when the core refuses a batch, and reports the refusal', async () => {
    const timers = manualTimers();
    const batcher = new EditBatcher({
      idleMs: 300,
      send: () => Promise.reject(new Error('conflict')),
      ...timers,
    });
    batcher.push([edit(0, 'a')]);
    await expect(batcher.flush()).rejects.toThrow('conflict');
    expect(batcher.pending).toBe(false);
  });
});
