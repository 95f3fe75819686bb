package org.opsbench.topology.ui.internal;

import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.IWorkbenchPage;
import org.opsbench.model.Equipment;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.ui.DeviceAction;
import org.opsbench.ui.workbench.Contributions;

/** The actions plug-ins offer for the one device selected (e.g. case management's "Open Case for This Device..."). */
final class DeviceActionsMenu {

    static final String EXTENSION_POINT = "org.opsbench.topology.ui.deviceActions";

    private DeviceActionsMenu() {
    }

    static void fill(IMenuManager manager, GraphicalViewer viewer, Diagram diagram, IWorkbenchPage page) {
        List<?> selected = viewer.getSelectedEditParts();
        if (selected.size() != 1 || !(((EditPart) selected.get(0)).getModel() instanceof Device device) || diagram == null) {
            return;
        }
        Equipment equipment = device.getEquipment();
        DeviceAction.Target target = new DeviceAction.Target(((PersistentObject) diagram.getCustomer()).getPersistentId(), device.getName(),
                device.getDeviceType(), equipment instanceof PersistentObject stored && stored.isPersistent() ? stored.getPersistentId() : null,
                equipment == null ? null : equipment.getSerialNumber());
        for (Contributions.Contributed<DeviceAction> contributed : Contributions.installed(EXTENSION_POINT, "label", DeviceAction.class)) {
            if (contributed.object().appliesTo(target)) {
                manager.appendToGroup(GEFActionConstants.GROUP_REST, new Action(contributed.label()) {
                    @Override
                    public void run() {
                        contributed.object().run(page, target);
                    }
                });
            }
        }
    }
}
