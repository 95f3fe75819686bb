package org.opsbench.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.tools.schemaframework.SchemaManager;
import org.opsbench.model.OpsPackage;
import org.opsbench.persistence.internal.Counters;
import org.opsbench.persistence.internal.EmfDescriptors;
import org.opsbench.persistence.internal.ModelSessionCustomizer;
import org.opsbench.persistence.internal.SchemaIndexes;
import org.opsbench.persistence.internal.SchemaVersions;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.TypedQuery;

/**
 * An open OpsBench database: the EMF model objects themselves are what it stores.
 * <p>
 * Opening checks the connection, refuses a database written by a newer build
 * (changing nothing), then creates missing tables and columns and records the schema
 * version. Editors work in a {@link ModelSession}; lists and searches use
 * {@link #list} projections that read only the columns they show.
 */
public final class Database implements AutoCloseable {

    public static final String PERSISTENCE_UNIT = "opsbench";

    private final DatabaseSettings settings;
    private final DataSource dataSource;
    private final List<EPackage> packages;
    private final Map<Class<?>, EClass> eClassesByType = new HashMap<>();
    private EntityManagerFactory entityManagerFactory;

    private Database(DatabaseSettings settings, DataSource dataSource, List<EPackage> packages) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.packages = packages;
        for (EPackage ePackage : packages) {
            for (EClassifier classifier : ePackage.getEClassifiers()) {
                if (classifier instanceof EClass eClass) {
                    eClassesByType.put(eClass.getInstanceClass(), eClass);
                }
            }
        }
    }

    /** Opens the database with the core model only. */
    /**
     * @param features the features of one of the EClass's {@code unique} declarations, e.g. {@code serviceCaseId,eventKey}
     * @return the name of the unique index the schema has for it, e.g. for a database's optimizer override
     */
    public static String uniqueIndexName(EClass eClass, String features) {
        return SchemaIndexes.uniqueIndexName(eClass, features);
    }

    public static Database open(DatabaseSettings settings) {
        return open(settings, List.of(OpsPackage.eINSTANCE));
    }

    /**
     * Opens the database storing the given model packages (the core package first, then modules).
     *
     * @throws DatabaseException with a message that names the problem and the fix
     */
    public static Database open(DatabaseSettings settings, Collection<? extends EPackage> packages) {
        List<EPackage> all = new ArrayList<>();
        if (!packages.contains(OpsPackage.eINSTANCE)) {
            all.add(OpsPackage.eINSTANCE);
        }
        all.addAll(packages);
        DataSource dataSource = DataSources.open(settings);
        Database database = new Database(settings, dataSource, List.copyOf(all));
        try {
            database.checkSchemaIsNotNewer();
            database.deploy();
            database.upgradeSchema();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private void checkSchemaIsNotNewer() {
        Map<String, Integer> stored;
        try {
            stored = SchemaVersions.stored(dataSource);
        } catch (SQLException e) {
            throw DataSources.translate(settings, e);
        }
        for (EPackage ePackage : packages) {
            Integer version = stored.get(ePackage.getNsURI());
            int known = SchemaVersions.declared(ePackage);
            if (version != null && version > known) {
                throw new DatabaseException(Messages.format("schema.newer", settings.location(), version, ePackage.getNsURI(), known));
            }
        }
    }

    private void deploy() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, ModelSessionCustomizer.class.getName());
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, settings.kind() == DatabaseKind.POSTGRESQL
                ? "org.eclipse.persistence.platform.database.PostgreSQLPlatform"
                : "org.eclipse.persistence.platform.database.DerbyPlatform");
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        properties.put(PersistenceUnitProperties.BATCH_WRITING, "JDBC");
        properties.put(PersistenceUnitProperties.BATCH_WRITING_SIZE, "200");
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, System.getProperty("opsbench.db.log", "WARNING"));
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, "DefaultLogger");
        // No JPA entity classes exist, so the (unused) JPA metamodel is empty by design.
        properties.put(PersistenceUnitProperties.CATEGORY_LOGGING_LEVEL_ + "metamodel", "OFF");
        ModelSessionCustomizer.deployWith(packages, () -> {
            entityManagerFactory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, properties);
            if (entityManagerFactory == null) {
                throw new IllegalStateException("META-INF/persistence.xml of org.opsbench.persistence not found");
            }
            entityManagerFactory.createEntityManager().close(); // deploys now, while the customizer has the packages
        });
    }

    private void upgradeSchema() {
        DatabaseSession session = session();
        SchemaManager schemaManager = new SchemaManager(session);
        schemaManager.extendDefaultTables(false);
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (EPackage ePackage : packages) {
            versions.put(ePackage.getNsURI(), SchemaVersions.declared(ePackage));
        }
        try {
            SchemaIndexes.create(session, dataSource);
            SchemaIndexes.createDeclared(packages, dataSource);
            Counters.createTable(dataSource);
            SchemaVersions.store(dataSource, versions);
        } catch (SQLException e) {
            throw DataSources.translate(settings, e);
        }
    }

    DatabaseSession session() {
        return ((JpaEntityManagerFactory) entityManagerFactory).getDatabaseSession();
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /** @return the JDBC data source, for backup, benchmarks and tools that need plain SQL */
    public DataSource dataSource() {
        return dataSource;
    }

    public List<EPackage> packages() {
        return packages;
    }

    /** @return the EClass of a model interface, e.g. Customer.class */
    public EClass eClass(Class<?> modelType) {
        EClass eClass = eClassesByType.get(modelType);
        if (eClass == null) {
            throw new IllegalArgumentException(modelType.getName() + " is not a class of the stored model packages");
        }
        return eClass;
    }

    Class<?> implementationClass(Class<?> modelType) {
        return EmfDescriptors.implementationClass(eClass(modelType));
    }

    /** Opens an editing session: load aggregates, change the EMF objects, save them in one transaction. */
    public ModelSession openSession() {
        return new ModelSession(this, entityManagerFactory.createEntityManager());
    }

    /**
     * Runs a projection query: JPQL over the model's class and feature names that selects
     * only the columns a list shows, e.g.
     * {@code SELECT c.persistentId, c.code, c.name FROM Customer c ORDER BY c.code}.
     */
    public <R> List<R> list(String jpql, Class<R> rowType, Object... parameters) {
        return listPage(jpql, rowType, 0, Integer.MAX_VALUE, parameters);
    }

    /**
     * The next value of a named counter (1 for a new name), unique across every workbench on this
     * database. Used for case numbers and the like; values given out are never reused.
     */
    public long nextValue(String counterName) {
        try {
            return Counters.next(dataSource, counterName);
        } catch (SQLException e) {
            throw DataSources.translate(settings, e);
        }
    }

    /**
     * Like {@link #list}, one page of the rows: for lists too long to read at once (an office's
     * customers), read page after page with progress and a chance to stop in between.
     *
     * @param first index of the first row wanted (0 is the first)
     * @param max   the most rows wanted
     */
    public <R> List<R> listPage(String jpql, Class<R> rowType, int first, int max, Object... parameters) {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            TypedQuery<R> query = entityManager.createQuery(jpql, rowType);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            if (first > 0) {
                query.setFirstResult(first);
            }
            if (max < Integer.MAX_VALUE) {
                query.setMaxResults(max);
            }
            return query.getResultList();
        } finally {
            entityManager.close();
        }
    }

    @Override
    public void close() {
        if (entityManagerFactory != null && entityManagerFactory.isOpen()) {
            entityManagerFactory.close();
        }
        if (settings.kind() == DatabaseKind.EMBEDDED) {
            DerbyShutdown.shutdown(settings.location());
        }
    }
}
