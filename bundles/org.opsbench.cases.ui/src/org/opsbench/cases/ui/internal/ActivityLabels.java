package org.opsbench.cases.ui.internal;

import java.util.ResourceBundle;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.SlaEventKind;

/** Names of activity and SLA event kinds in the user's language (labels.properties, labels_zh.properties). */
final class ActivityLabels {

    private static final ResourceBundle LABELS = ResourceBundle.getBundle("org.opsbench.cases.ui.internal.labels",
            java.util.Locale.getDefault(), ActivityLabels.class.getClassLoader());

    private ActivityLabels() {
    }

    static String kind(ActivityKind kind) {
        return LABELS.getString("activity_" + kind.getName());
    }

    static String event(SlaEventKind kind) {
        return LABELS.getString("event_" + kind.getName());
    }
}
