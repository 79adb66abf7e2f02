import { mergeRegister } from '@lexical/utils';
import type { LexicalEditor, NodeKey } from 'lexical';
import { TranscriptParagraphNode } from '../transcript/TranscriptParagraphNode';
import { scrollContainerOf } from './scrollContainer';

/** How far beyond the visible area a paragraph counts as "near": a quarter viewport each way. */
const NEAR_MARGIN = '25% 0px 25% 0px';

export type NearViewportListener = (entered: readonly NodeKey[], left: readonly NodeKey[]) => void;

/**
 * Tracks which paragraphs of the document are in or near the viewport of its scroll container.
 * Coding highlights and stripes are drawn only for these: Chromium recomputes every registered
 * highlight range on any DOM change, and measuring hidden paragraphs forces their layout
 * (docs/editor.md), so both costs stay bounded by what is on screen.
 *
 * Paragraph elements are followed through Lexical's mutation listener, so paragraphs created,
 * recreated or destroyed by edits are observed without scanning the DOM.
 */
export class NearViewportBlocks {
  private readonly near = new Set<NodeKey>();
  private readonly elementByKey = new Map<NodeKey, HTMLElement>();
  private readonly keyByElement = new WeakMap<Element, NodeKey>();
  private readonly listeners = new Set<NearViewportListener>();
  private observer: IntersectionObserver | null = null;

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
          for (const [key, mutation] of mutations) {
            const previous = this.elementByKey.get(key);
            const current = mutation === 'destroyed' ? null : editor.getElementByKey(key);
            if (previous === current) continue;
            if (previous) this.unobserve(key, previous, left);
            if (current) this.observe(key, current);
          }
          this.emit([], left);
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
    this.observer?.disconnect();
    this.observer = null;
    const left = [...this.near];
    this.near.clear();
    if (root) {
      this.observer = new IntersectionObserver((entries) => this.onIntersections(entries), {
        root: scrollContainerOf(root),
        rootMargin: NEAR_MARGIN,
      });
      for (const element of this.elementByKey.values()) this.observer.observe(element);
    }
    this.emit([], left);
  }

  private observe(key: NodeKey, element: HTMLElement): void {
    this.elementByKey.set(key, element);
    this.keyByElement.set(element, key);
    this.observer?.observe(element);
  }

  private unobserve(key: NodeKey, element: HTMLElement, left: NodeKey[]): void {
    this.observer?.unobserve(element);
    this.elementByKey.delete(key);
    // A recreated paragraph must be drawn again: report it as leaving, the observer re-enters it.
    if (this.near.delete(key)) left.push(key);
  }

  private onIntersections(entries: IntersectionObserverEntry[]): void {
    const entered: NodeKey[] = [];
    const left: NodeKey[] = [];
    for (const entry of entries) {
      const key = this.keyByElement.get(entry.target);
      // Entries can arrive for an element replaced since (its key now maps to another element).
      if (key === undefined || this.elementByKey.get(key) !== entry.target) continue;
      if (entry.isIntersecting) {
        if (!this.near.has(key)) {
          this.near.add(key);
          entered.push(key);
        }
      } else if (this.near.delete(key)) {
        left.push(key);
      }
    }
    this.emit(entered, left);
  }

  private emit(entered: readonly NodeKey[], left: readonly NodeKey[]): void {
    if (entered.length === 0 && left.length === 0) return;
    for (const listener of this.listeners) listener(entered, left);
  }
}
