package org.opsbench.cases.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opsbench.persistence.Database;

/** Each test gets a new embedded Derby database with the case defaults and two calendars; it is closed and deleted afterwards. */
final class CaseDatabase implements BeforeEachCallback, AfterEachCallback {

    private Path folder;
    private Database database;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("opsbench-cases");
        database = CaseFixture.open(folder.resolve("db"));
        CaseFixture.installDefaults(database);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (database != null) {
            database.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    Database get() {
        return database;
    }

    /** @return a second connection to the same database, as another workbench has it; the caller closes it */
    Database openAnother() {
        return CaseFixture.open(folder.resolve("db"));
    }

    /** Closes the database and opens it again, as a restarted workbench does. */
    Database restart() {
        database.close();
        database = openAnother();
        return database;
    }
}
