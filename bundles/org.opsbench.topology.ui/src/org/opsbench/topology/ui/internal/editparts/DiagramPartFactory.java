package org.opsbench.topology.ui.internal.editparts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Zone;

/** One edit part per diagram, zone, device and link. */
public final class DiagramPartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        return switch (model) {
            case Diagram diagram -> new DiagramPart(diagram);
            case Zone zone -> new ZonePart(zone);
            case Device device -> new DevicePart(device);
            case Link link -> new LinkPart(link);
            default -> throw new IllegalArgumentException("No edit part for " + model);
        };
    }
}
