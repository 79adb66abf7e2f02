/** A coding's vertical extent in the stripe margin, in pixels from the margin's top. */
export interface StripeExtent {
  codingId: string;
  top: number;
  bottom: number;
}

export interface LanedStripe extends StripeExtent {
  /** 0 is the lane next to the text; higher lanes lie further left. */
  lane: number;
}

/** Space kept between two stripes sharing a lane, so their ends stay distinguishable. */
const LANE_GAP_PX = 3;

/**
 * Greedy interval partitioning over the visible window: stripes in order of their top (longer
 * first on ties) take the lowest lane that is free at their top. Stripes that overlap on screen
 * (including two codings sharing a line) always land in different lanes, and the number of lanes
 * is the window's maximum overlap, which is optimal.
 */
export function assignLanes(extents: readonly StripeExtent[]): {
  stripes: LanedStripe[];
  laneCount: number;
} {
  const ordered = [...extents].sort(
    (a, b) => a.top - b.top || b.bottom - a.bottom || a.codingId.localeCompare(b.codingId),
  );
  const laneBottoms: number[] = [];
  const stripes = ordered.map((extent) => {
    let lane = laneBottoms.findIndex((bottom) => bottom + LANE_GAP_PX <= extent.top);
    if (lane === -1) lane = laneBottoms.push(extent.bottom) - 1;
    else laneBottoms[lane] = extent.bottom;
    return { ...extent, lane };
  });
  return { stripes, laneCount: laneBottoms.length };
}
