package org.opsbench.persistence;

import java.time.Instant;
import java.util.Locale;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.opsbench.core.sample.SampleDataGenerator.SampleData;

/**
 * A module's part of the sample data set, contributed through
 * {@code org.opsbench.persistence.sampleData}: the cases module adds a year of cases on top of the
 * customers, sites and engineers the core invents. Contributions are invented too, deterministic
 * from the seed, and written in the language the data set is made in.
 */
public interface SampleDataContribution {

    /** What every contribution is given: the core data set (not yet stored), the seed, language and the moment of loading. */
    record Context(SampleData data, long seed, Locale language, Instant now) {

        /** @return a random source of its own for {@code contribution}, so that one module's data do not shift another's */
        public Random random(String contribution) {
            return new Random(seed * 31 + contribution.hashCode());
        }

        /** @return whether texts are to be written in Chinese */
        public boolean chinese() {
            return "zh".equals(language.getLanguage());
        }
    }

    /**
     * Adds this module's objects to {@code session}, which already holds the core data set; all is
     * stored in one transaction, so a cancelled or failed load stores nothing of anybody's. A
     * database opened without the module's model ({@link Database#packages()}) gets nothing.
     */
    void add(Context context, Database database, ModelSession session, IProgressMonitor monitor);

    /**
     * Derives what follows from the stored data (recorded events, notices, indexes), after the
     * transaction of {@link #add} committed. Only derived data belongs here.
     */
    default void stored(Context context, Database database, IProgressMonitor monitor) {
    }
}
