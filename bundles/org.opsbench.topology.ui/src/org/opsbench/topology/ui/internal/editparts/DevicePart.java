package org.opsbench.topology.ui.internal.editparts;

import java.util.List;

import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.editpolicies.GraphicalNodeEditPolicy;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.DirectEditRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.gef.requests.ReconnectRequest;
import org.eclipse.ui.views.properties.IPropertySource;
import org.opsbench.topology.DeviceStatusProvider;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.ui.internal.commands.Edit;
import org.opsbench.topology.ui.internal.figures.DeviceFigure;
import org.opsbench.topology.ui.internal.properties.DeviceProperties;

/** A device: its figure, the links at its ports, delete, rename in place, and the start and end of a new link. */
public final class DevicePart extends ElementPart implements NodeEditPart {

    public DevicePart(Device device) {
        super(device);
    }

    public Device device() {
        return (Device) getModel();
    }

    private DiagramPart diagramPart() {
        return (DiagramPart) getParent();
    }

    @Override
    protected IFigure createFigure() {
        return new DeviceFigure();
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new ComponentEditPolicy() {
            @Override
            protected Command createDeleteCommand(GroupRequest request) {
                return new Edit(Step.DELETE.label(), () -> diagramPart().editing().delete(List.of(device())));
            }
        });
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new GraphicalNodeEditPolicy() {
            @Override
            protected Command getConnectionCreateCommand(CreateConnectionRequest request) {
                Command start = new Edit(Step.CONNECT.label(), () -> {
                });
                request.setStartCommand(start);
                return start;
            }

            @Override
            protected Command getConnectionCompleteCommand(CreateConnectionRequest request) {
                if (!(request.getSourceEditPart() instanceof DevicePart source)) {
                    return null;
                }
                DiagramEditing editing = diagramPart().editing();
                return Edit.checked(getViewer().getEditDomain().getCommandStack(), Step.CONNECT.label(), () -> editing.refusesConnecting(source.device(), device()),
                        () -> editing.connect(source.device(), device()));
            }

            @Override
            protected Command getReconnectSourceCommand(ReconnectRequest request) {
                return null;
            }

            @Override
            protected Command getReconnectTargetCommand(ReconnectRequest request) {
                return null;
            }
        });
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new DirectEditPolicy() {
            @Override
            protected Command getDirectEditCommand(DirectEditRequest request) {
                String name = String.valueOf(request.getCellEditor().getValue());
                return new Edit(Step.RENAME.label(), () -> diagramPart().editing().rename(device(), name));
            }

            @Override
            protected void showCurrentEditValue(DirectEditRequest request) {
                ((DeviceFigure) getFigure()).nameLabel().setText(String.valueOf(request.getCellEditor().getValue()));
            }
        });
    }

    /** Double-click or F2: rename in place. */
    @Override
    public void performRequest(Request request) {
        if (request.getType() == RequestConstants.REQ_DIRECT_EDIT || request.getType() == RequestConstants.REQ_OPEN) {
            new NameEditor(this, ((DeviceFigure) getFigure()).nameLabel(), device().getName()).show();
        }
    }

    @Override
    protected void refreshVisuals() {
        Device device = device();
        DeviceTypes.DeviceType type = DeviceTypes.find(device.getDeviceType());
        ((DeviceFigure) getFigure()).show(device.getName(), type == null ? device.getDeviceType() : type.name(),
                type == null ? DeviceTypes.Tier.ENDPOINT : type.tier(), device.getManagementIp(), DeviceProperties.equipment(device.getEquipment()),
                Problems.of(this));
        ((DeviceFigure) getFigure()).showStatus(statuses());
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(),
                new Rectangle(device.getX(), device.getY(), device.getWidth(), device.getHeight()));
    }

    /** @return what installed features report about the device's equipment, most urgent first */
    @SuppressWarnings("unchecked")
    private List<DeviceStatusProvider.Status> statuses() {
        Object all = getViewer().getProperty(ViewerProperties.STATUS);
        List<DeviceStatusProvider.Status> mine = all instanceof java.util.Map<?, ?> map ? (List<DeviceStatusProvider.Status>) map.get(device()) : null;
        return mine == null ? List.of() : mine;
    }

    public void refreshLinks() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    @Override
    protected List<Link> getModelSourceConnections() {
        return diagramPart().linksFrom(device());
    }

    @Override
    protected List<Link> getModelTargetConnections() {
        return diagramPart().linksTo(device());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return new ChopboxAnchor(getFigure());
    }


    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class adapter) {
        if (adapter == IPropertySource.class) {
            return new DeviceProperties(device(), getViewer().getEditDomain().getCommandStack(), diagramPart().editing());
        }
        return super.getAdapter(adapter);
    }
}
