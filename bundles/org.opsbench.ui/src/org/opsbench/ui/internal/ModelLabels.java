package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.opsbench.model.validation.ModelRules;

/** How model objects and values read in trees, tabs, the Properties view and conflict reviews. */
public final class ModelLabels {

    private ModelLabels() {
    }

    /** @return the value as a user reads it: enum labels, names of referenced objects, lists joined by commas */
    public static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return ModelRules.label(literal);
        }
        if (value instanceof EObject object) {
            return ModelRules.name(object);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object element : list) {
                parts.add(value(element));
            }
            return String.join(", ", parts);
        }
        return value.toString();
    }
}
