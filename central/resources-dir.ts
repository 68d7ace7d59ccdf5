/** Where the data the project ships lives: resources/ in the tree, or KUVA_RESOURCES_DIR in a package. */
export function resourcesDir(): string {
  return process.env.KUVA_RESOURCES_DIR ? process.env.KUVA_RESOURCES_DIR.replace(/\/$/, '') : new URL('../resources', import.meta.url).pathname;
}
