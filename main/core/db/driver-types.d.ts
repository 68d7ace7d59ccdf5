// better-sqlite3-multiple-ciphers ships its typings outside its package "exports", where
// TypeScript's bundler resolution cannot reach them. Its API is better-sqlite3's (key and rekey
// are used through PRAGMAs), so it is typed with better-sqlite3's own declarations.
declare module 'better-sqlite3-multiple-ciphers' {
  import Database from 'better-sqlite3';
  export = Database;
}
