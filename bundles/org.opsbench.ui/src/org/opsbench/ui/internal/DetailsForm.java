package org.opsbench.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.opsbench.model.validation.ModelRules;

/**
 * The form of one class (customer, site, equipment, contract, engineer, ...): a labelled field per
 * feature with its problem message right below it. It shows one object at a time; every edit goes
 * to the {@link Editing} callback (a command, so it can be undone). Text that cannot become a value
 * (a date like "2026-13-01") stays in the field with its message and is handed back as pending input.
 */
final class DetailsForm {

    /** What the form asks of its editor. */
    interface Editing {
        /** Sets a feature (through a command). */
        void set(EObject object, EStructuralFeature feature, Object value);

        /** Sets a feature from typing: the keystrokes of one spell of typing make one step to undo. */
        void typed(EObject object, EStructuralFeature feature, Object value);

        /** The user left the field: the next keystroke starts a new step. */
        void typingEnded();

        /** Typed text that is not a value yet, or null once the field holds a value again. */
        void pending(EObject object, EStructuralFeature feature, String text, String problem);
    }

    private final EClass eClass;
    private final Composite body;
    private final Editing editing;
    private final Map<EStructuralFeature, Control> fields = new LinkedHashMap<>();
    private final Map<EStructuralFeature, Label> problems = new LinkedHashMap<>();
    private EObject object;
    private final Map<EStructuralFeature, List<EObject>> choices = new java.util.HashMap<>();
    private boolean showing;

