import type { AliasTable } from '../wizard/types';

/**
 * Renamed answer slugs: { questionId: { oldSlug: newSlug } }. Add a line whenever a slug is
 * renamed, so shared and bookmarked URLs keep working (the build makes redirect pages from them).
 */
export const aliases: AliasTable = {};
