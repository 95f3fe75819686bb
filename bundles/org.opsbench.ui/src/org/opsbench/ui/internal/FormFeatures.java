package org.opsbench.ui.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.model.validation.ModelRules.InputProblem;

/**
 * Which features of a class a form or the Properties view edits, and how typed text becomes a value.
 * Everything is derived from the Ecore model, so a feature added to the model shows up in its editor.
 */
public final class FormFeatures {

    /** What kind of field edits a feature. */
    enum Kind {
        TEXT, LIST_OF_TEXT, NUMBER, DATE, TIME, CHOICE, CHECK, REFERENCE, READ_ONLY
    }

    /** Typed text that is not a value of the feature; the text is kept, the model is not changed. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    private FormFeatures() {
    }

    /** @return the features users edit, in model order: attributes and cross references, never containment */
    public static List<EStructuralFeature> of(EClass eClass) {
        List<EStructuralFeature> features = new ArrayList<>();
        for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
            boolean containment = feature instanceof EReference reference && (reference.isContainment() || reference.isContainer());
            if (!containment && feature.isChangeable() && !feature.isTransient() && !feature.isDerived()) {
                features.add(feature);
            }
        }
        return features;
    }

    static Kind kind(EStructuralFeature feature) {
        if (feature instanceof EReference) {
            return feature.isMany() ? Kind.READ_ONLY : Kind.REFERENCE;
        }
        Class<?> type = feature.getEType().getInstanceClass();
        if (feature.getEType() instanceof EEnum) {
            return Kind.CHOICE;
        }
        if (type == String.class) {
            return feature.isMany() ? Kind.LIST_OF_TEXT : Kind.TEXT;
        }
        if (feature.isMany()) {
            return Kind.READ_ONLY;
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Kind.NUMBER;
        }
        if (type == LocalDate.class) {
            return Kind.DATE;
        }
        if (type == LocalTime.class) {
            return Kind.TIME;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Kind.CHECK;
        }
        return Kind.READ_ONLY;
    }

    /** @return the value as it is typed into a text field */
    static String format(EObject object, EStructuralFeature feature) {
        Object value = object.eGet(feature);
        return switch (kind(feature)) {
            case LIST_OF_TEXT -> String.join(", ", (List<?>) value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList());
            case TEXT, NUMBER, DATE, TIME -> value == null ? "" : value.toString();
            default -> ModelLabels.value(value);
        };
    }

    /** @return the value typed text stands for: empty text is "not set", lists are separated by commas */
    static Object parse(EStructuralFeature feature, String text) throws InputException {
        String trimmed = text.trim();
        Class<?> type = feature.getEType().getInstanceClass();
        switch (kind(feature)) {
            case LIST_OF_TEXT:
                return trimmed.isEmpty() ? List.of()
                        : Arrays.stream(trimmed.split("\\s*[,，]\\s*")).filter(part -> !part.isEmpty()).toList();
            case TEXT:
                return text.isEmpty() ? null : text;
            case NUMBER:
                if (trimmed.isEmpty()) {
                    return feature.getDefaultValue();
                }
                try {
                    long number = Long.parseLong(trimmed);
                    if (type == int.class || type == Integer.class) {
                        return Math.toIntExact(number);
                    }
                    return number;
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new InputException(ModelRules.inputProblem(InputProblem.NOT_A_NUMBER, text));
                }
            case DATE:
                try {
                    return trimmed.isEmpty() ? null : LocalDate.parse(trimmed);
                } catch (DateTimeParseException e) {
                    throw new InputException(ModelRules.inputProblem(InputProblem.NOT_A_DATE, text));
                }
            case TIME:
                try {
                    return trimmed.isEmpty() ? null : LocalTime.parse(trimmed);
                } catch (DateTimeParseException e) {
                    throw new InputException(ModelRules.inputProblem(InputProblem.NOT_A_TIME, text));
                }
            default:
                throw new IllegalArgumentException(feature.getName() + " is not edited as text");
        }
    }

    /** @return the objects a reference may point to: objects of its type inside the same aggregate */
    static List<EObject> candidates(EObject root, EReference reference) {
        List<EObject> candidates = new ArrayList<>();
        root.eAllContents().forEachRemaining(object -> {
            if (reference.getEReferenceType().isInstance(object)) {
                candidates.add(object);
            }
        });
        return candidates;
    }

    /** @return whether the reference points inside the aggregate (editable) rather than to shared data */
    static boolean pointsInside(EClass rootClass, EReference reference) {
        EClass target = reference.getEReferenceType();
        return reachable(rootClass, target, new ArrayList<>());
    }

    private static boolean reachable(EClass from, EClass target, List<EClass> seen) {
        if (seen.contains(from)) {
            return false;
        }
        seen.add(from);
        for (EReference containment : from.getEAllContainments()) {
            EClass child = containment.getEReferenceType();
            if (target.isSuperTypeOf(child) || child.isSuperTypeOf(target) || reachable(child, target, seen)) {
                return true;
            }
        }
        return false;
    }
}
