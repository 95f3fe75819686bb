package org.opsbench.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectCollectionMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Indexes every column that links rows: container ids, reference ids and the owner ids
 * of side tables. Without them, loading one aggregate scans its children's tables.
 * Created at open when missing (EclipseLink's table extension does not add indexes).
 */
public final class SchemaIndexes {

    private SchemaIndexes() {
    }

    public static void create(Session session, DataSource dataSource) throws SQLException {
        Set<String> wanted = new java.util.LinkedHashSet<>();
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            if (descriptor.getTables().isEmpty() || descriptor.isChildDescriptor()) {
                continue;
            }
            String table = descriptor.getTables().get(0).getName();
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping.getAttributeAccessor() instanceof ContainerAccessor accessor
                        && !ContainerAccessor.POSITION_ATTRIBUTE.equals(accessor.getAttributeName())) {
                    wanted.add(table + "." + mapping.getField().getName());
                } else if (mapping instanceof OneToOneMapping oneToOne && !oneToOne.getForeignKeyFields().isEmpty()) {
                    for (DatabaseField field : oneToOne.getForeignKeyFields()) {
                        wanted.add(table + "." + field.getName());
                    }
                } else if (mapping instanceof DirectCollectionMapping collection) {
                    wanted.add(collection.getReferenceTableName() + "." + SqlNames.OWNER_ID);
                } else if (mapping instanceof ManyToManyMapping manyToMany) {
                    DatabaseTable relation = manyToMany.getRelationTable();
                    wanted.add(relation.getName() + "." + SqlNames.OWNER_ID);
                    wanted.add(relation.getName() + "." + SqlNames.TARGET_ID);
                }
            }
            // Subclass mappings share the root's table.
            if (descriptor.hasInheritance()) {
                for (ClassDescriptor child : descriptor.getInheritancePolicy().getAllChildDescriptors()) {
                    for (DatabaseMapping mapping : child.getMappings()) {
                        if (mapping.getAttributeAccessor() instanceof ContainerAccessor accessor
                                && !ContainerAccessor.POSITION_ATTRIBUTE.equals(accessor.getAttributeName())) {
                            wanted.add(table + "." + mapping.getField().getName());
                        }
                    }
                }
            }
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String tableColumn : wanted) {
                String table = tableColumn.substring(0, tableColumn.indexOf('.'));
                String column = tableColumn.substring(tableColumn.indexOf('.') + 1);
                if (!indexedColumns(connection.getMetaData(), table).contains(column)) {
                    String name = indexName("IX_", table, column);
                    statement.executeUpdate("CREATE INDEX " + name + " ON " + table + " (" + column + ")");
                }
            }
        }
    }

    /**
     * The indexes a model declares on an EClass, annotation {@value SchemaVersions#ANNOTATION}:
     * <ul>
     * <li>key {@code unique}: the feature names of one constraint separated by commas, several
     * constraints separated by semicolons (e.g. {@code number} or {@code serviceCase,key}). They are
     * what keeps two workbenches on one database from storing the same thing twice.</li>
     * <li>key {@code index}: the columns of an ordered index for a list's ORDER BY, each a feature
     * name or {@code id} (the row id), optionally followed by {@code desc}; several indexes
     * separated by semicolons. E.g. {@code openedAt desc, id desc, closedAt}: the newest open cases
     * are read from the index alone, in order, without sorting the table.</li>
     * </ul>
     */
    public static void createDeclared(Collection<EPackage> packages, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (EPackage ePackage : packages) {
                for (EClassifier classifier : ePackage.getEClassifiers()) {
                    if (!(classifier instanceof EClass eClass)) {
                        continue;
                    }
                    String table = SqlNames.table(EmfDescriptors.hierarchyRoot(eClass));
                    for (String kind : new String[] { "unique", "index" }) {
                        String declared = EcoreUtil.getAnnotation(eClass, SchemaVersions.ANNOTATION, kind);
                        for (String index : declared == null ? new String[0] : declared.split(";")) {
                            List<String> names = new ArrayList<>();
                            List<String> columns = new ArrayList<>();
                            for (String part : index.split(",")) {
                                String[] words = part.trim().split("\\s+");
                                boolean descending = words.length == 2 && words[1].equalsIgnoreCase("desc");
                                if (words.length > 2 || words.length == 2 && (!descending || kind.equals("unique"))) {
                                    throw new IllegalStateException(kind + " index of " + eClass.getName() + " has a malformed column: " + part);
                                }
                                String column = column(eClass, words[0], kind);
                                names.add(column);
                                columns.add(descending ? column + " DESC" : column);
                            }
                            String name = indexName(kind.equals("unique") ? "UX_" : "OX_", table, String.join("_", names));
                            if (!indexNames(connection.getMetaData(), table, kind.equals("unique")).contains(name)) {
                                statement.executeUpdate("CREATE " + (kind.equals("unique") ? "UNIQUE " : "") + "INDEX " + name + " ON " + table
                                        + " (" + String.join(", ", columns) + ")");
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * @param declaration the features of a {@code unique} declaration, e.g. {@code serviceCaseId,eventKey}
     * @return the name {@link #createDeclared} gives that unique index
     */
    public static String uniqueIndexName(EClass eClass, String declaration) {
        List<String> names = new ArrayList<>();
        for (String feature : declaration.split(",")) {
            names.add(column(eClass, feature.trim(), "unique"));
        }
        return indexName("UX_", SqlNames.table(EmfDescriptors.hierarchyRoot(eClass)), String.join("_", names));
    }

    /** @return the column of a feature named in an index declaration ({@code id}: the row id, for ordered indexes) */
    private static String column(EClass eClass, String featureName, String kind) {
        if (featureName.equals("id") && kind.equals("index")) {
            return SqlNames.ID;
        }
        EStructuralFeature feature = eClass.getEStructuralFeature(featureName);
        if (feature == null) {
            throw new IllegalStateException(kind + " index of " + eClass.getName() + " names no feature " + featureName);
        }
        return feature instanceof EReference ? SqlNames.referenceColumn(feature) : SqlNames.column(feature);
    }

    /** IX_/UX_/OX_ + table without prefix + columns, shortened with a hash where a database would truncate it. */
    private static String indexName(String prefix, String table, String columns) {
        String name = prefix + table.substring(SqlNames.TABLE_PREFIX.length()) + "_" + columns;
        return name.length() > 60 ? name.substring(0, 50) + Integer.toHexString(name.hashCode()) : name;
    }

    private static Set<String> indexNames(DatabaseMetaData metaData, String table, boolean uniqueOnly) throws SQLException {
        Set<String> names = new HashSet<>();
        for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
            try (ResultSet indexes = metaData.getIndexInfo(null, null, name, uniqueOnly, true)) {
                while (indexes.next()) {
                    if (indexes.getString("INDEX_NAME") != null) {
                        names.add(indexes.getString("INDEX_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return names;
    }

    private static Set<String> indexedColumns(DatabaseMetaData metaData, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
            try (ResultSet indexes = metaData.getIndexInfo(null, null, name, false, true)) {
                while (indexes.next()) {
                    // first column of each index
                    if (indexes.getShort("ORDINAL_POSITION") == 1 && indexes.getString("COLUMN_NAME") != null) {
                        columns.add(indexes.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }
}
