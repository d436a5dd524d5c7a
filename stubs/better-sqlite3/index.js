// Claimline's install puts this in place of better-sqlite3 (package.json "overrides"): mapshaper
// would use it only for GeoPackage files, which the project never reads or writes, and it is
// compiled from source on every install. Its GeoPackage library falls back to sql.js when this throws.
throw new Error(
  'better-sqlite3 is left out of this install (GeoPackage files are not used here); to install it, ' +
    'remove "better-sqlite3" from devDependencies and overrides in package.json, then run npm install',
);
