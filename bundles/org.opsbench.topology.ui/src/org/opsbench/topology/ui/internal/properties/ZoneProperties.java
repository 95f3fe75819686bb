package org.opsbench.topology.ui.internal.properties;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;
import org.opsbench.topology.ui.internal.Messages;

/**
 * A zone or site in the Properties view: name, kind and subnet (CIDR) editable, each change one
 * undoable step; a malformed subnet is refused with the reason, and the diagram's checks then hold
 * its devices' addresses against it. The number of devices in it is shown.
 */
public final class ZoneProperties extends ElementProperties {

    private static final String NAME = "name";
    private static final String KIND = "kind";
    private static final String SUBNET = "subnet";
    private static final String DEVICES = "devices";
    /** The kinds as the combo lists them, in {@link ZoneKind}'s order. */
    private static final String[] KINDS = { Messages.paletteZone, Messages.paletteSite };

    private final Zone zone;

    public ZoneProperties(Zone zone, CommandStack stack, DiagramEditing editing) {
        super(stack, editing);
        this.zone = zone;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return new IPropertyDescriptor[] { new TextPropertyDescriptor(NAME, Messages.propName),
                new ComboBoxPropertyDescriptor(KIND, Messages.propKind, KINDS), new TextPropertyDescriptor(SUBNET, Messages.propSubnet),
                new PropertyDescriptor(DEVICES, Messages.propDevices) };
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
            case NAME -> zone.getName();
            case KIND -> zone.getKind().getValue();
            case SUBNET -> zone.getSubnet() == null ? "" : zone.getSubnet();
            case DEVICES -> String.valueOf(editing.diagram().getDevices().stream().filter(d -> d.getZone() == zone).count());
            default -> null;
        };
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (NAME.equals(id) && !String.valueOf(value).equals(zone.getName())) {
            change(Step.RENAME, () -> editing.rename(zone, String.valueOf(value)));
        } else if (KIND.equals(id) && value instanceof Integer index && index >= 0 && ZoneKind.get(index) != zone.getKind()) {
            change(Step.KIND, () -> editing.setKind(zone, ZoneKind.get(index)));
        } else if (SUBNET.equals(id) && !String.valueOf(value).strip().equals(getPropertyValue(SUBNET))) {
            change(Step.SUBNET, () -> editing.setSubnet(zone, value == null ? null : value.toString()));
        }
    }
}
