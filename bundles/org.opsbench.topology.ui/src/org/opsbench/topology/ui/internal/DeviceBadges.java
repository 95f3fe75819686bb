package org.opsbench.topology.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.opsbench.persistence.Directory;
import org.opsbench.topology.DeviceStatusProvider;
import org.opsbench.topology.DeviceStatuses;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.ui.internal.editparts.ViewerProperties;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The badges on devices: what the installed features know about the devices' equipment (case
 * management: the open cases), asked for in a job and shown on the canvas.
 */
final class DeviceBadges {

    private DeviceBadges() {
    }

    /**
     * Reads the statuses of {@code diagram}'s equipment in a job and shows them, if {@code shown} still
     * gives the same diagram then. The diagram is read here, on the UI thread; the job reads only the
     * database.
     */
    static void read(GraphicalViewer viewer, Diagram diagram, Supplier<Diagram> shown) {
        Map<Long, List<Device>> byEquipment = DeviceStatuses.equipmentOf(diagram);
        if (byEquipment.isEmpty()) {
            return;
        }
        String login = ServiceDesk.user().getLogin();
        Job job = Job.create(NLS.bind(Messages.statusJob, diagram.getName()), (IProgressMonitor monitor) -> {
            Long scope = Directory.customerOf(ServiceDesk.database(), login);
            Map<Long, List<DeviceStatusProvider.Status>> found = DeviceStatuses.ofEquipment(ServiceDesk.database(), byEquipment.keySet(), scope);
            Display.getDefault().asyncExec(() -> {
                if (shown.get() == diagram && !viewer.getControl().isDisposed()) {
                    Map<Device, List<DeviceStatusProvider.Status>> byDevice = new HashMap<>();
                    found.forEach((equipmentId, statuses) -> byEquipment.get(equipmentId).forEach(device -> byDevice.put(device, statuses)));
                    show(viewer, byDevice);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Refreshes the devices whose badge changes: those with a status now, and those that had one. */
    private static void show(GraphicalViewer viewer, Map<Device, List<DeviceStatusProvider.Status>> byDevice) {
        Object before = viewer.getProperty(ViewerProperties.STATUS);
        viewer.setProperty(ViewerProperties.STATUS, byDevice);
        Set<Device> changed = new HashSet<>(byDevice.keySet());
        if (before instanceof Map<?, ?> old) {
            old.keySet().forEach(device -> changed.add((Device) device));
        }
        for (Device device : changed) {
            if (viewer.getEditPartRegistry().get(device) instanceof EditPart part) {
                part.refresh();
            }
        }
    }
}
