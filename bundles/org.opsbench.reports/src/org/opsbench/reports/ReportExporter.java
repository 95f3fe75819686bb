package org.opsbench.reports;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a report in one file format, contributed through {@code org.opsbench.reports.exporters}.
 * OpsBench calls it off the UI thread and writes to a temporary file that replaces the target only
 * when {@link #write} returned: a failure leaves nothing half-written.
 */
public interface ReportExporter {

    /** Writes the whole report; an IOException's message is shown to the user, so say what went wrong. */
    void write(Report report, OutputStream out) throws IOException;
}
