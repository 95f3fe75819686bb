package org.opsbench.ui.internal;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.validation.ModelRules;

/** What the Properties view shows for a navigator node: read-only, from the list query (no aggregate is loaded). */
final class NodeProperties implements IPropertySource {

    private static final String TYPE = "type";
    private static final String CODE = "code";
    private static final String NAME = "name";

    private final NavigatorNode node;

    NodeProperties(NavigatorNode node) {
        this.node = node;
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return new IPropertyDescriptor[] { new PropertyDescriptor(TYPE, Messages.propertyType),
                new PropertyDescriptor(CODE, Messages.propertyCode), new PropertyDescriptor(NAME, Messages.propertyName) };
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
            case TYPE -> kindLabel(node.kind());
            case CODE -> node.code() == null ? "" : node.code();
            default -> node.name() == null ? "" : node.name();
        };
    }

    static String kindLabel(NavigatorNode.Kind kind) {
        return switch (kind) {
            case REGION -> ModelRules.label(OpsPackage.Literals.REGION);
            case OFFICE -> ModelRules.label(OpsPackage.Literals.OFFICE);
            case CUSTOMER -> ModelRules.label(OpsPackage.Literals.CUSTOMER);
            case SITE -> ModelRules.label(OpsPackage.Literals.SITE);
            case EQUIPMENT -> ModelRules.label(OpsPackage.Literals.EQUIPMENT);
            case ENGINEER -> ModelRules.label(OpsPackage.Literals.ENGINEER);
            default -> Messages.navigatorEngineers;
        };
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // read-only
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // read-only: open the editor to change anything
    }
}
