package org.opsbench.topology.ui.internal.editparts;

import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;
import org.opsbench.topology.ui.internal.commands.Edit;
import org.opsbench.topology.ui.internal.figures.ZoneFigure;

/** A zone or site container; deleting it leaves its devices on the canvas, outside any zone. */
public final class ZonePart extends ElementPart {

    public ZonePart(Zone zone) {
        super(zone);
    }

    public Zone zone() {
        return (Zone) getModel();
    }

    @Override
    protected IFigure createFigure() {
        return new ZoneFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ComponentEditPolicy() {
            @Override
            protected Command createDeleteCommand(GroupRequest request) {
                return new Edit(Step.DELETE.label(), () -> ((DiagramPart) getParent()).editing().delete(List.of(zone())));
            }
        });
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new org.eclipse.gef.editpolicies.DirectEditPolicy() {
            @Override
            protected Command getDirectEditCommand(org.eclipse.gef.requests.DirectEditRequest request) {
                String name = String.valueOf(request.getCellEditor().getValue());
                return new Edit(Step.RENAME.label(), () -> ((DiagramPart) getParent()).editing().rename(zone(), name));
            }

            @Override
            protected void showCurrentEditValue(org.eclipse.gef.requests.DirectEditRequest request) {
                ((ZoneFigure) getFigure()).titleLabel().setText(String.valueOf(request.getCellEditor().getValue()));
            }
        });
    }

    /** Double-click or F2: rename in place. */
    @Override
    public void performRequest(org.eclipse.gef.Request request) {
        if (request.getType() == org.eclipse.gef.RequestConstants.REQ_DIRECT_EDIT || request.getType() == org.eclipse.gef.RequestConstants.REQ_OPEN) {
            new NameEditor(this, ((ZoneFigure) getFigure()).titleLabel(), zone().getName()).show();
        }
    }

    @Override
    protected void refreshVisuals() {
        Zone zone = zone();
        ((ZoneFigure) getFigure()).show(zone.getName(), zone.getSubnet(), zone.getKind() == ZoneKind.SITE, Problems.of(this));
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                new Rectangle(zone.getX(), zone.getY(), zone.getWidth(), zone.getHeight()));
    }

    /** The Properties view shows and edits the zone's name, kind and subnet. */
    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class adapter) {
        if (adapter == org.eclipse.ui.views.properties.IPropertySource.class) {
            return new org.opsbench.topology.ui.internal.properties.ZoneProperties(zone(), getViewer().getEditDomain().getCommandStack(),
                    ((DiagramPart) getParent()).editing());
        }
        return super.getAdapter(adapter);
    }
}
