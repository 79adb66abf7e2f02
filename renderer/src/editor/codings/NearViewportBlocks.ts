import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor, NodeKey } from 'lexical';
import { TranscriptParagraphNode } from '../transcript/TranscriptParagraphNode';
import { nearSpan } from './nearSpan';
import { scrollContainerOf } from './scrollContainer';

/** How far beyond the visible area a paragraph counts as "near": a quarter viewport each way. */
const NEAR_MARGIN = 0.25;

export type NearViewportListener = (entered: readonly NodeKey[], left: readonly NodeKey[]) => void;

/**
 * Tracks which paragraphs of the document are in or near the viewport of its scroll container.
 * Coding highlights and stripes are drawn only for these: Chromium recomputes every registered
 * highlight range on any DOM change, and measuring hidden paragraphs forces their layout
 * (docs/editor.md), so both costs stay bounded by what is on screen.
 *
 * The near paragraphs are found from geometry (a binary search over the stacked paragraphs) in the
 * animation frame after the document scrolled or changed size, or paragraphs were added or
 * removed. An IntersectionObserver watching every paragraph added to the pass Chromium already makes
 * over all of them in every frame that changes layout, i.e. on every typed key (content-visibility:
 * auto is implemented with the same machinery, so that pass itself remains). Entering paragraphs
 * are reported before the frame paints, so they never show without highlights.
 *
 * Paragraph elements are followed through Lexical's mutation listener, so paragraphs created,
 * recreated or destroyed by edits are known without scanning the DOM.
 */
export class NearViewportBlocks {
  private readonly near = new Set<NodeKey>();
  private readonly elementByKey = new Map<NodeKey, HTMLElement>();
  private readonly keyByElement = new WeakMap<Element, NodeKey>();
  private readonly listeners = new Set<NearViewportListener>();
  private root: HTMLElement | null = null;
  /** The root's scrolling ancestor; null for the window. */
  private container: HTMLElement | null = null;
  private disconnectRoot: (() => void) | null = null;
  private frame = 0;

  constructor(private readonly editor: LexicalEditor) {}

  /** Starts tracking (after the editor is mounted); returns the function that stops it. */
  start(): () => void {
    const { editor } = this;
    const unregister = mergeRegister(
      editor.registerRootListener((root) => this.connect(root)),
      editor.registerMutationListener(
        TranscriptParagraphNode,
        (mutations) => {
          const left: NodeKey[] = [];
          let changed = false;
          for (const [key, mutation] of mutations) {
            const previous = this.elementByKey.get(key);
            const current = mutation === 'destroyed' ? null : editor.getElementByKey(key);
            if (previous === current) continue;
            changed = true;
            if (previous) this.forget(key, left);
            if (current) {
              this.elementByKey.set(key, current);
              this.keyByElement.set(current, key);
            }
          }
          this.emit([], left);
          // Typing only updates paragraphs in place; the root's ResizeObserver sees any shift.
          if (changed) this.schedule();
        },
        { skipInitialization: false },
      ),
    );
    return () => {
      unregister();
      this.connect(null);
      this.elementByKey.clear();
    };
  }

  /** Keys of the paragraphs in or near the viewport. */
  keys(): ReadonlySet<NodeKey> {
    return this.near;
  }

  subscribe(listener: NearViewportListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private connect(root: HTMLElement | null): void {
    this.disconnectRoot?.();
    this.disconnectRoot = null;
    this.root = root;
    const left = [...this.near];
    this.near.clear();
    if (root) {
      const container = scrollContainerOf(root);
      this.container = container;
      const schedule = () => this.schedule();
      const scroller: HTMLElement | Window = container ?? window;
      scroller.addEventListener('scroll', schedule, { passive: true });
      // The viewport resized, or paragraphs moved: lines wrapped differently, a paragraph got its
      // real height as content-visibility rendered it, text was typed or deleted.
      const resize = new ResizeObserver(schedule);
      resize.observe(root);
      if (container) resize.observe(container);
      else window.addEventListener('resize', schedule);
      this.disconnectRoot = () => {
        scroller.removeEventListener('scroll', schedule);
        window.removeEventListener('resize', schedule);
        resize.disconnect();
        cancelAnimationFrame(this.frame);
        this.frame = 0;
      };
      this.schedule();
    }
    this.emit([], left);
  }

  private schedule(): void {
    if (this.frame === 0 && this.root) this.frame = requestAnimationFrame(() => this.update());
  }

  /** A paragraph's element was replaced or removed: it must be drawn again if it is near. */
  private forget(key: NodeKey, left: NodeKey[]): void {
    this.elementByKey.delete(key);
    if (this.near.delete(key)) left.push(key);
  }

  private update(): void {
    this.frame = 0;
    const root = this.root;
    if (!root) return;
    const view = this.container
      ? this.container.getBoundingClientRect()
      : { top: 0, bottom: window.innerHeight };
    const margin = (view.bottom - view.top) * NEAR_MARGIN;
    const blocks = root.children;
    const [first, end] = nearSpan(
      blocks.length,
      (i) => (blocks[i] as Element).getBoundingClientRect(),
      view.top - margin,
      view.bottom + margin,
    );
    const now = new Set<NodeKey>();
    for (let i = first; i < end; i++) {
      const key = this.keyByElement.get(blocks[i] as Element);
      if (key !== undefined && this.elementByKey.get(key) === blocks[i]) now.add(key);
    }
    const entered = [...now].filter((key) => !this.near.has(key));
    const left = [...this.near].filter((key) => !now.has(key));
    for (const key of left) this.near.delete(key);
    for (const key of entered) this.near.add(key);
    this.emit(entered, left);
  }

  private emit(entered: readonly NodeKey[], left: readonly NodeKey[]): void {
    if (entered.length === 0 && left.length === 0) return;
    for (const listener of this.listeners) listener(entered, left);
  }
}
