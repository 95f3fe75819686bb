package org.opsbench.cases;

import java.util.List;

import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.EscalationMode;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.EscalationStep;
import org.opsbench.cases.model.SeverityLevel;
import org.opsbench.cases.model.SeverityScheme;
import org.opsbench.cases.internal.Messages;

/**
 * The severity schemes and escalation plans OpsBench ships (DOMAIN.md, "Cases"). They are
 * stored as data on first use and edited there; nothing in the engine knows these numbers.
 * A step's role is the name of a {@link org.opsbench.model.Role}: its users are notified.
 */
public final class CaseDefaults {

    public static final String P_SCHEME = "P1-P4";
    public static final String C_SCHEME = "C-1..C-3";
    public static final String MATRIX_PLAN = "Escalation matrix (P1-P4)";
    public static final String BUSINESS_HOURS_PLAN = "Business hours (C-1..C-3)";
    public static final String PER_STEP_PLAN = "One day per handling step";

    private static final CasesFactory F = CasesFactory.eINSTANCE;
    private static final int HOUR = 60;

    private CaseDefaults() {
    }

    /** P1 system down (1 h), P2 major degradation (2 h), P3 function impaired (4 h), P4 information request (24 h). */
    public static SeverityScheme pScheme() {
        SeverityScheme scheme = scheme(P_SCHEME);
        level(scheme, "P1", 30, HOUR, 1);
        level(scheme, "P2", 30, 2 * HOUR, 1);
        level(scheme, "P3", 60, 4 * HOUR, 1);
        level(scheme, "P4", 60, 24 * HOUR, 1);
        return scheme;
    }

    /** C-1 whole network (4 engineers), C-2 part of the network (2), C-3 performance (1); 1 / 8 / 24 working hours. */
    public static SeverityScheme cScheme() {
        SeverityScheme scheme = scheme(C_SCHEME);
        level(scheme, "C-1", 30, HOUR, 4);
        level(scheme, "C-2", 30, 8 * HOUR, 2);
        level(scheme, "C-3", 60, 24 * HOUR, 1);
        return scheme;
    }

    /** The matrix of elapsed time since opening without diagnosis and the role notified. */
    public static EscalationPlan matrixPlan(SeverityScheme pScheme) {
        EscalationPlan plan = plan(MATRIX_PLAN, pScheme, EscalationMode.SINCE_OPENED);
        step(plan, "P1", 1, "response-center-manager");
        step(plan, "P1", 4, "technical-manager");
        step(plan, "P1", 24, "technical-center-manager");
        step(plan, "P1", 48, "integration-manager");
        step(plan, "P1", 72, "general-manager");
        step(plan, "P2", 4, "response-center-manager");
        step(plan, "P2", 24, "technical-manager");
        step(plan, "P2", 48, "technical-center-manager");
        step(plan, "P3", 24, "response-center-manager");
        step(plan, "P3", 48, "technical-manager");
        step(plan, "P4", 48, "response-center-manager");
        step(plan, "P4", 72, "technical-manager");
        return plan;
    }

    /** Business hours: at the limit the regional supervisor, at twice the limit headquarters. */
    public static EscalationPlan businessHoursPlan(SeverityScheme cScheme) {
        EscalationPlan plan = plan(BUSINESS_HOURS_PLAN, cScheme, EscalationMode.SINCE_OPENED);
        int[] limits = { 1, 8, 24 };
        String[] codes = { "C-1", "C-2", "C-3" };
        for (int i = 0; i < codes.length; i++) {
            step(plan, codes[i], limits[i], "regional-supervisor");
            step(plan, codes[i], 2 * limits[i], "headquarters-support");
        }
        return plan;
    }

    /** Every handling step gets one working day (8 working hours); each further day in the same step goes one level up. */
    public static EscalationPlan perStepPlan(SeverityScheme pScheme) {
        EscalationPlan plan = plan(PER_STEP_PLAN, pScheme, EscalationMode.PER_STEP);
        for (String code : List.of("P1", "P2", "P3", "P4")) {
            step(plan, code, 8, "engineering-supervisor");
            step(plan, code, 16, "technical-manager");
            step(plan, code, 24, "technical-center-manager");
        }
        return plan;
    }

    private static SeverityScheme scheme(String name) {
        SeverityScheme scheme = F.createSeverityScheme();
        scheme.setName(name);
        return scheme;
    }

    /** A level named and described in the language of the workbench that stores the defaults first. */
    private static void level(SeverityScheme scheme, String code, int responseMinutes, int resolveMinutes, int engineers) {
        SeverityLevel level = F.createSeverityLevel();
        level.setCode(code);
        level.setName(Messages.format("level." + code + ".name"));
        level.setDescription(Messages.format("level." + code + ".description"));
        level.setResponseMinutes(responseMinutes);
        level.setResolveMinutes(resolveMinutes);
        level.setEngineers(engineers);
        scheme.getLevels().add(level);
    }

    private static EscalationPlan plan(String name, SeverityScheme scheme, EscalationMode mode) {
        EscalationPlan plan = F.createEscalationPlan();
        plan.setName(name);
        plan.setScheme(scheme);
        plan.setMode(mode);
        plan.setWarningPercent(80);
        plan.getReminderMinutes().addAll(List.of(30, 45));
        plan.setReassignMinutes(45);
        plan.getPausingStatuses().addAll(List.of(CaseStatus.WAITING_FOR_CUSTOMER, CaseStatus.WAITING_FOR_PART));
        return plan;
    }

    private static void step(EscalationPlan plan, String severity, int afterHours, String role) {
        EscalationStep step = F.createEscalationStep();
        step.setSeverity(severity);
        step.setAfterMinutes(afterHours * HOUR);
        step.setRole(role);
        plan.getSteps().add(step);
    }
}
