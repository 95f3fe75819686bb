package org.opsbench.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.core.contributions.ContributionReader.Contribution;
import org.opsbench.core.sample.SampleDataGenerator;
import org.opsbench.core.sample.SampleDataGenerator.SampleData;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.core.security.PasswordHasher;

/** Stores the invented sample data set, once, into an empty database. */
public final class SampleDataLoader {

    /** The administrator password of the sample database (stated in the README). */
    public static final String SAMPLE_ADMIN_PASSWORD = "opsbench-admin";

    /** Where modules contribute their part of the sample data set. */
    public static final String EXTENSION_POINT = "org.opsbench.persistence.sampleData";

    /** The seed of the sample data set the README describes: the workbench and the CLI give the same data. */
    public static final long DEFAULT_SEED = 2026;

    private SampleDataLoader() {
    }

    /** @return whether the database holds no customers and no users yet */
    public static boolean isEmpty(Database database) {
        return database.list("SELECT COUNT(c) FROM Customer c", Long.class).get(0) == 0
                && database.list("SELECT COUNT(u) FROM User u", Long.class).get(0) == 0;
    }

    /**
     * Generates and stores the sample data in one transaction.
     *
     * @throws DatabaseException when the database is not empty (sample data never mixes with real data)
     */
    public static SampleData load(Database database, Sizes sizes, long seed) {
        return load(database, sizes, seed, null);
    }

    /**
     * Generates and stores the sample data in one transaction, with progress, in the language of the
     * session (the JVM's default locale).
     *
     * @param monitor progress and cancellation, or null
     * @throws OperationCanceledException when cancelled; nothing is stored, the database stays empty
     * @throws DatabaseException          when the database is not empty (sample data never mixes with real data)
     */
    public static SampleData load(Database database, Sizes sizes, long seed, IProgressMonitor monitor) {
        return load(database, sizes, seed, Locale.getDefault(), Instant.now(), monitor);
    }

    /**
     * Generates the core data set in {@code language} (English, or Chinese for "zh"), lets every
     * installed module add its part (a year of history up to {@code now} for the cases module) and
     * stores it all in one transaction; then the modules derive what follows from it (events, notices).
     *
     * @throws OperationCanceledException when cancelled before the data set is stored; nothing is stored
     */
    public static SampleData load(Database database, Sizes sizes, long seed, Locale language, Instant now, IProgressMonitor monitor) {
        List<Contribution<SampleDataContribution>> contributions = INSTALLED.installed();
        SubMonitor progress = SubMonitor.convert(monitor, Messages.format("sample.loading"), 100);
        if (!isEmpty(database)) {
            throw new DatabaseException(Messages.format("sample.notEmpty", database.settings().describe()));
        }
        progress.subTask(Messages.format("sample.generating"));
        SampleData data = new SampleDataGenerator(seed).generate(sizes, language, SAMPLE_ADMIN_PASSWORD.toCharArray(),
                new PasswordHasher());
        progress.split(5);
        SampleDataContribution.Context context = new SampleDataContribution.Context(data, seed, language, now);
        try (ModelSession session = database.openSession()) {
            for (EObject root : data.inStoringOrder()) {
                session.add(root);
            }
            SubMonitor adding = progress.split(25).setWorkRemaining(Math.max(1, contributions.size()));
            for (Contribution<SampleDataContribution> contribution : contributions) {
                contribution.value().add(context, database, session, adding.split(1));
            }
            progress.subTask(Messages.format("sample.storing", data.customers().size()));
            session.save(progress.split(55));
        }
        // Stored: what follows is derived from it and is not cancelled halfway.
        SubMonitor deriving = progress.split(15, SubMonitor.SUPPRESS_ISCANCELED).setWorkRemaining(Math.max(1, contributions.size()));
        for (Contribution<SampleDataContribution> contribution : contributions) {
            contribution.value().stored(context, database, deriving.split(1, SubMonitor.SUPPRESS_ISCANCELED));
        }
        return data;
    }

    /** The installed modules' parts of the sample data, in their order. */
    private static final ContributionReader<SampleDataContribution> INSTALLED = ContributionReader.of(EXTENSION_POINT,
            element -> (SampleDataContribution) element.createExecutableExtension("class"));
}
