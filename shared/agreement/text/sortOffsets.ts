/**
 * Ascending sort of text offsets. Offsets are whole numbers; when they fit in 32 bits (every
 * JavaScript string does) large arrays use a two-pass LSD radix sort on 16-bit digits, which is
 * linear and several times faster than the native comparison sort at 10^5..10^6 codings.
 */
const RADIX_THRESHOLD = 4096;
const DIGIT = 0x10000;

function radixSort(values: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const buffer = new Uint32Array(values.length);
  const counts = new Uint32Array(DIGIT);
  let source = values;
  let target = buffer;
  for (let shift = 0; shift < 32; shift += 16) {
    counts.fill(0);
    for (let i = 0; i < source.length; i++) counts[(source[i]! >>> shift) & 0xffff]! += 1;
    let position = 0;
    for (let d = 0; d < DIGIT; d++) {
      const count = counts[d]!;
      counts[d] = position;
      position += count;
    }
    for (let i = 0; i < source.length; i++) {
      const value = source[i]!;
      target[counts[(value >>> shift) & 0xffff]!++] = value;
    }
    [source, target] = [target, source];
  }
  return source; // after two passes the sorted data is back in `values`
}

/** Sorts `values` (whole numbers >= 0) in place and returns it. */
export function sortOffsets(values: Float64Array): Float64Array {
  if (values.length < RADIX_THRESHOLD) return values.sort();
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  if (max > 0xffffffff) return values.sort();
  values.set(radixSort(Uint32Array.from(values)));
  return values;
}

/**
 * Sorts `keys` ascending in place and moves `payload` along, so that payload[i] stays with
 * keys[i]. LSD radix sort (stable): the data move while the reads stay sequential, which at a
 * million entries is several times faster than sorting an index and reading through it. Small
 * arrays (one source's codings) use 11-bit digits, so that clearing the digit counts does not
 * outweigh the data; digits above the largest key are skipped.
 */
export function sortKeysWithPayload(keys: Uint32Array, payload: Uint32Array): void {
  const count = keys.length;
  let max = 0;
  for (let i = 0; i < count; i++) if (keys[i]! > max) max = keys[i]!;
  const bits = count < 0x10000 ? 11 : 16;
  const mask = (1 << bits) - 1;
  const counts = new Uint32Array(1 << bits);
  let sourceKeys = keys;
  let sourcePayload = payload;
  let targetKeys: Uint32Array = new Uint32Array(count);
  let targetPayload: Uint32Array = new Uint32Array(count);
  for (let shift = 0; shift < 32 && max >>> shift > 0; shift += bits) {
    counts.fill(0);
    for (let i = 0; i < count; i++) counts[(sourceKeys[i]! >>> shift) & mask]! += 1;
    let position = 0;
    for (let d = 0; d <= mask; d++) {
      const inDigit = counts[d]!;
      counts[d] = position;
      position += inDigit;
    }
    for (let i = 0; i < count; i++) {
      const key = sourceKeys[i]!;
      const to = counts[(key >>> shift) & mask]!++;
      targetKeys[to] = key;
      targetPayload[to] = sourcePayload[i]!;
    }
    [sourceKeys, targetKeys] = [targetKeys, sourceKeys];
    [sourcePayload, targetPayload] = [targetPayload, sourcePayload];
  }
  if (sourceKeys !== keys) {
    keys.set(sourceKeys);
    payload.set(sourcePayload);
  }
}
