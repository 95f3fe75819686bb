package org.opsbench.persistence;

/** Where the OpsBench database lives. */
public enum DatabaseKind {
    /** Derby inside the user's workspace: zero set-up, one workbench at a time. */
    EMBEDDED,
    /** A Derby network server shared by an office. */
    DERBY_SERVER,
    /** A PostgreSQL server shared by an office or headquarters. */
    POSTGRESQL
}
