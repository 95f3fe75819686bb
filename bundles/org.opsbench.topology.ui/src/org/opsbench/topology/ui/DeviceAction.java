package org.opsbench.topology.ui;

import org.eclipse.ui.IWorkbenchPage;

/**
 * An entry a plug-in adds to a device's context menu in the network diagram editor, through the
 * {@code org.opsbench.topology.ui.deviceActions} extension point: case management's "Open Case for This
 * Device..." is one. The action gets what it needs to know about the device, not the editor's objects.
 */
public interface DeviceAction {

    /**
     * The device the menu was opened on.
     *
     * @param equipmentId  the stored equipment item the device stands for, or null
     * @param serialNumber that item's serial number, or null
     */
    record Target(long customerId, String deviceName, String deviceType, Long equipmentId, String serialNumber) {
    }

    /** @return whether the menu offers the action for this device (e.g. only for devices standing for equipment) */
    boolean appliesTo(Target target);

    /** Runs the action, on the UI thread; long work belongs in a job. */
    void run(IWorkbenchPage page, Target target);
}
