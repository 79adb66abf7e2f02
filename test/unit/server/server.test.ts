import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../../shared/api/wire';
import type { ImportResult, SourceDetail } from '../../../shared/domain/types';
import { createCoreService } from '../../../electron/core/api';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/content-security-policy';
import {
  closeServer,
  createConcordHttpServer,
  listenOnLoopback,
} from '../../../electron/server/http-server';
import { startServer, type RunningServer } from '../../../electron/server/start-server';

let workDir: string;
let server: RunningServer;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly this path and these headers (fetch would normalise `..` away). */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function callApi(method: string, arg: unknown, token = server.token) {
  return raw(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: encodeWire({ arg }),
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'concord-server-'));
  const staticDir = path.join(workDir, 'renderer');
  mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Concord</title>');
  writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("ui");');
  writeFileSync(path.join(workDir, 'secret.txt'), 'outside the renderer');

  const configDir = path.join(workDir, 'config');
  const projectPath = path.join(workDir, 'study.concord');
  const core = createCoreService({ host: 'browser', version: 'test', configDir });
  await core.api.createProject({ path: projectPath });
  core.close();

  server = await startServer({ projectPath, staticDir, configDir, version: 'test', log: () => {} });
});

afterAll(async () => {
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and prints the token in the URL fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves the renderer with the CSP header and the right content types', async () => {
    const index = await raw(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.body).toContain('<title>Concord</title>');
    const script = await raw(server.port, { path: '/assets/app.js?v=1' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
  ])('refuses path traversal %s', async (attempt) => {
    const response = await raw(server.port, { path: attempt });
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('outside the renderer');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await raw(server.port, {
      path: '/',
      headers: { Host: `attacker.example:${server.port}` },
    });
    expect(response.status).toBe(421);
    const api = await raw(server.port, {
      method: 'POST',
      path: '/api/getAppInfo',
      headers: { Host: 'attacker.example', Authorization: `Bearer ${server.token}` },
    });
    expect(api.status).toBe(421);
  });

  it('accepts localhost:<port> as Host', async () => {
    const response = await raw(server.port, {
      path: '/',
      headers: { Host: `localhost:${server.port}` },
    });
    expect(response.status).toBe(200);
  });

  it('refuses API calls without the token or with a wrong one, as ApiError', async () => {
    const missing = await raw(server.port, { method: 'POST', path: '/api/getProject' });
    expect(missing.status).toBe(401);
    expect(decodeWire(missing.body)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
    const wrong = await callApi('getProject', undefined, 'x'.repeat(43));
    expect(wrong.status).toBe(401);
  });

  it('refuses cross-origin API calls even with the token', async () => {
    const response = await raw(server.port, {
      method: 'POST',
      path: '/api/getProject',
      headers: { Authorization: `Bearer ${server.token}`, Origin: 'https://evil.example' },
    });
    expect(response.status).toBe(403);
  });

  it('answers API calls with the token through the core (host browser)', async () => {
    const response = await callApi('getAppInfo', undefined);
    expect(response.status).toBe(200);
    expect(decodeWire(response.body)).toEqual({
      ok: true,
      value: { name: expect.any(String), version: 'test', host: 'browser' },
    });
  });

  it('carries file bytes (Uint8Array) through the wire encoding', async () => {
    const text = 'Interviewer: Where did you grow up?\nRosa: In Tucumán, near the río.\n';
    const data = new TextEncoder().encode(text);
    const imported = await callApi('importSource', { fileName: 'rosa.txt', data });
    expect(imported.status, imported.body).toBe(200);
    const result = (decodeWire(imported.body) as { value: ImportResult }).value;
    const detail = await callApi('getSource', { id: result.sourceId });
    const source = (decodeWire(detail.body) as { value: SourceDetail }).value;
    expect(source.text).toContain('Tucumán, near the río.');
  });

  it('returns core errors as ApiError envelopes', async () => {
    const notFound = await callApi('getSource', { id: 'no-such-source' });
    expect(notFound.status).toBe(404);
    expect(decodeWire(notFound.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const invalid = await callApi('getSource', { id: 42 });
    expect(invalid.status).toBe(400);
    expect(decodeWire(invalid.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });
  });

  it('answers invalid JSON and unknown methods with ApiError envelopes', async () => {
    const badJson = await raw(server.port, {
      method: 'POST',
      path: '/api/getProject',
      headers: { Authorization: `Bearer ${server.token}` },
      body: '{"arg":',
    });
    expect(badJson.status).toBe(400);
    expect(decodeWire(badJson.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' },
    });

    const unknown = await callApi('dropAllTables', undefined);
    expect(unknown.status).toBe(404);
    expect(decodeWire(unknown.body)).toMatchObject({ ok: false, error: { code: 'not_found' } });

    const get = await raw(server.port, {
      path: '/api/getProject',
      headers: { Authorization: `Bearer ${server.token}` },
    });
    expect(get.status).toBe(405);
  });
});

describe('request body limit', () => {
  it('answers 413 with an ApiError when the body is too large', async () => {
    const token = 'test-token';
    const httpServer = createConcordHttpServer({
      dispatch: async () => 'never called',
      staticDir: workDir,
      token,
      maxBodyBytes: 1024,
      log: () => {},
    });
    const port = await listenOnLoopback(httpServer, 0);
    try {
      const response = await raw(port, {
        method: 'POST',
        path: '/api/importSource',
        headers: { Authorization: `Bearer ${token}` },
        body: encodeWire({ arg: { fileName: 'big.txt', data: new Uint8Array(4096) } }),
      });
      expect(response.status).toBe(413);
      expect(decodeWire(response.body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    } finally {
      await closeServer(httpServer);
    }
  });
});
