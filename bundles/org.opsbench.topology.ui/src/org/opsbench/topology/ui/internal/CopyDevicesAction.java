package org.opsbench.topology.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.model.Device;

/** Copies the selected devices, with the links among them, to GEF's clipboard; Paste adds them to any open diagram. */
public final class CopyDevicesAction extends SelectionAction {

    public CopyDevicesAction(IWorkbenchPart part) {
        super(part);
        setId(ActionFactory.COPY.getId());
        setText(Messages.copyAction);
        setActionDefinitionId("org.eclipse.ui.edit.copy");
    }

    private List<Device> selectedDevices() {
        List<Device> devices = new ArrayList<>();
        for (Object selected : getSelectedObjects()) {
            if (selected instanceof EditPart part && part.getModel() instanceof Device device) {
                devices.add(device);
            }
        }
        return devices;
    }

    @Override
    protected boolean calculateEnabled() {
        return !selectedDevices().isEmpty();
    }

    @Override
    public void run() {
        Clipboard.getDefault().setContents(DiagramEditing.copy(selectedDevices()));
    }
}
