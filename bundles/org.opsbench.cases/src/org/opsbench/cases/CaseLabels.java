package org.opsbench.cases;

import java.util.Locale;
import java.util.ResourceBundle;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.SlaEventKind;

/** Names of case types, activity kinds and SLA event kinds in the user's language, for views and reports alike. */
public final class CaseLabels {

    private CaseLabels() {
    }

    private static String label(String key) {
        return ResourceBundle.getBundle("org.opsbench.cases.labels", Locale.getDefault(), CaseLabels.class.getClassLoader()).getString(key);
    }

    public static String activity(ActivityKind kind) {
        return label("activity_" + kind.getName());
    }

    public static String event(SlaEventKind kind) {
        return label("event_" + kind.getName());
    }

    /** @return "Consultation", or the defect with its class, e.g. "Defect: technical problem"; empty when unknown */
    public static String kind(CaseKind kind, DefectClass defectClass) {
        if (kind == CaseKind.CONSULTATION) {
            return label("kind_CONSULTATION");
        }
        return defectClass == null ? "" : label("defect_" + defectClass.getName());
    }
}
