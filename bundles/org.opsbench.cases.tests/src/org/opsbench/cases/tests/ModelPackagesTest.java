package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.notifications.model.NotificationsPackage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.ModelPackages;

/** The case package reaches the database through the persistence extension point, also when installed later. */
class ModelPackagesTest {

    @TempDir
    Path folder;

    @Test
    void theCasePackageIsContributedAndItsTablesAppearWhenTheFeatureArrivesLater() {
        // Every package installed in this test runtime, by plug-in: topology is here for the device-status test.
        assertEquals(List.of(CasesPackage.eINSTANCE, NotificationsPackage.eINSTANCE, org.opsbench.topology.model.TopologyPackage.eINSTANCE),
                ModelPackages.contributed());
        DatabaseSettings settings = DatabaseSettings.embedded(folder.resolve("db"));
        try (Database coreOnly = Database.open(settings)) {
            assertEquals(0L, coreOnly.list("SELECT COUNT(c) FROM Customer c", Long.class).get(0));
        }
        // The case feature is installed afterwards: the next open adds its tables to the existing database.
        try (Database withCases = Database.open(settings, ModelPackages.contributed())) {
            assertTrue(withCases.packages().contains(CasesPackage.eINSTANCE));
            assertEquals(0L, withCases.list("SELECT COUNT(c) FROM ServiceCase c", Long.class).get(0));
            CaseFixture.installDefaults(withCases);
            assertEquals(3L, withCases.list("SELECT COUNT(p) FROM EscalationPlan p", Long.class).get(0));
        }
    }
}
