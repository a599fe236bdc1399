/** See fresh-bundle.js. */
export function isBundleFresh(distDir: string, rootDir: string): boolean;
