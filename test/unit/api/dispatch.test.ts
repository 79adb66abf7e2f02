import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConcordApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { createDispatcher } from '../../../electron/core/api/dispatch';
import { errorCode, makeService, type ServiceFixture } from './helpers';

describe('dispatch', () => {
  let fixture: ServiceFixture;
  beforeEach(() => (fixture = makeService()));
  afterEach(() => fixture.dispose());

  it.each(['noSuchMethod', '__proto__', 'constructor', 'toString', 'hasOwnProperty', ''])(
    'refuses the unknown method %j',
    async (method) => {
      await expect(fixture.service.dispatch(method, undefined)).rejects.toMatchObject({
        code: 'invalid_argument',
        message: expect.stringMatching(/Unknown API method/),
      });
    },
  );

  it('refuses wrong types with a message naming the method and the field', async () => {
    await expect(fixture.service.dispatch('createProject', { path: 42 })).rejects.toMatchObject({
      code: 'invalid_argument',
      message: expect.stringMatching(/^Invalid arguments for createProject: path /),
    });
  });

  it('refuses extra keys and arguments to methods that take none', async () => {
    const file = path.join(fixture.dir, 'x.concord');
    expect(
      await errorCode(fixture.service.dispatch('createProject', { path: file, extra: 1 })),
    ).toBe('invalid_argument');
    expect(fs.existsSync(file)).toBe(false);
    expect(await errorCode(fixture.service.dispatch('getProject', {}))).toBe('invalid_argument');
    expect(await errorCode(fixture.service.dispatch('openProject', undefined))).toBe(
      'invalid_argument',
    );
  });

  it('passes validated (trimmed) arguments to the implementation', async () => {
    await fixture.service.dispatch('createProject', { path: path.join(fixture.dir, 'p') });
    const user = await fixture.service.dispatch('createUser', { name: '  Kim  ', role: 'coder' });
    expect(user).toMatchObject({ name: 'Kim', role: 'coder' });
    expect(
      await errorCode(fixture.service.dispatch('createUser', { name: '  ', role: 'coder' })),
    ).toBe('invalid_argument');
  });

  it('validates calls made through service.api too', async () => {
    const api = fixture.service.api as unknown as Record<
      string,
      (arg: unknown) => Promise<unknown>
    >;
    expect(await errorCode(api.openProject!({ path: 3 }))).toBe('invalid_argument');
  });

  it('rethrows ApiErrors unchanged and wraps anything else as internal after logging it', async () => {
    const log = vi.fn();
    const bug = new TypeError('undefined is not a function');
    const implementation = {
      getProject: async () => {
        throw new ApiError('no_project', 'No project is open.');
      },
      listUsers: async () => {
        throw bug;
      },
    } as unknown as ConcordApi;
    const dispatch = createDispatcher(implementation, log);

    await expect(dispatch('getProject', undefined)).rejects.toMatchObject({ code: 'no_project' });
    expect(log).not.toHaveBeenCalled();

    const error = await dispatch('listUsers', undefined).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'internal' });
    expect((error as Error).message).not.toContain('undefined is not a function');
    expect(log).toHaveBeenCalledWith('listUsers failed', bug);
  });
});
