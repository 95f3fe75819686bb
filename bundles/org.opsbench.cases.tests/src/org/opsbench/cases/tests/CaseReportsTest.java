package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.CaseReports;
import org.opsbench.cases.CaseStatistics;
import org.opsbench.cases.DashboardChart;
import org.opsbench.cases.DashboardCharts;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.persistence.Database;
import org.opsbench.reports.PdfReports;
import org.opsbench.reports.Report;
import org.opsbench.reports.ReportException;
import org.opsbench.reports.ReportExporters;
import org.opsbench.reports.ReportFonts;

/** The fault analysis report and the half-yearly summary as real PDFs read back, the case list as CSV, and their refusals. */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class CaseReportsTest {

    private static final ZoneId SHANGHAI = CaseFixture.SHANGHAI;
    private static final Instant MONDAY = CaseFixture.shanghai("2026-05-11T10:00");

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();
    @TempDir
    Path folder;
    private Database database;
    private CaseDesk desk;
    private CaseDesk.Opened pump;
    private CaseDesk.Opened printer;

    @BeforeEach
    void open() {
        database = db.get();
        Directory.install(database);
        desk = new CaseDesk(database, "gao");
        CallerLookup lookup = new CallerLookup(database);
        pump = desk.open(new CaseDesk.Intake("hotline", lookup.find("SC-0001-2024").get(0), "泵站控制器离线",
                "泵站的 SCADA 链路每隔几分钟中断一次。", "Lanting", "P2", CaseKind.DEFECT, DefectClass.TECHNICAL,
                Directory.engineerId(database, "E1")), MONDAY);
        printer = desk.open(new CaseDesk.Intake("email", lookup.find("SC-0002-2021").get(0), "Printer queue stuck", "Invoices do not print.",
                "Beiming", "P3", CaseKind.DEFECT, DefectClass.OPERATION, null), MONDAY.plusSeconds(3600));
        desk.record(pump.id(), ActivityKind.REMOTE_SESSION, "远程检查：7 号端口的光模块误码率高。", false, MONDAY.plusSeconds(1200));
        Instant at = MONDAY.plusSeconds(1800);
        for (CaseStatus status : List.of(CaseStatus.ANALYSED, CaseStatus.CONFIRMED, CaseStatus.FIXING, CaseStatus.REPLIED)) {
            desk.advance(pump.id(), status, null, at);
            at = at.plusSeconds(1800);
        }
        desk.close(pump.id(), new CaseLifecycle.Survey("Wang Wei", 3, "慢了一些"), at);
        desk.complain(pump.id(), "第二天又中断了一次。", at.plusSeconds(86400));
    }

    @Test
    void theFaultAnalysisReportIsAPdfWithTheChineseTextEmbedded() throws IOException {
        assertEquals("Write down at least one of the cause, the handling method and the losses.",
                assertThrows(CaseException.class, () -> desk.recordAnalysis(pump.id(), " ", null, "", MONDAY)).getMessage());
        desk.recordAnalysis(pump.id(), "光模块老化，误码率超标。", "更换 7 号端口的光模块，并复核链路。", "泵站监控中断约 3 小时，无数据丢失。",
                MONDAY.plusSeconds(7200));
        Locale before = Locale.getDefault();
        Path pdf = folder.resolve("fault.pdf");
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Report report = new CaseReports(database, SHANGHAI).faultAnalysis(pump.id(), MONDAY.plusSeconds(86400 * 2));
            ReportExporters.write(report, pdf);
            keep(pdf, "fault-analysis-zh.pdf");
        } finally {
            Locale.setDefault(before);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("故障分析处理报告"), text);
            assertTrue(text.contains("光模块老化，误码率超标。"), "the cause, as Chinese text a reader can search and copy");
            assertTrue(text.contains("更换 7 号端口的光模块，并复核链路。"));
            assertTrue(text.contains("泵站监控中断约 3 小时，无数据丢失。"));
            assertTrue(text.contains("远程检查：7 号端口的光模块误码率高。"), "the handling record");
            assertTrue(text.contains("第二天又中断了一次。"), "the complaint is in the record");
            assertTrue(text.contains(pump.number()));
            assertTrue(text.contains("第 1 页，共 " + document.getNumberOfPages() + " 页"));
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertTrue(fonts.stream().anyMatch(f -> f.isEmbedded() && f.getName().contains("+")),
                    "the Chinese font travels with the file, as a subset: " + fonts.stream().map(PDFont::getName).toList());
        }
        assertEquals(List.of(pdf), listFolder(), "no temporary file is left beside it");
    }

    @Test
    void theHalfYearlySummaryCountsAndTimesTheCasesOfThePeriod() throws IOException {
        Instant[] firstHalf = CaseStatistics.halfYear(2026, 1, SHANGHAI);
        assertEquals(CaseFixture.shanghai("2026-01-01T00:00"), firstHalf[0]);
        assertEquals(CaseFixture.shanghai("2026-07-01T00:00"), firstHalf[1]);
        assertEquals("There is no half year 3; choose 1 (January to June) or 2 (July to December).",
                assertThrows(CaseException.class, () -> CaseStatistics.halfYear(2026, 3, SHANGHAI)).getMessage());

        CaseStatistics.Summary summary = CaseStatistics.summary(database, firstHalf[0], firstHalf[1], null);
        assertEquals(2, summary.opened());
        assertEquals(0, summary.closed(), "the complaint reopened the pump case");
        assertEquals(Map.of("P2", 1L, "P3", 1L), summary.bySeverity());
        assertEquals(Duration.ofMinutes(20), summary.meanResponse(), "only the pump case was answered, after 20 minutes");
        assertEquals(1, summary.complaints());
        assertEquals(3.0, summary.meanSatisfaction());
        CaseStatistics.Summary secondHalf = CaseStatistics.summary(database, CaseStatistics.halfYear(2026, 2, SHANGHAI)[0],
                CaseStatistics.halfYear(2026, 2, SHANGHAI)[1], null);
        assertEquals(0, secondHalf.opened());
        assertEquals(null, secondHalf.meanResponse());
        long taxId = Directory.customerId(database, "C-0002");
        CaseStatistics.Summary tax = CaseStatistics.summary(database, firstHalf[0], firstHalf[1], taxId);
        assertEquals(List.of(printer.number()), tax.lines().stream().map(CaseStatistics.Line::number).toList());
        assertEquals("Lanshan Tax Bureau", tax.customer());
        assertEquals(0, tax.complaints());

        Path pdf = folder.resolve("summary.pdf");
        ReportExporters.write(new CaseReports(database, SHANGHAI).halfYearSummary(2026, 1, null, MONDAY), pdf);
        keep(pdf, "half-year-summary.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Case Summary 2026, half year 1"), text);
            assertTrue(text.contains("泵站控制器离线"), "Chinese titles in an English report");
            assertTrue(text.contains("Printer queue stuck"));
            assertTrue(text.contains("Mean time to respond: 0:20 h"), text);
            assertTrue(text.contains("Complaints: 1"), text);
        }
    }

    @Test
    void theDashboardCountsOpenCasesBySeverityAndMissedDeadlinesAndTimesPerWeek() {
        Instant nextWednesday = CaseFixture.shanghai("2026-05-20T12:00");
        new org.opsbench.cases.SlaEvaluator(database, "bench").run(nextWednesday);
        long breachesRecorded = database.list("SELECT COUNT(e) FROM SlaEvent e WHERE e.kind = ?1", Long.class,
                org.opsbench.cases.model.SlaEventKind.BREACH).get(0);
        assertTrue(breachesRecorded >= 1, "the unanswered printer case missed its response target");

        CaseStatistics.Dashboard dashboard = CaseStatistics.dashboard(database, nextWednesday, SHANGHAI, 3);
        assertEquals(List.of("P1", "P2", "P3", "P4"), List.copyOf(dashboard.openBySeverity().keySet()), "every level, in the scheme's order");
        assertEquals(Map.of("P1", 0L, "P2", 1L, "P3", 1L, "P4", 0L), dashboard.openBySeverity(), "the complaint reopened the pump case");
        assertEquals(List.of(java.time.LocalDate.of(2026, 5, 4), java.time.LocalDate.of(2026, 5, 11), java.time.LocalDate.of(2026, 5, 18)),
                dashboard.weeks().stream().map(CaseStatistics.Week::monday).toList(), "weeks start on Monday, the current one last");
        assertEquals(breachesRecorded, dashboard.weeks().stream().mapToLong(CaseStatistics.Week::breaches).sum(),
                "every missed deadline fell due in these weeks");
        assertEquals(0, dashboard.weeks().get(0).breaches());
        assertEquals(20 / 60.0, dashboard.weeks().get(1).meanRespondHours(), 1e-9, "only the pump case was answered, after 20 minutes");
        assertEquals(null, dashboard.weeks().get(2).meanRespondHours(), "no case opened in the current week");

        // A customer's staff see their own organisation's figures.
        long pumpCustomer = database.list("SELECT c.customer.persistentId FROM ServiceCase c WHERE c.persistentId = ?1", Long.class,
                pump.id()).get(0);
        CaseStatistics.Dashboard own = CaseStatistics.dashboard(database, nextWednesday, SHANGHAI, 3, pumpCustomer);
        assertEquals(Map.of("P1", 0L, "P2", 1L, "P3", 0L, "P4", 0L), own.openBySeverity());
        assertEquals(0, own.weeks().stream().mapToLong(CaseStatistics.Week::breaches).sum(), "the printer's missed response is not theirs");
        assertEquals(20 / 60.0, own.weeks().get(1).meanRespondHours(), 1e-9);
        assertEquals(Map.of("P1", 0L, "P2", 0L, "P3", 0L, "P4", 0L),
                CaseStatistics.dashboard(database, nextWednesday, SHANGHAI, 3, -1L).openBySeverity(), "no organisation, no figures");
    }

    @Test
    void theDashboardDrawsEveryInstalledChartAndAFailingOneByItsReason() {
        Instant nextWednesday = CaseFixture.shanghai("2026-05-20T12:00");
        new org.opsbench.cases.SlaEvaluator(database, "bench").run(nextWednesday);
        assertEquals(List.of("open-by-severity", "breaches-per-week", "mean-times", "org.opsbench.cases.tests.broken",
                "org.opsbench.cases.tests.per-channel"), DashboardCharts.all().stream().map(DashboardCharts.Chart::id).toList(),
                "built-in first, in order; the test plug-in's second open-by-severity is left out");

        List<DashboardCharts.Drawn> drawn = DashboardCharts.draw(new DashboardChart.Scope(database, nextWednesday, SHANGHAI, 3, null));
        CaseStatistics.Dashboard figures = CaseStatistics.dashboard(database, nextWednesday, SHANGHAI, 3);
        DashboardChart.Figure open = drawn.get(0).figure();
        assertEquals("Open cases by severity", open.title());
        assertEquals(List.of("P1", "P2", "P3", "P4"), open.categories());
        assertEquals(List.of(0.0, 1.0, 1.0, 0.0), values(open, 0));
        DashboardChart.Figure breaches = drawn.get(1).figure();
        assertEquals(List.of("5/4", "5/11", "5/18"), breaches.categories(), "the weeks by their Mondays");
        assertEquals(figures.weeks().stream().map(w -> (double) w.breaches()).toList(), values(breaches, 0));
        DashboardChart.Figure times = drawn.get(2).figure();
        assertEquals(DashboardChart.Style.LINES, times.style());
        assertEquals(List.of("respond", "resolve"), times.series().stream().map(DashboardChart.Series::id).toList());
        assertEquals(20 / 60.0, times.series().get(0).values()[1], 1e-9, "the pump case answered after 20 minutes");

        assertEquals(null, drawn.get(3).figure());
        assertEquals("The chart \"Broken chart\" of org.opsbench.cases.tests could not be read: the statistics server does not answer",
                drawn.get(3).failure(), "one broken chart says why and leaves the others drawn");
        DashboardChart.Figure perChannel = drawn.get(4).figure();
        assertEquals(List.of("email", "hotline"), perChannel.categories());
        assertEquals(List.of(1.0, 1.0), values(perChannel, 0));

        // A customer's staff: every chart is read for their organisation only.
        long pumpCustomer = database.list("SELECT c.customer.persistentId FROM ServiceCase c WHERE c.persistentId = ?1", Long.class,
                pump.id()).get(0);
        List<DashboardCharts.Drawn> own = DashboardCharts.draw(new DashboardChart.Scope(database, nextWednesday, SHANGHAI, 3, pumpCustomer));
        assertEquals(List.of(0.0, 1.0, 0.0, 0.0), values(own.get(0).figure(), 0));
        assertEquals(List.of("hotline"), own.get(4).figure().categories());

        assertThrows(IllegalArgumentException.class, () -> new DashboardChart.Figure("Uneven", DashboardChart.Style.BARS, "x", "y",
                List.of("a", "b"), List.of(new DashboardChart.Series("s", "S", new double[] { 1 }))), "a value per category");
    }

    private static List<Double> values(DashboardChart.Figure figure, int series) {
        return java.util.Arrays.stream(figure.series().get(series).values()).boxed().toList();
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderRepeated() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("C-" + i, "第 " + i + " 行：" + "很长的说明文字，".repeat(i % 7 + 1)));
        }
        Path pdf = folder.resolve("long.pdf");
        PdfReports.write(new Report("Long", null).table(List.of("Number", "Text"), rows, List.of(20, 80)), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() > 2, document.getNumberOfPages() + " pages");
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(document.getNumberOfPages());
            lastPage.setEndPage(document.getNumberOfPages());
            String text = lastPage.getText(document);
            assertTrue(text.startsWith("Number Text") || text.contains("\nNumber Text"), "the header again: " + text.substring(0, 40));
            assertTrue(new PDFTextStripper().getText(document).contains("第 120 行"), "every row is there");
        }
    }

    @Test
    void theCaseListExportsAsCsvThatSpreadsheetsReadInChinese() throws IOException {
        Path csv = folder.resolve("cases.csv");
        List<CaseList.Row> rows = CaseList.read(database, true);
        new CaseReports(database, SHANGHAI).exportCsv(rows, csv);
        byte[] bytes = Files.readAllBytes(csv);
        assertEquals(List.of((byte) 0xef, (byte) 0xbb, (byte) 0xbf), List.of(bytes[0], bytes[1], bytes[2]), "UTF-8 with its byte order mark");
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\ufeff', reader.read());
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertEquals(2, records.size());
            assertEquals(printer.number(), records.get(0).get("Case"), "newest first, as listed");
            assertEquals("泵站控制器离线", records.get(1).get("Title"));
            assertEquals("2026-05-11 10:00", records.get(1).get("Opened"));
        }
    }

    @Test
    void csvExportsWriteFormulaTextSafeForSpreadsheetsAndKeepNumbers() throws IOException {
        Path csv = folder.resolve("formulas.csv");
        org.opsbench.reports.CsvExport.write(List.of("Case", "Title", "Minutes"), List.of(
                List.of("C-1", "=HYPERLINK(\"http://example.invalid\",\"open\")", -15),
                List.of("C-2", "=cmd|'/c calc'!A1", 0), List.of("C-3", "@SUM(A1:A9)", 3), List.of("C-4", "+86 10 5555 0101", 4),
                List.of("C-5", "-cut off-", 5), List.of("C-6", "\tTabbed", 6), List.of("C-7", "Plain title", 7)), csv);
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\ufeff', reader.read());
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
            assertEquals(List.of("'=HYPERLINK(\"http://example.invalid\",\"open\")", "'=cmd|'/c calc'!A1", "'@SUM(A1:A9)", "'+86 10 5555 0101",
                    "'-cut off-", "'\tTabbed", "Plain title"), records.stream().map(r -> r.get("Title")).toList(),
                    "a spreadsheet shows these as text instead of running them");
            assertEquals("-15", records.get(0).get("Minutes"), "numbers stay numbers");
            assertEquals("=cmd|'/c calc'!A1", org.opsbench.core.exchange.CsvCells.unescape(records.get(1).get("Title")),
                    "our own readers take the quote off again");
        }
    }

    @Test
    void theFileNameChoosesAnInstalledReportFormat() throws IOException {
        assertEquals(List.of(new ReportExporters.Format("pdf", "PDF document", "pdf", 100, "org.opsbench.reports"),
                new ReportExporters.Format("org.opsbench.cases.tests.text", "Plain text", "txt", 300, "org.opsbench.cases.tests")),
                ReportExporters.all(), "built-in first; the second .pdf format is left out");
        Report report = new Report("故障分析处理报告", null).heading("Cause").paragraph("Fan failure").table(List.of("Case"),
                List.of(List.of("C-1")), List.of(100));

        ReportExporters.write(report, folder.resolve("analysis.txt"));
        assertEquals("故障分析处理报告\n## Cause\nFan failure\nC-1\n", Files.readString(folder.resolve("analysis.txt")));
        ReportExporters.write(report, folder.resolve("analysis.PDF"));
        assertEquals("%PDF", new String(Files.readAllBytes(folder.resolve("analysis.PDF")), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        ReportExporters.write(report, folder.resolve("analysis"));
        assertEquals("%PDF", new String(Files.readAllBytes(folder.resolve("analysis")), 0, 4, java.nio.charset.StandardCharsets.US_ASCII),
                "a name without an extension gets the first format");

        ReportException unknown = assertThrows(ReportException.class, () -> ReportExporters.write(report, folder.resolve("analysis.docx")));
        assertEquals("No installed report format writes files like analysis.docx. End the file name with one of: PDF document (.pdf),"
                + " Plain text (.txt).", unknown.getMessage());
        ReportException refused = assertThrows(ReportException.class,
                () -> ReportExporters.write(new Report("refuse me", null), folder.resolve("analysis.txt")));
        assertTrue(refused.getMessage().endsWith("the text exporter refuses this report. Nothing was written there."), refused.getMessage());
        assertEquals("故障分析处理报告\n## Cause\nFan failure\nC-1\n", Files.readString(folder.resolve("analysis.txt")),
                "the earlier file is untouched");
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("analysis", "analysis.PDF", "analysis.txt"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left");
        }
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhyAndLeavesNothingBehind() throws IOException {
        Path blocker = Files.writeString(folder.resolve("reports"), "a file where a folder should be");
        ReportException refused = assertThrows(ReportException.class,
                () -> ReportExporters.write(new Report("x", null).paragraph("y"), blocker.resolve("x.pdf")));
        assertTrue(refused.getMessage().startsWith("The report could not be written to " + blocker.resolve("x.pdf")), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Nothing was written there."));

        String previous = System.getProperty(ReportFonts.FONT_PROPERTY);
        try {
            System.setProperty(ReportFonts.FONT_PROPERTY, folder.resolve("missing.ttf").toString());
            ReportException noFont = assertThrows(ReportException.class, () -> ReportExporters.write(new Report("x", null),
                    folder.resolve("x.pdf")));
            assertEquals("The report font " + folder.resolve("missing.ttf") + " (set by opsbench.reports.font) cannot be read. Point "
                    + "opsbench.reports.font at a TrueType font file with Chinese characters.", noFont.getMessage());
            System.setProperty(ReportFonts.FONT_PROPERTY, blocker.toString());
            ReportException notAFont = assertThrows(ReportException.class, () -> ReportExporters.write(new Report("x", null),
                    folder.resolve("x.pdf")));
            assertTrue(notAFont.getMessage().startsWith("The font " + blocker + " cannot be embedded in a PDF"), notAFont.getMessage());
        } finally {
            if (previous == null) {
                System.clearProperty(ReportFonts.FONT_PROPERTY);
            } else {
                System.setProperty(ReportFonts.FONT_PROPERTY, previous);
            }
        }
        assertEquals(List.of(blocker), listFolder(), "no report and no temporary file");
    }

    /** A copy under target/reports, for a person to look at. */
    private static void keep(Path pdf, String name) throws IOException {
        Path kept = Path.of("target", "reports", name);
        Files.createDirectories(kept.getParent());
        Files.copy(pdf, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private List<Path> listFolder() throws IOException {
        try (var files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
