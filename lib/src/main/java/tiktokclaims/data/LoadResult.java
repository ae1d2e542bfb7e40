package tiktokclaims.data;

import tech.tablesaw.api.Table;

/**
 * A loaded dataset and what the loader found in it.
 *
 * @param table  the rows, with the pinned schema of {@link ClaimsData#load}
 * @param report rows, incomplete rows, missing values per column, duplicate ids, class counts, sample flag
 */
public record LoadResult(Table table, LoadReport report) {
}
