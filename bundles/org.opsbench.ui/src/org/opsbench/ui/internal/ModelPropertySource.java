package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.opsbench.model.validation.ModelRules;

/**
 * A model object in the Properties view: the same features as its form, edited through the same
 * commands (so the editor's undo covers them); text that is not a value is refused with its message.
 */
final class ModelPropertySource implements IPropertySource {

    interface Setter {
        void set(EObject object, EStructuralFeature feature, Object value);
    }

    private final EObject object;
    private final Setter setter;

    ModelPropertySource(EObject object, Setter setter) {
        this.object = object;
        this.setter = setter;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> descriptors = new ArrayList<>();
        String category = ModelRules.label(object.eClass());
        for (EStructuralFeature feature : FormFeatures.of(object.eClass())) {
            PropertyDescriptor descriptor = switch (FormFeatures.kind(feature)) {
                case TEXT, LIST_OF_TEXT, NUMBER, DATE, TIME -> {
                    TextPropertyDescriptor text = new TextPropertyDescriptor(feature, ModelRules.label(feature));
                    text.setValidator(value -> {
                        try {
                            FormFeatures.parse(feature, (String) value);
                            return null;
                        } catch (FormFeatures.InputException e) {
                            return e.getMessage();
                        }
                    });
                    yield text;
                }
                case CHOICE -> new ComboBoxPropertyDescriptor(feature, ModelRules.label(feature), literalLabels(feature));
                default -> new PropertyDescriptor(feature, ModelRules.label(feature));
            };
            descriptor.setCategory(category);
            descriptors.add(descriptor);
        }
        return descriptors.toArray(IPropertyDescriptor[]::new);
    }

    private static String[] literalLabels(EStructuralFeature feature) {
        return ((EEnum) feature.getEType()).getELiterals().stream().map(literal -> ModelRules.label(literal.getInstance()))
                .toArray(String[]::new);
    }

    private static List<Object> literals(EStructuralFeature feature) {
        return ((EEnum) feature.getEType()).getELiterals().stream().map(EEnumLiteral::getInstance).map(Object.class::cast).toList();
    }

    @Override
    public Object getPropertyValue(Object id) {
        EStructuralFeature feature = (EStructuralFeature) id;
        return switch (FormFeatures.kind(feature)) {
            case TEXT, LIST_OF_TEXT, NUMBER, DATE, TIME -> FormFeatures.format(object, feature);
            case CHOICE -> literals(feature).indexOf(object.eGet(feature));
            default -> ModelLabels.value(object.eGet(feature));
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return object.eIsSet((EStructuralFeature) id);
    }

    @Override
    public void resetPropertyValue(Object id) {
        // defaults are not offered: a value is typed or chosen
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        EStructuralFeature feature = (EStructuralFeature) id;
        try {
            Object newValue = switch (FormFeatures.kind(feature)) {
                case CHOICE -> literals(feature).get((Integer) value);
                default -> FormFeatures.parse(feature, (String) value);
            };
            Object current = object.eGet(feature);
            if (newValue == null ? current != null : !newValue.equals(current)) {
                setter.set(object, feature, newValue);
            }
        } catch (FormFeatures.InputException e) {
            // the cell editor's validator already refused it
        }
    }
}
