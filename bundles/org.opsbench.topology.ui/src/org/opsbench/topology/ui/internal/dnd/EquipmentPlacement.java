package org.opsbench.topology.ui.internal.dnd;

import java.util.List;

import org.eclipse.gef.commands.CommandStack;
import org.eclipse.swt.widgets.Shell;
import org.opsbench.model.Equipment;
import org.opsbench.topology.DeviceNames;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.ui.internal.EquipmentTypeDialog;
import org.opsbench.topology.ui.internal.commands.Edit;
import org.opsbench.topology.ui.internal.policies.DiagramLayoutPolicy;

/**
 * Where dropped equipment items go: one item dropped on a device links that device to it; otherwise
 * each item becomes a new device (of a type the user confirms), named after its serial number, in
 * the zone it lands in. One step to undo either way.
 */
public final class EquipmentPlacement {

    private EquipmentPlacement() {
    }

    /** Places the items (read already) at {@code x, y}; {@code grid} is the editor's snap spacing. */
    public static void place(DiagramEditing editing, CommandStack stack, Shell shell, List<Equipment> items, int x, int y, int grid) {
        Device under = null;
        for (Device device : editing.diagram().getDevices()) {
            if (x >= device.getX() && y >= device.getY() && x < device.getX() + device.getWidth() && y < device.getY() + device.getHeight()) {
                under = device;
            }
        }
        if (under != null && items.size() == 1) {
            Device linked = under;
            stack.execute(new Edit(Step.EQUIPMENT.label(), () -> editing.linkEquipment(linked, items.get(0))));
            return;
        }
        DeviceTypes.DeviceType type = EquipmentTypeDialog.ask(shell, items.get(0));
        if (type == null) {
            return;
        }
        stack.execute(new Edit(Step.ADD_DEVICE.label(type.name()), () -> {
            int offset = 0;
            for (Equipment item : items) {
                Device device = editing.addDevice(type, DeviceNames.forEquipment(editing.diagram(), item), x + offset, y + offset);
                editing.linkEquipment(device, item);
                // room for the equipment line under the name, type and address
                editing.setBounds(device, device.getX(), device.getY(), DiagramEditing.DEVICE_WIDTH + 7 * grid, DiagramEditing.DEVICE_HEIGHT + grid);
                DiagramLayoutPolicy.joinZoneAt(editing, device, device.getX() + device.getWidth() / 2, device.getY() + device.getHeight() / 2);
                offset += 2 * grid;
            }
        }));
    }
}
