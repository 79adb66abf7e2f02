import type { Ref } from 'react';
import type { AttributeDefinition } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { Icon } from '../ui/Icon';
import { hasValue, type SourceGroup } from './segmentRows';

/**
 * The header of one source's segments: its title, the participant and their key attributes as
 * small labels (every attribute is in the tooltip), and how many segments follow.
 */
export function SourceGroupHeader({
  group,
  index,
  attributes,
  keyAttributes,
  measureRef,
}: {
  group: SourceGroup;
  index: number;
  /** Every attribute, for the tooltip. */
  attributes: readonly AttributeDefinition[];
  /** The attributes shown as labels. */
  keyAttributes: readonly AttributeDefinition[];
  measureRef: Ref<HTMLDivElement>;
}) {
  const described = attributes
    .filter((attribute) => hasValue(group.attributes[attribute.id]))
    .map((attribute) => `${attribute.name}: ${String(group.attributes[attribute.id])}`);
  const labels = keyAttributes.filter((attribute) => hasValue(group.attributes[attribute.id]));

  return (
    <div
      ref={measureRef}
      data-index={index}
      role="presentation"
      className="segment-source"
      title={described.join('\n') || undefined}
    >
      <Icon name="interview" small />
      <span className="segment-source__title">{group.sourceTitle}</span>
      {group.participantPseudonym ? (
        <span className="segment-source__participant">{group.participantPseudonym}</span>
      ) : (
        <span className="faint">No participant</span>
      )}
      {labels.map((attribute) => (
        <span
          key={attribute.id}
          className="segment-source__label"
          title={`${attribute.name}: ${String(group.attributes[attribute.id])}`}
        >
          {String(group.attributes[attribute.id])}
        </span>
      ))}
      <span className="segment-source__count num" title={plural(group.count, 'segment')}>
        {group.count}
      </span>
    </div>
  );
}
