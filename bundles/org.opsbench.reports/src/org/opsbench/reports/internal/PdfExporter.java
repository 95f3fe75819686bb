package org.opsbench.reports.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.opsbench.reports.PdfReports;
import org.opsbench.reports.Report;
import org.opsbench.reports.ReportExporter;
import org.opsbench.reports.ReportFonts;

/** The built-in PDF format, with the configured or installed Chinese font. */
public final class PdfExporter implements ReportExporter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        PdfReports.write(report, out, ReportFonts.find());
    }
}
