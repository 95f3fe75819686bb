package org.opsbench.cases;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.Equipment;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.reports.CsvExport;
import org.opsbench.reports.Report;
import org.opsbench.cases.internal.Messages;

/**
 * The case reports, in the user's language: the fault analysis report of one case (故障分析处理报告:
 * fault type, cause, handling method, losses and the handling record), the half-yearly case
 * summary, and the case list as CSV.
 */
public final class CaseReports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Database database;
    private final ZoneId zone;

    public CaseReports(Database database, ZoneId zone) {
        this.database = database;
        this.zone = zone;
    }

    /** @return the fault analysis report of the case */
    public Report faultAnalysis(long caseId, Instant now) {
        try (ModelSession session = database.openSession()) {
            ServiceCase c = session.find(ServiceCase.class, caseId);
            if (c == null) {
                throw new CaseException(Messages.format("caseGone", caseId));
            }
            Equipment equipment = c.getEquipment();
            Report report = new Report(text("reportFaultTitle"), Messages.format("reportFaultSubtitle", c.getNumber(),
                    c.getCustomer() == null ? "-" : c.getCustomer().getName(), time(now)));
            report.fields(List.of(field("reportCase", c.getNumber()), field("reportCustomer", c.getCustomer() == null ? null
                    : c.getCustomer().getName()),
                    field("reportSite", c.getSite() == null ? null : c.getSite().getName()), field("reportContract", c.getContractNumber()),
                    field("reportEquipment", equipment == null ? null : String.join(" ", Texts.shown(equipment.getVendor()), Texts.shown(equipment.getModel()),
                            Texts.shown(equipment.getSerialNumber())).strip()),
                    field("reportVendor", c.getVendor()), field("reportSeverity", c.getSeverity()),
                    field("reportFaultType", CaseTypes.name(c.getCaseType(), c.getKind(), c.getDefectClass())),
                    field("reportStatus", CaseLifecycle.label(c.getStatus())),
                    field("reportEngineer", c.getAssignee() == null ? null : c.getAssignee().getName()),
                    field("reportOpened", time(c.getOpenedAt())), field("reportResponded", time(c.getRespondedAt())),
                    field("reportResolved", time(c.getResolvedAt())), field("reportClosed", time(c.getClosedAt())),
                    field("reportTimeToResolve", c.getResolvedAt() == null ? null : hours(Duration.between(c.getOpenedAt(), c.getResolvedAt()))),
                    field("reportSatisfaction", c.getSatisfaction() == null ? null
                            : c.getSatisfaction() + "/5 " + Texts.shown(c.getSatisfactionComment()))));
            section(report, "reportDescription", String.join("\n", Texts.shown(c.getTitle()), Texts.shown(c.getDescription())).strip());
            section(report, "reportCause", c.getFaultCause());
            section(report, "reportMethod", c.getResolutionMethod());
            section(report, "reportLosses", c.getLosses());
            List<List<String>> rows = new ArrayList<>();
            for (Activity activity : c.getActivities()) {
                rows.add(List.of(time(activity.getAt()), CaseLabels.activity(activity.getKind()) + (activity.isCustomerNote() ? " *" : ""),
                        Texts.shown(activity.getAuthor()), Texts.shown(activity.getText())));
            }
            report.heading(text("reportRecord"));
            report.table(List.of(text("reportTime"), text("reportWhat"), text("reportBy"), text("reportDetails")), rows,
                    List.of(18, 15, 11, 56));
            return report;
        }
    }

    /** @return the summary of the cases opened in the half year, of one customer or (null) all */
    public Report halfYearSummary(int year, int half, Long customerId, Instant now) {
        Instant[] period = CaseStatistics.halfYear(year, half, zone);
        CaseStatistics.Summary s = CaseStatistics.summary(database, period[0], period[1], customerId);
        Report report = new Report(Messages.format("reportSummaryTitle", String.valueOf(year), half),
                Messages.format("reportSummarySubtitle", s.customer() == null ? text("reportAllCustomers") : s.customer(), time(now)));
        report.fields(List.of(field("reportOpenedCount", String.valueOf(s.opened())), field("reportClosedCount", String.valueOf(s.closed())),
                field("reportStillOpen", String.valueOf(s.stillOpen())), field("reportBreaches", String.valueOf(s.breaches())),
                field("reportMeanResponse", s.meanResponse() == null ? null : hours(s.meanResponse())),
                field("reportMeanResolve", s.meanResolve() == null ? null : hours(s.meanResolve())),
                field("reportComplaints", String.valueOf(s.complaints())),
                field("reportMeanSatisfaction", s.meanSatisfaction() == null ? null
                        : String.format(Locale.ROOT, "%.1f/5", s.meanSatisfaction()))));
        report.heading(text("reportBySeverity"));
        report.table(List.of(unlabel(text("reportSeverity")), text("reportCount")), counts(s.bySeverity()),
                List.of(50, 50));
        report.heading(text("reportByKind"));
        report.table(List.of(unlabel(text("reportFaultType")), text("reportCount")), counts(s.byKind()),
                List.of(50, 50));
        report.heading(text("reportCases"));
        List<List<String>> rows = new ArrayList<>();
        for (CaseStatistics.Line line : s.lines()) {
            rows.add(List.of(line.number(), time(line.openedAt()), Texts.shown(line.severity()), CaseLabels.kind(line.kind(), line.defectClass()),
                    Texts.shown(line.title()), Texts.shown(line.customer()), CaseLifecycle.label(line.status())));
        }
        report.table(List.of(text("reportCase"), text("reportOpened"), text("reportSeverity"), text("reportFaultType"),
                text("reportCaseTitle"), text("reportCustomer"), text("reportStatus")).stream().map(CaseReports::unlabel).toList(), rows,
                List.of(17, 12, 9, 13, 23, 16, 10));
        return report;
    }

    /** Writes the rows of the case list (as shown) as CSV. */
    public void exportCsv(List<CaseList.Row> rows, Path target) {
        List<List<?>> lines = new ArrayList<>();
        for (CaseList.Row row : rows) {
            lines.add(List.of(row.number(), Texts.shown(row.severity()), CaseLifecycle.label(row.status()), CaseLabels.kind(row.kind(), null),
                    Texts.shown(row.title()), Texts.shown(row.customer()), Texts.shown(row.engineer()), time(row.openedAt()), time(row.closedAt()),
                    row.deadline() == null || !row.deadline().running() || row.closedAt() != null ? "" : time(row.deadline().dueAt())));
        }
        CsvExport.write(List.of(text("reportCase"), text("reportSeverity"), text("reportStatus"), text("reportFaultType"),
                text("reportCaseTitle"), text("reportCustomer"), text("reportEngineer"), text("reportOpened"), text("reportClosed"),
                text("reportNextDeadline")).stream().map(CaseReports::unlabel).toList(), lines, target);
    }

    private static List<List<String>> counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList();
    }

    private static void section(Report report, String heading, String body) {
        report.heading(unlabel(text(heading)));
        report.paragraph(body == null || body.isBlank() ? text("reportNotRecorded") : body);
    }

    private static Report.Field field(String key, String value) {
        return new Report.Field(text(key), value == null || value.isBlank() ? "-" : value);
    }

    /** Field labels end with a colon; column headers do not. */
    private static String unlabel(String label) {
        return label.replaceAll("[:：]\\s*$", "");
    }

    private static String text(String key) {
        return Messages.format(key);
    }

    private String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }

    /** e.g. "2:05 h" */
    private static String hours(Duration duration) {
        return duration.toHours() + ":" + String.format("%02d", duration.toMinutesPart()) + " h";
    }
}
