package org.opsbench.persistence;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.opsbench.core.sample.SampleDataGenerator;
import org.opsbench.core.sample.SampleDataGenerator.SampleData;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.core.security.PasswordHasher;

/** Stores the invented sample data set, once, into an empty database. */
public final class SampleDataLoader {

    /** The administrator password of the sample database (stated in the README). */
    public static final String SAMPLE_ADMIN_PASSWORD = "opsbench-admin";

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
     * Generates and stores the sample data in one transaction, with progress.
     *
     * @param monitor progress and cancellation, or null
     * @throws OperationCanceledException when cancelled; nothing is stored, the database stays empty
     * @throws DatabaseException          when the database is not empty (sample data never mixes with real data)
     */
    public static SampleData load(Database database, Sizes sizes, long seed, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.format("sample.loading"), 100);
        if (!isEmpty(database)) {
            throw new DatabaseException(Messages.format("sample.notEmpty", database.settings().describe()));
        }
        progress.subTask(Messages.format("sample.generating"));
        SampleData data = new SampleDataGenerator(seed).generate(sizes, SAMPLE_ADMIN_PASSWORD.toCharArray(), new PasswordHasher());
        progress.split(10);
        progress.subTask(Messages.format("sample.storing", data.customers().size()));
        try (ModelSession session = database.openSession()) {
            for (EObject root : data.inStoringOrder()) {
                session.add(root);
            }
            session.save(progress.split(90));
        }
        return data;
    }
}
