package org.opsbench.persistence.internal;

import org.eclipse.persistence.internal.identitymaps.CacheKey;
import org.eclipse.persistence.internal.sessions.AbstractRecord;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;

/**
 * A list of plain values (an EAttribute with many values) whose batch reads run one at a time.
 * EclipseLink builds and prints the batch query of such a mapping on the shared query it belongs
 * to; two sessions doing so at once print a broken statement ("currentAlias is null" with EXISTS,
 * "OB_ESCALATION_PLAN_REMINDER_MINUTES.OWNER_ID is not in any table in the FROM list" with IN, both
 * seen with four threads opening cases). These lists are short and few (plan settings, role
 * permissions, tags, skills), so waiting for each other costs next to nothing.
 */
final class SerialBatchListMapping extends DirectCollectionMapping {

    private static final long serialVersionUID = 1L;

    @Override
    protected synchronized Object batchedValueFromRow(AbstractRecord row, ObjectLevelReadQuery query, CacheKey parentCacheKey) {
        return super.batchedValueFromRow(row, query, parentCacheKey);
    }
}
