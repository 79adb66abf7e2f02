import { $createParagraphNode, $getRoot, createEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../../renderer/src/editor/editorNodes';
import { TranscriptParagraphNode } from '../../../renderer/src/editor/transcript/TranscriptParagraphNode';

describe('the source editor nodes', () => {
  // Vitest loads Lexical's development build, whose node checks production builds skip: the
  // editor must start under `npm start` (Vite's development server) too.
  it('create an editor under the development build of Lexical', () => {
    expect(() =>
      createEditor({
        nodes: [...EDITOR_NODES],
        onError: (e) => {
          throw e;
        },
      }),
    ).not.toThrow();
  });

  it('turn paragraphs Lexical creates into transcript paragraphs', () => {
    const editor = createEditor({
      nodes: [...EDITOR_NODES],
      onError: (e) => {
        throw e;
      },
    });
    let created: unknown = null;
    editor.update(
      () => {
        const paragraph = $createParagraphNode();
        $getRoot().append(paragraph);
        created = paragraph;
      },
      { discrete: true },
    );
    expect(created).toBeInstanceOf(TranscriptParagraphNode);
  });
});
