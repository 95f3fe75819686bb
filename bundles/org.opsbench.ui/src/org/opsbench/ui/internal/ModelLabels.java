package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.opsbench.model.validation.ModelRules;

/** How model objects and values read in trees, tabs, the Properties view and conflict reviews. */
final class ModelLabels {

    /** Features that identify an object to people, most telling first. */
    private static final List<List<String>> NAMING = List.of(List.of("code", "name"), List.of("number"),
            List.of("employeeNumber", "name"), List.of("vendor", "model", "serialNumber"), List.of("name"));

    private ModelLabels() {
    }

    /** @return e.g. "C-0001  Harbour Customs Bureau", "Huawei S5735 2102351234", or "New site" when unnamed */
    static String text(EObject object) {
        for (List<String> names : NAMING) {
            EStructuralFeature first = object.eClass().getEStructuralFeature(names.get(0));
            if (first == null) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String name : names) {
                Object value = object.eGet(object.eClass().getEStructuralFeature(name));
                if (value != null && !value.toString().isBlank()) {
                    parts.add(value.toString());
                }
            }
            if (!parts.isEmpty()) {
                return String.join("  ", parts);
            }
        }
        return org.eclipse.osgi.util.NLS.bind(Messages.editorUnnamed, ModelRules.label(object.eClass()));
    }

    /** @return the value as a user reads it: enum labels, names of referenced objects, lists joined by commas */
    static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return ModelRules.label(literal);
        }
        if (value instanceof EObject object) {
            return text(object);
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
