package org.opsbench.persistence.tests;

import org.opsbench.persistence.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.DataSources;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.ModelSession;

/** The program creates and upgrades its schema itself, and never touches a newer one. */
@Tag("all-databases")
class SchemaEvolutionTest {

    private static final String GADGETS = "http://opsbench.org/test/gadgets";

    /** Version 1 of a small model; version 2 adds one EAttribute and nothing else. */
    private static EPackage gadgetPackage(boolean withRatedPower) {
        EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
        ePackage.setName("gadgets");
        ePackage.setNsPrefix("g");
        ePackage.setNsURI(GADGETS);
        EClass gadget = EcoreFactory.eINSTANCE.createEClass();
        gadget.setName("Gadget");
        gadget.getEStructuralFeatures().add(attribute("label", EcorePackage.Literals.ESTRING));
        if (withRatedPower) {
            gadget.getEStructuralFeatures().add(attribute("ratedPower", EcorePackage.Literals.EINT));
        }
        ePackage.getEClassifiers().add(gadget);
        DynamicRecord.makePersistable(ePackage);
        return ePackage;
    }

    private static EAttribute attribute(String name, org.eclipse.emf.ecore.EDataType type) {
        EAttribute attribute = EcoreFactory.eINSTANCE.createEAttribute();
        attribute.setName(name);
        attribute.setEType(type);
        return attribute;
    }

    @Test
    void aNewEAttributeBecomesAColumnAndRoundTripsWithoutPersistenceCode() {
        DatabaseSettings settings = TestDatabases.fresh();
        EPackage v1 = gadgetPackage(false);
        long id;
        try (Database database = Database.open(settings, List.of(v1))) {
            EObject gadget = EcoreUtil.create((EClass) v1.getEClassifier("Gadget"));
            gadget.eSet(gadget.eClass().getEStructuralFeature("label"), "UPS 3kVA");
            try (ModelSession session = database.openSession()) {
                session.add(gadget);
                session.save();
            }
            id = ((PersistentObject) gadget).getPersistentId();
            assertFalse(columns(database.dataSource(), "OB_GADGET").contains("RATED_POWER"));
        }

        EPackage v2 = gadgetPackage(true);
        EClass gadgetClass = (EClass) v2.getEClassifier("Gadget");
        try (Database database = Database.open(settings, List.of(v2))) {
            assertTrue(columns(database.dataSource(), "OB_GADGET").contains("RATED_POWER"), "the upgrade added the column");
            try (ModelSession session = database.openSession()) {
                EObject gadget = session.find(gadgetClass, id);
                assertEquals("UPS 3kVA", gadget.eGet(gadgetClass.getEStructuralFeature("label")));
                gadget.eSet(gadgetClass.getEStructuralFeature("ratedPower"), 3000);
                session.save();
            }
        }
        try (Database database = Database.open(settings, List.of(v2)); ModelSession session = database.openSession()) {
            EObject gadget = session.find(gadgetClass, id);
            assertEquals(3000, gadget.eGet(gadgetClass.getEStructuralFeature("ratedPower")));
        }
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedAndLeftUntouched() throws SQLException {
        DatabaseSettings settings = TestDatabases.fresh();
        try (Database database = Database.open(settings)) {
            execute(database.dataSource(), "UPDATE OB_SCHEMA SET SCHEMA_VERSION = 99");
        }
        DatabaseException refused = assertThrows(DatabaseException.class,
                () -> Database.open(settings, List.of(gadgetPackage(true))));
        assertTrue(refused.getMessage().contains("newer OpsBench"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Nothing was changed"), refused.getMessage());

        DataSource untouched = DataSources.open(settings);
        assertTrue(columns(untouched, "OB_GADGET").isEmpty(), "the refused opening created nothing");
        assertEquals(99, storedVersion(untouched), "the stored schema version is unchanged");
    }

    @Test
    void anOrderedIndexDeclaredOnAClassIsCreatedOnceWithItsDirections() throws SQLException {
        DatabaseSettings settings = TestDatabases.fresh();
        EPackage gadgets = gadgetPackage(true);
        EcoreUtil.setAnnotation((EClass) gadgets.getEClassifier("Gadget"), "http://opsbench.org/persistence", "index",
                "ratedPower desc, id desc, label");
        for (int opening = 0; opening < 2; opening++) {
            try (Database database = Database.open(settings, List.of(gadgets));
                    Connection connection = database.dataSource().getConnection()) {
                List<String> columns = new java.util.ArrayList<>();
                for (String table : new String[] { "OB_GADGET", "ob_gadget" }) {
                    try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, true)) {
                        while (index.next()) {
                            if ("OX_GADGET_RATED_POWER_ID_LABEL".equalsIgnoreCase(index.getString("INDEX_NAME"))) {
                                columns.add(index.getShort("ORDINAL_POSITION") + " " + index.getString("COLUMN_NAME").toUpperCase(Locale.ROOT)
                                        + " " + index.getString("ASC_OR_DESC"));
                            }
                        }
                    }
                }
                columns.sort(null);
                assertEquals(List.of("1 RATED_POWER D", "2 ID D", "3 LABEL A"), columns, "opening " + (opening + 1));
            }
        }
    }

    private static int storedVersion(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MIN(SCHEMA_VERSION) FROM OB_SCHEMA")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    static List<String> columns(DataSource dataSource, String table) {
        try (Connection connection = dataSource.getConnection()) {
            List<String> names = new java.util.ArrayList<>();
            for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
                try (ResultSet columns = connection.getMetaData().getColumns(null, null, name, null)) {
                    while (columns.next()) {
                        names.add(columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            return names;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
