// Every workspace's cache tests use it: it lives with the cache since bookings came.
export { tempCache } from '../../cache/testing/temp-cache.ts';
