package org.opsbench.topology.ui.internal.policies;

import java.util.List;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;
import org.opsbench.topology.ui.internal.commands.Edit;
import org.opsbench.topology.ui.internal.editparts.DiagramPart;

/**
 * Creating, moving and resizing on the canvas. A device dropped with its centre inside a zone joins
 * it (and one dragged out leaves it); a zone moved moves its devices, unless they are being moved with it.
 */
public final class DiagramLayoutPolicy extends XYLayoutEditPolicy {

    /** Size of a new zone or site. */
    public static final int ZONE_WIDTH = 360;
    public static final int ZONE_HEIGHT = 240;

    private DiagramPart diagramPart() {
        return (DiagramPart) getHost();
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        Object created = request.getNewObject();
        Rectangle at = (Rectangle) getConstraintFor(request);
        DiagramEditing editing = diagramPart().editing();
        if (created instanceof DeviceTypes.DeviceType type) {
            return new Edit(Step.ADD_DEVICE.label(type.name()), () -> {
                Device device = editing.addDevice(type, org.opsbench.topology.DeviceNames.next(editing.diagram(), type), at.x, at.y);
                joinZoneAt(editing, device, at.x + device.getWidth() / 2, at.y + device.getHeight() / 2);
            });
        }
        if (created instanceof ZoneKind kind) {
            int width = at.width > 16 ? at.width : ZONE_WIDTH;
            int height = at.height > 16 ? at.height : ZONE_HEIGHT;
            return new Edit(Step.ADD_ZONE.label(), () -> editing.addZone(org.opsbench.topology.DeviceNames.nextZone(editing.diagram(), kind), kind, null, at.x, at.y, width, height));
        }
        return null;
    }

    @Override
    protected Command createChangeConstraintCommand(ChangeBoundsRequest request, EditPart child, Object constraint) {
        Rectangle bounds = (Rectangle) constraint;
        DiagramEditing editing = diagramPart().editing();
        @SuppressWarnings("unchecked")
        List<EditPart> moved = request.getEditParts();
        if (child.getModel() instanceof Device device) {
            boolean resized = bounds.width != device.getWidth() || bounds.height != device.getHeight();
            if (!resized && device.getZone() != null && moved.contains(diagramPart().partOf(device.getZone()))) {
                return new Edit(Step.MOVE.label(), () -> { // its zone takes it along
                });
            }
            return Edit.checked(getHost().getViewer().getEditDomain().getCommandStack(), (resized ? Step.RESIZE : Step.MOVE).label(),
                    () -> resized ? editing.refusesSize(device.getName(), bounds.width, bounds.height) : null, () -> {
                if (resized) {
                    editing.setBounds(device, bounds.x, bounds.y, bounds.width, bounds.height);
                } else {
                    editing.move(List.of(device), bounds.x - device.getX(), bounds.y - device.getY());
                }
                joinZoneAt(editing, device, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
            });
        }
        if (child.getModel() instanceof Zone zone) {
            boolean resized = bounds.width != zone.getWidth() || bounds.height != zone.getHeight();
            return Edit.checked(getHost().getViewer().getEditDomain().getCommandStack(), (resized ? Step.RESIZE : Step.MOVE).label(),
                    () -> resized ? editing.refusesSize(zone.getName(), bounds.width, bounds.height) : null, () -> {
                if (resized) {
                    editing.setBounds(zone, bounds.x, bounds.y, bounds.width, bounds.height);
                } else {
                    editing.moveZone(zone, bounds.x - zone.getX(), bounds.y - zone.getY());
                }
            });
        }
        return null;
    }

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        return null; // the request-aware variant above does the work
    }

    /** Puts the device into the zone under (x, y), or out of any zone. */
    public static void joinZoneAt(DiagramEditing editing, Device device, int x, int y) {
        Zone under = zoneAt(editing.diagram(), x, y);
        if (under != device.getZone()) {
            editing.putInZone(List.of(device), under);
        }
    }

    /** @return the smallest zone containing the point, or null */
    public static Zone zoneAt(Diagram diagram, int x, int y) {
        Zone found = null;
        for (Zone zone : diagram.getZones()) {
            if (x >= zone.getX() && y >= zone.getY() && x < zone.getX() + zone.getWidth() && y < zone.getY() + zone.getHeight()
                    && (found == null || zone.getWidth() * zone.getHeight() < found.getWidth() * found.getHeight())) {
                found = zone;
            }
        }
        return found;
    }
}
