package org.opsbench.topology.ui.internal.properties;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.opsbench.model.Equipment;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.ui.internal.Messages;

/**
 * A device in the Properties view: name and management address editable (each change one undoable
 * step, a malformed address refused with the reason), type, zone, ports and the linked equipment item shown.
 */
public final class DeviceProperties extends ElementProperties {

    private static final String NAME = "name";
    private static final String TYPE = "type";
    private static final String ADDRESS = "address";
    private static final String ZONE = "zone";
    private static final String PORTS = "ports";
    private static final String EQUIPMENT = "equipment";

    private final Device device;

    public DeviceProperties(Device device, CommandStack stack, DiagramEditing editing) {
        super(stack, editing);
        this.device = device;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        return new IPropertyDescriptor[] { new TextPropertyDescriptor(NAME, Messages.propName), new PropertyDescriptor(TYPE, Messages.propType),
                new TextPropertyDescriptor(ADDRESS, Messages.propAddress), new PropertyDescriptor(ZONE, Messages.propZone),
                new PropertyDescriptor(PORTS, Messages.propPorts), new PropertyDescriptor(EQUIPMENT, Messages.propEquipment) };
    }

    @Override
    public Object getPropertyValue(Object id) {
        return switch ((String) id) {
            case NAME -> device.getName();
            case TYPE -> {
                DeviceTypes.DeviceType type = DeviceTypes.find(device.getDeviceType());
                yield type == null ? device.getDeviceType() : type.name();
            }
            case ADDRESS -> device.getManagementIp() == null ? "" : device.getManagementIp();
            case ZONE -> device.getZone() == null ? "" : device.getZone().getName();
            case PORTS -> NLS.bind(Messages.portsFree, editing.freePorts(device).size(), device.getPorts().size());
            case EQUIPMENT -> equipment(device.getEquipment());
            default -> null;
        };
    }

    public static String equipment(Equipment equipment) {
        return equipment == null ? "" : equipment.getVendor() + " " + equipment.getModel() + " \u00b7 " + equipment.getSerialNumber();
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        String text = value == null ? "" : value.toString();
        if (NAME.equals(id) && !text.equals(device.getName())) {
            change(Step.RENAME, () -> editing.rename(device, text));
        } else if (ADDRESS.equals(id) && !text.equals(getPropertyValue(ADDRESS))) {
            change(Step.ADDRESS, () -> editing.setManagementIp(device, text));
        }
    }
}
