package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.KnowledgeBase;
import org.opsbench.cases.SavedSearches;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.persistence.Database;

/** Saved searches per user and the knowledge base: articles from solved cases, suggested at intake. */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class SavedSearchesAndKnowledgeTest {

    private static final Instant MONDAY = CaseFixture.shanghai("2026-05-11T10:00");

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();
    private Database database;
    private CaseDesk desk;
    private CallerLookup.Match water;
    private CallerLookup.Match tax;

    @BeforeEach
    void open() {
        database = db.get();
        Directory.install(database);
        desk = new CaseDesk(database, "agent");
        CallerLookup lookup = new CallerLookup(database);
        water = lookup.find("SC-0001-2024").get(0);
        tax = lookup.find("SC-0002-2021").get(0);
    }

    @Test
    void aSavedSearchRunsAgainWithEveryCriterionAndBelongsToItsOwner() {
        long ma = Directory.engineerId(database, "E3");
        long taxId = Directory.customerId(database, "C-0002");
        CaseDesk.Opened printer = desk.open(new CaseDesk.Intake("email", tax, "Printer queue stuck", "Invoices do not print.", "Beiming",
                "P3", CaseKind.DEFECT, DefectClass.OPERATION, ma), MONDAY);
        desk.open(new CaseDesk.Intake("hotline", water, "Pump controller offline", "The SCADA link dropped.", "Lanting", "P2",
                CaseKind.DEFECT, DefectClass.TECHNICAL, null), MONDAY.plusSeconds(60));

        CaseList.Choices choices = CaseList.choices(database);
        assertEquals(List.of("Lanshan Tax Bureau", "Qinghe Water Works", "Yunzhou Middle School"),
                choices.customers().stream().map(CaseList.Choice::name).toList(), "the search form's customers, by name");
        assertEquals(new CaseList.Choice(ma, "Ma Tao"), choices.engineers().get(3));

        SavedSearches mine = new SavedSearches(database, "agent");
        CaseList.Criteria criteria = new CaseList.Criteria("invoices", "beim", CaseKind.DEFECT, MONDAY.minusSeconds(3600),
                MONDAY.plusSeconds(3600), taxId, CaseStatus.SUBMITTED, "P3", ma, true);
        SavedSearches.Saved saved = mine.save("  Tax printers ", false, criteria);
        assertEquals("Tax printers", saved.name(), "the name is trimmed");
        assertEquals(criteria, saved.criteria(), "every criterion comes back as saved");
        assertEquals(List.of(printer.number()), CaseList.search(database, mine.list().get(0).criteria()).stream()
                .map(CaseList.Row::number).toList());

        CaseList.Criteria wider = new CaseList.Criteria(null, null, null, null, null, null, null, null, null, false);
        mine.save("Tax printers", true, wider);
        assertEquals(1, mine.list().size(), "saving under the same name replaces");
        assertEquals(wider, mine.list().get(0).criteria(), "no criterion of the first version is left over");
        assertEquals(2, CaseList.search(database, mine.list().get(0).criteria()).size());

        SavedSearches colleague = new SavedSearches(database, "dispatcher");
        colleague.save("My pumps", false, wider);
        assertEquals(List.of("My pumps", "Tax printers"), colleague.list().stream().map(SavedSearches.Saved::name).toList(),
                "one's own and the shared ones");
        assertEquals(List.of("Tax printers"), mine.list().stream().map(SavedSearches.Saved::name).toList(),
                "a colleague's private search is not offered");
        CaseException notOwner = assertThrows(CaseException.class, () -> colleague.delete(saved.id()));
        assertEquals("The search \"Tax printers\" belongs to agent; only its owner can delete it.", notOwner.getMessage());
        assertEquals("Give the search a name to save it under.",
                assertThrows(CaseException.class, () -> mine.save(" ", false, wider)).getMessage());
        assertEquals("The name has 81 characters; a saved search name has at most 80.",
                assertThrows(CaseException.class, () -> mine.save("x".repeat(81), false, wider)).getMessage());
        mine.delete(saved.id());
        assertEquals(List.of("My pumps"), colleague.list().stream().map(SavedSearches.Saved::name).toList());
    }

    @Test
    void anArticleIsWrittenFromASolvedCaseAndSuggestedWhenANewDescriptionMatches() {
        CaseDesk.Opened pump = desk.open(new CaseDesk.Intake("hotline", water, "Pump controller offline",
                "The SCADA link to the pump controller drops every few minutes.", "Lanting", "P2", CaseKind.DEFECT,
                DefectClass.TECHNICAL, Directory.engineerId(database, "E1")), MONDAY);
        KnowledgeBase knowledge = new KnowledgeBase(database, "gao");
        CaseException unsolved = assertThrows(CaseException.class, () -> knowledge.draftFromCase(pump.id()));
        assertEquals("Case " + pump.number() + " is \"submitted\": an article is written from a solved case (replied or closed).",
                unsolved.getMessage());

        desk.record(pump.id(), ActivityKind.REMOTE_SESSION, "Replaced the fibre transceiver on port 7; the link is stable.", false,
                MONDAY.plusSeconds(600));
        Instant moved = MONDAY.plusSeconds(1200);
        for (CaseStatus status : List.of(CaseStatus.ANALYSED, CaseStatus.CONFIRMED, CaseStatus.FIXING)) {
            desk.advance(pump.id(), status, status == CaseStatus.ANALYSED ? "Link errors on port 7." : null, moved);
            moved = moved.plusSeconds(60);
        }
        desk.advance(pump.id(), CaseStatus.REPLIED, "Told Wang Wei the transceiver was replaced.", moved);
        Instant step = moved.plusSeconds(60);
        KnowledgeBase.Draft draft = knowledge.draftFromCase(pump.id());
        assertEquals("Pump controller offline", draft.title());
        assertEquals("The SCADA link to the pump controller drops every few minutes.", draft.symptom());
        assertEquals("Told Wang Wei the transceiver was replaced.", draft.solution(), "the last comment on the work, for the author to edit");
        assertEquals("Lanting", draft.vendor());

        assertEquals("An article needs the symptom and the solution: what the customer saw and what solved it.",
                assertThrows(CaseException.class, () -> knowledge.publish(new KnowledgeBase.Draft(draft.title(), draft.symptom(), null, " ",
                        null, null, pump.id()), step)).getMessage());
        KnowledgeBase.Article article = knowledge.publish(new KnowledgeBase.Draft(draft.title(), draft.symptom(),
                "A worn fibre transceiver.", draft.solution(), draft.vendor(), "SFP, optical module", pump.id()), step);
        assertEquals("KB-0001", article.number());
        assertEquals(pump.number(), article.sourceCaseNumber());
        assertEquals(List.of("KB-0001"), knowledge.numbersForCase(pump.id()), "the case shows its article");
        KnowledgeBase.Article printers = knowledge.publish(new KnowledgeBase.Draft("Printer queue stuck after update",
                "Invoices stay in the queue.", null, "Restart the spooler.", "Beiming", null, null), step);
        assertEquals("KB-0002", printers.number());
        KnowledgeBase.Article chinese = knowledge.publish(new KnowledgeBase.Draft("交换机端口频繁掉线", "接入交换机的上联端口每隔几分钟掉线一次。",
                "光模块老化。", "更换光模块。", "Lanting", null, null), step);

        List<KnowledgeBase.Suggestion> found = knowledge.suggest("Customer says the SCADA link of a pump drops again", "Lanting", 5);
        assertEquals(List.of("KB-0001"), found.stream().map(s -> s.article().number()).toList());
        assertEquals(List.of("scada", "link", "pump", "drops"), found.get(0).matched());
        assertEquals(List.of("KB-0001"), knowledge.suggest("optical module (SFP) errors on a link", null, 5).stream()
                .map(s -> s.article().number()).toList(), "keywords match too");
        assertEquals(List.of(), knowledge.suggest("The pump room door is locked", null, 5), "one shared word of several is not enough");
        assertEquals(List.of(chinese.number()), knowledge.suggest("客户报告交换机端口掉线", null, 5).stream().map(s -> s.article().number())
                .toList(), "Chinese is matched by character pairs");
        assertTrue(knowledge.suggest("", null, 5).isEmpty());

        knowledge.retire(article.id(), step);
        assertEquals(List.of(), knowledge.suggest("Customer says the SCADA link of a pump drops again", null, 5),
                "a retired article is no longer suggested");
        assertEquals(pump.number(), knowledge.read(article.id()).sourceCaseNumber(), "but it is kept");

        desk.close(pump.id(), new CaseLifecycle.Survey("Wang Wei", 5, ""), step.plusSeconds(600));
        assertEquals("Pump controller offline", knowledge.draftFromCase(pump.id()).title(), "a closed case is solved too");

        // The knowledge base's list, and editing an article.
        assertEquals(List.of("KB-0002", "KB-0003"), knowledge.list(false).stream().map(KnowledgeBase.Listed::number).toList());
        KnowledgeBase.Listed retired = knowledge.list(true).get(0);
        assertEquals("KB-0001", retired.number());
        assertTrue(retired.retired());
        assertEquals(pump.number(), retired.sourceCaseNumber());
        knowledge.reinstate(article.id(), step.plusSeconds(700));
        assertEquals(List.of("KB-0001"), knowledge.suggest("Customer says the SCADA link of a pump drops again", null, 5).stream()
                .map(s -> s.article().number()).toList(), "suggested again");

        KnowledgeBase.Article read = knowledge.read(printers.id());
        KnowledgeBase.Draft changed = new KnowledgeBase.Draft("Printer queue stuck after driver update", read.symptom(), "Driver 5.1",
                read.solution(), read.vendor(), "spooler", null);
        KnowledgeBase.Article updated = knowledge.update(printers.id(), read.version(), changed, step.plusSeconds(800));
        assertEquals("Printer queue stuck after driver update", updated.title());
        assertEquals("KB-0002", updated.number(), "the number stays");
        assertEquals("Article KB-0002 was changed by a colleague after you opened it. Open it again and make your change once more.",
                assertThrows(CaseException.class, () -> knowledge.update(printers.id(), read.version(), read.draft(),
                        step.plusSeconds(900))).getMessage(), "an edit of the old version is refused, not written over the new one");
        assertEquals("An article needs the symptom and the solution: what the customer saw and what solved it.",
                assertThrows(CaseException.class, () -> knowledge.update(printers.id(), updated.version(), new KnowledgeBase.Draft(
                        "Title", " ", null, "x", null, null, null), step)).getMessage());
        assertEquals("Printer queue stuck after driver update", knowledge.read(printers.id()).title(), "nothing half written");
    }
}
