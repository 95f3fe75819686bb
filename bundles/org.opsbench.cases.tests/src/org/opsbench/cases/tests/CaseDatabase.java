package org.opsbench.cases.tests;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.testing.TestDatabases;

/**
 * Each test gets a new database with the case defaults and two calendars, of the kind
 * -Dopsbench.test.db names (embedded Derby, a Derby network server, PostgreSQL); closed afterwards.
 */
final class CaseDatabase implements BeforeEachCallback, AfterEachCallback {

    private DatabaseSettings settings;
    private Database database;

    @Override
    public void beforeEach(ExtensionContext context) {
        settings = TestDatabases.fresh();
        database = CaseFixture.open(settings);
        CaseFixture.installDefaults(database);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            database.close();
        }
    }

    Database get() {
        return database;
    }

    /** @return a second connection to the same database, as another workbench has it; the caller closes it */
    Database openAnother() {
        return CaseFixture.open(settings);
    }

    /** Closes the database and opens it again, as a restarted workbench does. */
    Database restart() {
        database.close();
        database = openAnother();
        return database;
    }
}
