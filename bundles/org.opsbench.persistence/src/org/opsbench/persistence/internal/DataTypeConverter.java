package org.opsbench.persistence.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.converters.Converter;
import org.eclipse.persistence.sessions.Session;

/**
 * Converts EMF data values to column values: java.time types to their SQL types,
 * enums and any other non-JDBC data type to text through the EMF factory.
 */
final class DataTypeConverter implements Converter {

    private static final long serialVersionUID = 1L;

    private final transient EDataType dataType;

    DataTypeConverter(EDataType dataType) {
        this.dataType = dataType;
    }

    /** @return the Java type of the column for values of this data type */
    static Class<?> columnType(EDataType dataType) {
        Class<?> type = dataType.getInstanceClass();
        if (dataType instanceof EEnum || type == null) {
            return String.class;
        }
        if (type == LocalDate.class) {
            return java.sql.Date.class;
        }
        if (type == LocalTime.class) {
            return java.sql.Time.class;
        }
        if (type == LocalDateTime.class) {
            return java.sql.Timestamp.class;
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == String.class || type == Boolean.class
                || type == java.time.Instant.class) {
            return type;
        }
        return String.class;
    }

    /** @return whether values need conversion */
    static boolean needsConversion(EDataType dataType) {
        Class<?> type = dataType.getInstanceClass();
        return columnType(dataType) != type;
    }

    @Override
    public Object convertObjectValueToDataValue(Object value, Session session) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return java.sql.Date.valueOf(date);
        }
        if (value instanceof LocalTime time) {
            return java.sql.Time.valueOf(time);
        }
        if (value instanceof LocalDateTime dateTime) {
            return java.sql.Timestamp.valueOf(dateTime);
        }
        return EcoreUtil.convertToString(dataType, value);
    }

    @Override
    public Object convertDataValueToObjectValue(Object data, Session session) {
        if (data == null) {
            return null;
        }
        if (data instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (data instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        if (data instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        return EcoreUtil.createFromString(dataType, data.toString());
    }

    @Override
    public boolean isMutable() {
        return false;
    }

    @Override
    public void initialize(DatabaseMapping mapping, Session session) {
    }
}
