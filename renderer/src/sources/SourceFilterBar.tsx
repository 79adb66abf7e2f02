import { useSourcesStore } from '../state/sources';
import {
  AttributeFilterChips,
  type AttributeFilterWording,
} from '../participants/AttributeFilterChips';

const WORDING: AttributeFilterWording = {
  label: 'Filter sources by participant attributes',
  title: 'Show only sources whose participant has an attribute value',
  start: 'Filter',
  add: 'Add',
};

/** Filters the sources list by their participants' attributes. */
export function SourceFilterBar() {
  const filter = useSourcesStore((s) => s.attributeFilter);
  const setFilter = useSourcesStore((s) => s.setAttributeFilter);
  return (
    <AttributeFilterChips
      filter={filter}
      onChange={(next) => void setFilter(next)}
      wording={WORDING}
      className="filter-bar"
    />
  );
}
