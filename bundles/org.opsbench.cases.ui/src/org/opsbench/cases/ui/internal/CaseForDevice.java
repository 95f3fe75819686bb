package org.opsbench.cases.ui.internal;

import org.eclipse.ui.IWorkbenchPage;
import org.opsbench.topology.ui.DeviceAction;

/**
 * "Open Case for This Device..." in a network diagram's device menu (when the topology feature is
 * installed): the intake for the equipment item the device stands for.
 */
public final class CaseForDevice implements DeviceAction {

    @Override
    public boolean appliesTo(Target target) {
        return target.equipmentId() != null && target.serialNumber() != null;
    }

    @Override
    public void run(IWorkbenchPage page, Target target) {
        IntakeDialog.openCaseFor(page.getWorkbenchWindow().getShell(), page, target.serialNumber());
    }
}
