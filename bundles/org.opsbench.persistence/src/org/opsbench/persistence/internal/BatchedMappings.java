package org.opsbench.persistence.internal;

import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.OneToManyMapping;
import org.eclipse.persistence.queries.ObjectLevelReadQuery;
import org.eclipse.persistence.queries.ReadAllQuery;
import org.eclipse.persistence.queries.ReadQuery;

/**
 * List mappings whose reads batch their children's reads {@link EmfDescriptors#BATCH_SIZE} ids at
 * a time. EclipseLink gives the query that reads a list (the devices of a diagram) a batch policy
 * of 500 ids when it first prepares it; the ports of those devices were then read in IN lists of
 * 500, which Derby answers by scanning the port table (see {@link EmfDescriptors#BATCH_SIZE}).
 */
final class BatchedMappings {

    private BatchedMappings() {
    }

    /** A list's read query that, once prepared, batches its children's reads in smaller groups. */
    static final class ListQuery extends ReadAllQuery {

        private static final long serialVersionUID = 1L;

        @Override
        public void computeBatchReadMappingQueries() {
            super.computeBatchReadMappingQueries();
            limit(this);
            if (hasBatchReadAttributes() && getBatchFetchPolicy().getMappingQueries() != null) {
                getBatchFetchPolicy().getMappingQueries().values().forEach(BatchedMappings::limit);
            }
        }
    }

    private static void limit(ReadQuery query) {
        if (query instanceof ObjectLevelReadQuery objectQuery) {
            objectQuery.getBatchFetchPolicy().setSize(EmfDescriptors.BATCH_SIZE);
        }
    }

    static final class OneToMany extends OneToManyMapping {

        private static final long serialVersionUID = 1L;

        OneToMany() {
            setSelectionQuery(new ListQuery());
        }
    }

    static final class ManyToMany extends ManyToManyMapping {

        private static final long serialVersionUID = 1L;

        ManyToMany() {
            setSelectionQuery(new ListQuery());
        }
    }
}
