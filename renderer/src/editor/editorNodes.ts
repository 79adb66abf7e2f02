import { ParagraphNode, type Klass, type LexicalNode, type LexicalNodeReplacement } from 'lexical';
import {
  $createTranscriptParagraphNode,
  TranscriptParagraphNode,
} from './transcript/TranscriptParagraphNode';

/**
 * The nodes of the source editor. Any paragraph Lexical creates on its own becomes a transcript
 * paragraph; Lexical's development build checks that the replacement extends ParagraphNode.
 */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode> | LexicalNodeReplacement> = [
  TranscriptParagraphNode,
  {
    replace: ParagraphNode,
    with: () => $createTranscriptParagraphNode(null, null, false),
    withKlass: TranscriptParagraphNode,
  },
];
