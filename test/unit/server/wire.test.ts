import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeWire, encodeBase64, encodeWire } from '../../../shared/api/wire';

describe('base64', () => {
  it('matches Node for every length remainder and every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let length = 0; length <= 9; length++) {
      const bytes = all.subarray(250 - length, 250);
      expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(encodeBase64(all)).toBe(Buffer.from(all).toString('base64'));
    expect(decodeBase64(Buffer.from(all).toString('base64'))).toEqual(all);
  });

  it('round-trips a multi-chunk buffer', () => {
    const bytes = Uint8Array.from({ length: 200_003 }, (_, i) => (i * 31) & 255);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });

  it('rejects malformed input', () => {
    expect(() => decodeBase64('abc')).toThrow(SyntaxError);
    expect(() => decodeBase64('ab!d')).toThrow(/offset 2/);
  });
});

describe('wire encoding', () => {
  it('carries Uint8Array inside nested values', () => {
    const value = {
      arg: { fileName: 'a.txt', data: new Uint8Array([0, 1, 254, 255]), list: [1, null] },
    };
    const decoded = decodeWire(encodeWire(value)) as typeof value;
    expect(decoded.arg.data).toBeInstanceOf(Uint8Array);
    expect(decoded).toEqual(value);
  });

  it('keeps plain objects that look like tags intact', () => {
    const value = {
      a: { $bytes: 'not bytes' },
      b: { $literal: { $bytes: 'x' } },
      c: { $bytes: 1, d: 2 },
    };
    expect(decodeWire(encodeWire(value))).toEqual(value);
  });

  it('drops undefined properties like JSON does', () => {
    expect(decodeWire(encodeWire({ arg: undefined }))).toEqual({});
    expect(decodeWire(encodeWire([undefined]))).toEqual([null]);
  });
});
