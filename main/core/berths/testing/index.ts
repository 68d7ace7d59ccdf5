export * from './fixtures.ts';
export { tempCache } from './temp-cache.ts';
export { worldCacheAtLevel } from './older-cache.ts';
