package org.opsbench.persistence.internal;

import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Table and column names derived from EMF names: camelCase becomes UPPER_SNAKE, tables get a prefix. */
public final class SqlNames {

    public static final String TABLE_PREFIX = "OB_";
    public static final String ID = "ID";
    public static final String VERSION = "VERSION";
    public static final String ECLASS = "ECLASS";
    public static final String POSITION = "POS";
    public static final String OWNER_ID = "OWNER_ID";
    public static final String TARGET_ID = "TARGET_ID";
    public static final String ELEMENT = "ELEMENT";
    public static final String SEQUENCE = "OB_SEQ";

    /** Words reserved by Derby, PostgreSQL or SQL:2016 that a feature name may produce. */
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "AS", "AT", "BETWEEN", "BY", "CASE", "CAST",
            "CHECK", "COLUMN", "CONSTRAINT", "CREATE", "CURRENT", "DATE", "DAY", "DEFAULT", "DELETE", "DESC", "DISTINCT",
            "DOUBLE", "END", "EXISTS", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "GRANT", "GROUP", "HAVING", "HOUR", "IN",
            "INDEX", "INSERT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LEFT", "LIKE", "LIMIT", "MINUTE", "MONTH", "NATURAL",
            "NOT", "NULL", "NUMBER", "OF", "OFFSET", "ON", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RIGHT", "ROLE",
            "ROW", "ROWS", "SECOND", "SELECT", "SESSION", "SET", "SOME", "START", "SYSTEM", "TABLE", "THEN", "TIME",
            "TIMESTAMP", "TO", "TRUE", "UNION", "UNIQUE", "UPDATE", "USER", "USING", "VALUE", "VALUES", "WHEN", "WHERE",
            "WITH", "YEAR");

    private SqlNames() {
    }

    public static String snake(String camel) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
                out.append('_');
            }
            out.append(Character.toUpperCase(c));
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }

    public static String table(EClass eClass) {
        return TABLE_PREFIX + snake(eClass.getName());
    }

    public static String column(EStructuralFeature feature) {
        String name = snake(feature.getName());
        return RESERVED.contains(name) ? name + "_" : name;
    }

    /** Column of a single-valued non-containment reference: the target's id. */
    public static String referenceColumn(EStructuralFeature feature) {
        return snake(feature.getName()) + "_ID";
    }

    /** Column, in the child's table, naming the container that holds the child through this containment feature. */
    public static String containerColumn(EStructuralFeature containment) {
        return "IN_" + snake(containment.getEContainingClass().getName()) + "_" + snake(containment.getName());
    }

    /** Side table of a many-valued attribute or many-valued non-containment reference. */
    public static String collectionTable(EStructuralFeature feature) {
        return TABLE_PREFIX + snake(feature.getEContainingClass().getName()) + "_" + snake(feature.getName());
    }
}
