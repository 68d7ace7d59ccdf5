// Shared with the other workspaces' lists since bookings came: main/core/cache/search-text.ts.
export { searchMatch, type SearchMatch } from '../cache/search-text.ts';