    DetailsForm(Composite parent, EClass eClass, EClass rootClass, Editing editing) {
        this.eClass = eClass;
        this.editing = editing;
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 3).applyTo(body);
        Label title = new Label(body, SWT.NONE);
        title.setText(ModelRules.label(eClass));
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(title);
        for (EStructuralFeature feature : FormFeatures.of(eClass)) {
            new Label(body, SWT.NONE).setText(org.eclipse.osgi.util.NLS.bind(Messages.fieldLabel, ModelRules.label(feature)));
            Control field = createField(feature, rootClass);
            field.setData("org.opsbench.testing.id", eClass.getName() + "." + feature.getName());
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(field);
            fields.put(feature, field);
            Label problem = new Label(body, SWT.WRAP);
            problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
            problem.setData("org.opsbench.testing.id", eClass.getName() + "." + feature.getName() + ".problem");
            problem.setLayoutData(hiddenRow());
            problems.put(feature, problem);
        }
    }

    private static GridData hiddenRow() {
        GridData data = GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).create();
        data.exclude = true;
        return data;
    }

    private Control createField(EStructuralFeature feature, EClass rootClass) {
        switch (FormFeatures.kind(feature)) {
            case CHOICE: {
                Combo combo = new Combo(body, SWT.READ_ONLY);
                for (EEnumLiteral literal : ((EEnum) feature.getEType()).getELiterals()) {
                    combo.add(ModelRules.label(literal.getInstance()));
                }
                combo.addListener(SWT.Selection, e -> edited(feature,
                        ((EEnum) feature.getEType()).getELiterals().get(combo.getSelectionIndex()).getInstance()));
                return combo;
            }
            case CHECK: {
                Button check = new Button(body, SWT.CHECK);
                check.addListener(SWT.Selection, e -> edited(feature, check.getSelection()));
                return check;
            }
            case REFERENCE:
                if (FormFeatures.pointsInside(rootClass, (EReference) feature)) {
                    Combo combo = new Combo(body, SWT.READ_ONLY);
                    combo.addListener(SWT.Selection, e -> {
                        int index = combo.getSelectionIndex();
                        edited(feature, index <= 0 ? null : choices.get(feature).get(index - 1));
                    });
                    return combo;
                }
                return readOnly();
            case READ_ONLY:
                return readOnly();
            default: {
                Text text = new Text(body, SWT.BORDER);
                text.addModifyListener(e -> typed(feature, text.getText()));
                text.addListener(SWT.FocusOut, e -> editing.typingEnded());
                return text;
            }
        }
    }

    private Text readOnly() {
        Text text = new Text(body, SWT.READ_ONLY);
        text.setBackground(body.getBackground());
        return text;
    }

    Composite control() {
        return body;
    }

    EClass eClass() {
        return eClass;
    }

    private void edited(EStructuralFeature feature, Object value) {
        if (showing || object == null) {
            return;
        }
        Object current = object.eGet(feature);
        if (value == null ? current != null : !value.equals(current)) {
            editing.set(object, feature, value);
        }
    }

    private void typed(EStructuralFeature feature, String text) {
        if (showing || object == null) {
            return;
        }
        try {
            Object value = FormFeatures.parse(feature, text);
            editing.pending(object, feature, null, null);
            Object current = object.eGet(feature);
            if (value == null ? current != null : !value.equals(current)) {
                editing.typed(object, feature, value);
            }
        } catch (FormFeatures.InputException e) {
            editing.pending(object, feature, text, e.getMessage());
        }
    }

    /**
     * Shows an object: its values (or the user's pending text), and its problems next to the fields.
     *
     * @param pendingTexts typed text per feature that is not a value yet
     * @param messages     problem message per feature (validation and pending input)
     */
    void show(EObject shown, EObject root, Map<EStructuralFeature, String> pendingTexts, Map<EStructuralFeature, String> messages) {
        object = shown;
        showing = true;
        try {
            for (Map.Entry<EStructuralFeature, Control> entry : fields.entrySet()) {
                EStructuralFeature feature = entry.getKey();
                Control field = entry.getValue();
                String pending = pendingTexts.get(feature);
                if (field instanceof Text text) {
                    String value = pending != null ? pending : FormFeatures.format(shown, feature);
                    // The user's own spelling of the value stays while they type ("a, " of a list), and so does
                    // the caret; a text that changed otherwise (undo, a colleague) gets the caret at its end.
                    if (!value.equals(text.getText()) && !(text.isFocusControl() && means(feature, text.getText(), shown))) {
                        text.setText(value);
                        text.setSelection(value.length());
                    }
                } else if (field instanceof Combo combo && FormFeatures.kind(feature) == FormFeatures.Kind.CHOICE) {
                    Object value = shown.eGet(feature);
                    combo.select(((EEnum) feature.getEType()).getELiterals().stream().map(EEnumLiteral::getInstance).toList().indexOf(value));
                } else if (field instanceof Combo combo) {
                    List<EObject> candidates = FormFeatures.candidates(root, (EReference) feature);
                    choices.put(feature, candidates);
                    combo.removeAll();
                    combo.add(Messages.editorNone);
                    for (EObject choice : candidates) {
                        combo.add(ModelRules.name(choice));
                    }
                    combo.select(candidates.indexOf(shown.eGet(feature)) + 1);
                } else if (field instanceof Button check) {
                    check.setSelection(Boolean.TRUE.equals(shown.eGet(feature)));
                }
                Label problem = problems.get(feature);
                String message = messages.get(feature);
                problem.setText(message == null ? "" : message);
                ((GridData) problem.getLayoutData()).exclude = message == null;
                problem.setVisible(message != null);
            }
        } finally {
            showing = false;
        }
        body.layout(true, true);
    }

    /** @return whether {@code typed} reads as the object's value of the feature */
    private static boolean means(EStructuralFeature feature, String typed, EObject shown) {
        try {
            return java.util.Objects.equals(FormFeatures.parse(feature, typed), shown.eGet(feature));
        } catch (FormFeatures.InputException e) {
            return false;
        }
    }

    void setEnabled(boolean enabled) {
        for (Control field : fields.values()) {
            field.setEnabled(enabled);
        }
    }

    /** @return the field of a feature, e.g. to put the cursor there */
    Control field(EStructuralFeature feature) {
        return fields.get(feature);
    }

    Control firstField() {
        return fields.values().stream().filter(control -> control instanceof Text text && text.getEditable()).findFirst()
                .orElse(body);
    }
}
