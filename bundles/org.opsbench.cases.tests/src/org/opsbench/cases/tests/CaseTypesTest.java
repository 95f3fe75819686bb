package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseException;
import org.opsbench.cases.CaseTypes;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.persistence.Database;

/** Case types from the extension point: the built-in four and what this test bundle contributes as a third-party plug-in would. */
@ExtendWith(EnglishLocale.class)
class CaseTypesTest {

    private static final Instant AT = CaseFixture.shanghai("2026-05-11T10:00");

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();

    @Test
    void contributedTypesJoinTheBuiltInOnesAndMalformedOrDuplicateOnesAreLeftOut() {
        List<CaseTypes.CaseType> types = CaseTypes.all();
        assertEquals(List.of("defect-technical", "org.opsbench.cases.tests.security-incident", "defect-business", "defect-operation",
                "consultation"), types.stream().map(CaseTypes.CaseType::id).toList(), "in their order; the broken one left out");
        CaseTypes.CaseType security = types.get(1);
        assertEquals("Security incident", security.name());
        assertEquals(CaseKind.DEFECT, security.kind());
        assertEquals(DefectClass.TECHNICAL, security.defectClass(), "a defect without a class is technical");
        assertEquals("org.opsbench.cases.tests", security.contributor());
        assertEquals("Consultation", CaseTypes.find("consultation").name(), "the built-in declaration wins over the duplicate");
        assertEquals("Defect: business problem", CaseTypes.name(null, CaseKind.DEFECT, DefectClass.BUSINESS), "a case stored before types");
        assertEquals("com.example.removed", CaseTypes.name("com.example.removed", CaseKind.DEFECT, DefectClass.TECHNICAL),
                "a type whose plug-in is gone keeps its id");
    }

    @Test
    void aCaseOfAContributedTypeFollowsItsWorkflowAndAnUnknownTypeIsRefused() {
        Database database = db.get();
        CaseDesk desk = new CaseDesk(database, "agent");
        CaseDesk.Opened opened = desk.open(new CaseDesk.Intake("hotline", null, "Port scan from a branch", null, null, "P2",
                CaseKind.CONSULTATION, null, null, "org.opsbench.cases.tests.security-incident"), AT);
        ServiceCase stored = desk.read(opened.id());
        assertEquals("org.opsbench.cases.tests.security-incident", stored.getCaseType());
        assertEquals(CaseKind.DEFECT, stored.getKind(), "the type decides the workflow, not the kind passed along");
        assertEquals(DefectClass.TECHNICAL, stored.getDefectClass());

        CaseDesk.Opened plain = desk.open(new CaseDesk.Intake("hotline", null, "How to renew", null, null, "P4", CaseKind.CONSULTATION, null,
                null), AT);
        assertEquals("consultation", desk.read(plain.id()).getCaseType(), "without a type, the built-in one of the kind");

        assertEquals("There is no case type \"com.example.gone\": the plug-in that adds it may not be installed.",
                assertThrows(CaseException.class, () -> desk.open(new CaseDesk.Intake("hotline", null, "x", null, null, "P4",
                        CaseKind.CONSULTATION, null, null, "com.example.gone"), AT)).getMessage());
        assertEquals(2L, database.list("SELECT COUNT(c) FROM ServiceCase c", Long.class).get(0), "the refused intake stored nothing");
    }
}
