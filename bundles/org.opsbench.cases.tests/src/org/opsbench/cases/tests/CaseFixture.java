package org.opsbench.cases.tests;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.opsbench.cases.CaseSetup;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.CasesPackage;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.core.calendar.Calendars;
import org.opsbench.core.calendar.HolidayList;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.notifications.model.NotificationsPackage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.ModelSession;

/** A real database with the core and case packages, the shipped plans and two calendars. */
final class CaseFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String FIVE_BY_EIGHT = "5x8 PRC";
    static final String SEVEN_BY_TWENTY_FOUR = "7x24";

    private CaseFixture() {
    }

    static Database open(Path folder) {
        return open(DatabaseSettings.embedded(folder));
    }

    static Database open(DatabaseSettings settings) {
        return Database.open(settings, List.of(CasesPackage.eINSTANCE, NotificationsPackage.eINSTANCE));
    }

    static void installDefaults(Database database) {
        try (ModelSession session = database.openSession()) {
            BusinessCalendar fiveByEight = Calendars.fiveByEight(FIVE_BY_EIGHT, "Asia/Shanghai");
            HolidayList.prcStatutory(2026).applyTo(fiveByEight);
            session.add(fiveByEight);
            session.add(Calendars.sevenByTwentyFour(SEVEN_BY_TWENTY_FOUR, "Asia/Shanghai"));
            session.save();
        }
        CaseSetup.ensureDefaults(database);
    }

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** Opens and stores a case; @return its id */
    static long openCase(Database database, String number, String severity, String calendarName, String planName, Instant at) {
        try (ModelSession session = database.openSession()) {
            ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
            serviceCase.setSeverity(severity);
            serviceCase.setTitle("Core switch down");
            serviceCase.setCalendar(session.query("SELECT k FROM BusinessCalendar k WHERE k.name = ?1", BusinessCalendar.class,
                    calendarName).get(0));
            serviceCase.setPlan(session.query("SELECT p FROM EscalationPlan p WHERE p.name = ?1", EscalationPlan.class, planName)
                    .get(0));
            CaseWorkflow.open(serviceCase, number, at, "agent");
            session.add(serviceCase);
            session.save();
            return ((org.opsbench.model.base.PersistentObject) serviceCase).getPersistentId();
        }
    }
}
