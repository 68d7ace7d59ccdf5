export * from './fixtures.ts';
export { tempCache } from './temp-cache.ts';
