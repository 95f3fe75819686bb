package org.opsbench.cases;

import org.opsbench.cases.model.CaseSettings;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.SeverityScheme;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DuplicateValueException;
import org.opsbench.persistence.ModelSession;

/**
 * Stores the shipped severity schemes, escalation plans and case settings the first time a
 * database is used for cases. Afterwards they are the office's data: nothing here overwrites them.
 * Also anchors, once, the activity logs of a database written before logs were anchored.
 */
public final class CaseSetup {

    private CaseSetup() {
    }

    /** Stores the defaults that are missing; safe when several workbenches start at once. @return the settings */
    public static CaseSettings ensureDefaults(Database database) {
        ActivityLog.anchorLogsWrittenBeforeAnchors(database);
        try {
            return storeMissing(database);
        } catch (DuplicateValueException otherWorkbenchWasFirst) {
            // Scheme and plan names are unique: another workbench stored them a moment ago.
            return storeMissing(database);
        }
    }

    /** @return the case settings stored in the database, or unsaved defaults when there are none */
    public static CaseSettings settings(ModelSession session) {
        return session.findAll(CaseSettings.class, "persistentId").stream().findFirst()
                .orElseGet(CasesFactory.eINSTANCE::createCaseSettings);
    }

    private static CaseSettings storeMissing(Database database) {
        try (ModelSession session = database.openSession()) {
            SeverityScheme p = scheme(session, CaseDefaults.P_SCHEME);
            if (p == null) {
                p = CaseDefaults.pScheme();
                session.add(p);
            }
            SeverityScheme c = scheme(session, CaseDefaults.C_SCHEME);
            if (c == null) {
                c = CaseDefaults.cScheme();
                session.add(c);
            }
            EscalationPlan matrix = plan(session, CaseDefaults.MATRIX_PLAN);
            if (matrix == null) {
                matrix = CaseDefaults.matrixPlan(p);
                session.add(matrix);
            }
            if (plan(session, CaseDefaults.BUSINESS_HOURS_PLAN) == null) {
                session.add(CaseDefaults.businessHoursPlan(c));
            }
            if (plan(session, CaseDefaults.PER_STEP_PLAN) == null) {
                session.add(CaseDefaults.perStepPlan(p));
            }
            CaseSettings settings = session.findAll(CaseSettings.class, "persistentId").stream().findFirst().orElse(null);
            if (settings == null) {
                settings = CasesFactory.eINSTANCE.createCaseSettings();
                settings.setDefaultPlan(matrix);
                session.add(settings);
            }
            session.save();
            return ModelSession.detachedCopy(settings);
        }
    }

    private static SeverityScheme scheme(ModelSession session, String name) {
        return session.query("SELECT s FROM SeverityScheme s WHERE s.name = ?1", SeverityScheme.class, name).stream().findFirst()
                .orElse(null);
    }

    private static EscalationPlan plan(ModelSession session, String name) {
        return session.query("SELECT p FROM EscalationPlan p WHERE p.name = ?1", EscalationPlan.class, name).stream().findFirst()
                .orElse(null);
    }
}
