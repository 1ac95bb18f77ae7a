package org.unmiss.personnel.person.persistence;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * People of an import that is not yet published are stored like everyone else, marked with these
 * two fields, and every read of personnel excludes them; one multi-document update that removes
 * the marks publishes an import (ADR 0018). A person is visible once published and never before.
 */
public final class Staging {

    /** true while the person belongs to an unpublished import; absent once published */
    public static final String STAGED = "staged";

    /** the import attempt that staged the person; removed with {@link #STAGED} on publishing */
    public static final String IMPORT_ID = "importId";

    private Staging() {
    }

    /** Published people only (the field is absent on everyone not staged, so {@code $ne} keeps them). */
    public static Criteria published() {
        return Criteria.where(STAGED).ne(true);
    }

    /** {@link #published()} for queries written with the driver's filters. */
    public static Bson publishedFilter() {
        return Filters.ne(STAGED, true);
    }
}
