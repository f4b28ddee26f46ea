/**
 * What the exports read besides the list's rows (those come through the initiatives service).
 * `getDataVersion` is shared with the participation-matrix exports.
 */
export { getDataVersion } from '../shared/data-version';
export { findFilterNames } from '../shared/filter-description';
