package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opsbench.cases.tests.CaseFixture.shanghai;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CaseDefaults;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.CaseWords;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;

/** The search's word index: how texts are split, kept by the case desk, and built for cases stored another way. */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class CaseWordsTest {

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();

    private static final Instant MONDAY = shanghai("2026-05-11T10:00");

    @Test
    void latinTextSplitsIntoWordsAndChineseIntoCharacterPairs() {
        assertEquals(Set.of("replaced", "the", "sfp", "on", "port", "7", "firmware", "2"),
                CaseWords.terms("Replaced the SFP on port 7 (firmware 7.2)."));
        assertEquals(List.of("交换", "换机", "机端", "端口", "口掉", "掉线"), List.copyOf(CaseWords.terms("交换机端口掉线")));
        assertEquals(List.of("sfp", "模块", "error"), List.copyOf(CaseWords.terms("SFP模块 error")));
        assertEquals(List.of("泵"), List.copyOf(CaseWords.terms("泵")), "a lone character stays a term");
        assertEquals(Set.of(), CaseWords.terms(" -- "));
    }

    @Test
    void theDeskKeepsTheIndexAndASearchWordMatchesTheStartOfWords() {
        CaseDesk desk = new CaseDesk(db.get(), "gao");
        CaseDesk.Opened pump = desk.open(new CaseDesk.Intake("hotline", null, "泵站控制器离线", "The SCADA link drops every few minutes.",
                "Lanting", "P2", CaseKind.DEFECT, DefectClass.TECHNICAL, null), MONDAY);
        CaseDesk.Opened printer = desk.open(new CaseDesk.Intake("email", null, "Printer queue stuck", "Invoices do not print.", "Beiming",
                "P3", CaseKind.DEFECT, DefectClass.OPERATION, null), MONDAY.plusSeconds(60));
        assertTrue(CaseWords.isComplete(db.get()), "every case came through the desk");

        assertEquals(List.of(pump.number()), search("scada"));
        assertEquals(List.of(pump.number()), search("控制"), "Chinese by character pairs");
        assertEquals(List.of(pump.number()), search("泵"), "a single character matches the pairs it starts");
        assertEquals(List.of(printer.number()), search("invoi"), "a word matches the words it starts");
        assertEquals(List.of(), search("nvoices"), "but not the middle of a word");
        assertEquals(List.of(), search("scada invoices"), "every word must be found");

        // With every term "common" beyond one case, the rare ones narrow first and the common are checked on what is left.
        CaseDesk.Opened second = desk.open(new CaseDesk.Intake("email", null, "Printer offline", "The print server is down.", "Beiming",
                "P3", CaseKind.DEFECT, DefectClass.OPERATION, null), MONDAY.plusSeconds(120));
        assertEquals(Set.of(idOf(pump)), CaseWords.find(db.get(), "the scada", 1), "\"the\" is common, \"scada\" is rare");
        assertEquals(Set.of(idOf(printer), idOf(second)), CaseWords.find(db.get(), "printer", 1), "only common words: read whole");
        assertEquals(Set.of(idOf(second)), CaseWords.find(db.get(), "print down", 1));
        assertEquals(Set.of(), CaseWords.find(db.get(), "the nothing", 1));

        desk.record(printer.id(), ActivityKind.REMOTE_SESSION, "Restarted the spooler service.", false, MONDAY.plusSeconds(600));
        assertEquals(List.of(printer.number()), search("spooler"), "a new log record is found at once");
        assertEquals(List.of(second.number(), printer.number(), pump.number()), search(""), "no words: every case, newest first");
    }

    @Test
    void casesStoredAnotherWayAreFoundByRecordsUntilTheCatchUpIndexesThem() {
        long id = CaseFixture.openCase(db.get(), "C-1", "P3", CaseFixture.SEVEN_BY_TWENTY_FOUR, CaseDefaults.MATRIX_PLAN, MONDAY);
        CaseFixture.openCase(db.get(), "C-2", "P4", CaseFixture.SEVEN_BY_TWENTY_FOUR, CaseDefaults.MATRIX_PLAN, MONDAY.plusSeconds(60));
        assertFalse(CaseWords.isComplete(db.get()));
        assertEquals(List.of("C-2", "C-1"), search("switch"), "read from the records themselves (the fixture's title)");

        assertEquals(2, CaseWords.catchUp(db.get(), new NullProgressMonitor()));
        assertTrue(CaseWords.isComplete(db.get()));
        assertEquals(List.of("C-2", "C-1"), search("switch"), "now through the index");
        assertEquals(0, CaseWords.catchUp(db.get(), new NullProgressMonitor()), "nothing left to do");
        assertTrue(id > 0);
    }

    @Test
    void aPageIsTheStartOfTheWholeResultWhicheverWayItIsRead() {
        CaseDesk desk = new CaseDesk(db.get(), "gao");
        String[] vendors = { "Lanting", "Beiming", "Lanting Networks" };
        for (int i = 0; i < 9; i++) {
            CaseDesk.Opened opened = desk.open(new CaseDesk.Intake("hotline", null, (i % 2 == 0 ? "Printer " : "Router ") + "fault " + i,
                    i % 3 == 0 ? "The print server restarts." : "Nothing prints.", vendors[i % 3], "P" + (1 + i % 4),
                    i == 4 ? CaseKind.CONSULTATION : CaseKind.DEFECT, i == 4 ? null : DefectClass.TECHNICAL, null),
                    MONDAY.plusSeconds(60L * (i % 4)));
            if (i == 4) { // a consultation closes on the spot
                desk.close(opened.id(), new org.opsbench.cases.CaseLifecycle.Survey("Zhao Min", 4, ""), MONDAY.plusSeconds(900));
            }
        }
        // Several cases share an opening minute: the order falls back to the id, as the ordered index does.
        List<CaseList.Criteria> searches = List.of(CaseList.Criteria.all(false), CaseList.Criteria.all(true),
                new CaseList.Criteria("print", null, null, null, null, null, null, null, null, true),
                new CaseList.Criteria("printer server", "lanting", null, null, null, null, null, null, null, false),
                new CaseList.Criteria(null, "lanting", null, null, null, null, null, "P1", null, true),
                new CaseList.Criteria("fault", null, null, MONDAY.plusSeconds(60), null, null, null, null, null, false));
        for (CaseList.Criteria criteria : searches) {
            List<CaseList.Row> whole = CaseList.search(db.get(), criteria);
            assertFalse(whole.isEmpty(), criteria.toString());
            for (int max = 1; max <= whole.size() + 1; max++) {
                List<CaseList.Row> head = whole.subList(0, Math.min(max, whole.size()));
                assertEquals(head, CaseList.firstPage(db.get(), criteria, max), criteria + ", first " + max);
                assertEquals(head, CaseList.firstPage(db.get(), criteria, max, 0), criteria + ", first " + max + ", walking the cases newest first");
            }
        }
        assertEquals(List.of(), CaseList.firstPage(db.get(), new CaseList.Criteria("router", "beiming", null, null, null, null, null, "P1",
                null, true), 5, 0), "nothing has all of it");
    }

    private static long idOf(CaseDesk.Opened opened) {
        return opened.id();
    }

    private List<String> search(String text) {
        return CaseList.search(db.get(), new CaseList.Criteria(text, null, null, null, null, null, null, null, null, true)).stream()
                .map(CaseList.Row::number).toList();
    }
}
