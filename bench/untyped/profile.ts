// `--profile`: where our rules spend their time, by function (self time), on the 100k file and the corpus.
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { REPOSITORY_ROOT } from '../../scripts/smoke-corpus.js';
import { format } from '../lib/stats.js';
import type { BenchFile } from './inputs.js';
import { lint } from './lint.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Maps a line of a bundle in dist/ to the source file it came from, by the bundler's
 * `//#region <source>` comments: `src/utils/sites/error-code-site-finder.ts (dist/index.cjs:951)`.
 */
function bundleSources(): (url: string, line: number) => string {
  const regionsByUrl = new Map<string, { line: number; source: string }[]>();
  return (url, line) => {
    let regions = regionsByUrl.get(url);
    if (!regions) {
      regions = [];
      const text = readFileSync(new URL(url), 'utf8');
      text.split('\n').forEach((content, index) => {
        const source = /^\/\/#region (.+)$/u.exec(content)?.[1];
        if (source !== undefined) regions?.push({ line: index + 1, source: source.replace(/^.*node_modules\//u, '') });
      });
      regionsByUrl.set(url, regions);
    }
    const region = regions.findLast((candidate) => candidate.line <= line);
    return `${region?.source ?? '?'} (dist/${path.basename(url)}:${line})`;
  };
}

/**
 * Self and inclusive time per function, from a V8 CPU profile: for the plugin's own functions
 * (dist/), and for the functions of other packages that the plugin's code calls (time spent under a
 * plugin frame), such as ESLint's `SourceCode#getScope`.
 */
export function summarizeProfile(profile: Profile, title: string): string[] {
  const ourPrefix = `${pathToFileURL(path.join(REPOSITORY_ROOT, 'dist')).href}/`;
  const sourceOf = bundleSources();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((nodeId, index) =>
    selfTime.set(nodeId, (selfTime.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000),
  );
  const keyOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith(ourPrefix)
      ? sourceOf(url, lineNumber + 1)
      : url.includes('node_modules/')
        ? url.slice(url.lastIndexOf('node_modules/') + 'node_modules/'.length)
        : path.basename(url) || '(native)';
    return `${functionName || '(anonymous)'} — ${url.startsWith(ourPrefix) ? file : `${file}:${lineNumber + 1}`}`;
  };
  const isOurFrame = (node: ProfileNode): boolean => node.callFrame.url.startsWith(ourPrefix);
  const ourSelf = new Map<string, number>();
  const ourInclusive = new Map<string, number>();
  const calledFromOurs = new Map<string, number>();
  let total = 0;
  let underOurs = 0;
  const add = (map: Map<string, number>, key: string, time: number): void => {
    map.set(key, (map.get(key) ?? 0) + time);
  };
  /** Returns the node's inclusive time; `active` counts the plugin functions on the stack, by key. */
  const visit = (node: ProfileNode, active: Map<string, number>, ourDepth: number): number => {
    const key = keyOf(node);
    const ours = isOurFrame(node);
    const self = selfTime.get(node.id) ?? 0;
    total += self;
    if (ours) add(ourSelf, key, self);
    else if (ourDepth > 0) add(calledFromOurs, key, self);
    if (ourDepth > 0 || ours) underOurs += self;
    if (ours) active.set(key, (active.get(key) ?? 0) + 1);
    let inclusive = self;
    for (const childId of node.children ?? []) {
      const child = byId.get(childId);
      if (child) inclusive += visit(child, active, ourDepth + (ours ? 1 : 0));
    }
    if (ours) {
      const count = (active.get(key) ?? 1) - 1;
      active.set(key, count);
      // Recursion: count a function's time once, at its outermost frame.
      if (count === 0) add(ourInclusive, key, inclusive);
    }
    return inclusive;
  };
  const root = profile.nodes[0];
  if (root) visit(root, new Map(), 0);
  const table = (map: Map<string, number>, count: number): string[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, time]) => `| ${key} | ${format(time)} ms | ${format((time / underOurs) * 100, 1)} % |`);
  const ourSelfTotal = [...ourSelf.values()].reduce((sum, time) => sum + time, 0);
  return [
    `### ${title}`,
    '',
    `${format(total)} ms sampled, of which ${format(underOurs)} ms under the plugin's own functions (dist/): ${format(ourSelfTotal)} ms in them, the rest in what they call. Shares below are of those ${format(underOurs)} ms.`,
    '',
    'Plugin functions, inclusive time (the function and what it calls):',
    '',
    '| function — file:line | time | share |',
    '|---|---|---|',
    ...table(ourInclusive, 15),
    '',
    'Plugin functions, self time:',
    '',
    '| function — file:line | time | share |',
    '|---|---|---|',
    ...table(ourSelf, 12),
    '',
    'Functions of other packages called by the plugin, self time:',
    '',
    '| function — file:line | time | share |',
    '|---|---|---|',
    ...table(calledFromOurs, 10),
    '',
  ];
}

/** A V8 CPU profile (100 µs sampling) of linting `files` with our rules only, `stats` on. */
export async function profileLint(files: readonly BenchFile[], times: number): Promise<Profile> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  lint(files, 'ours', times);
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  return profile;
}
