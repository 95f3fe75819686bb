package org.opsbench.topology.ui.internal.editparts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.ConnectionLayer;
import org.eclipse.draw2d.ConnectionRouter;
import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.ManhattanConnectionRouter;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.SnapToHelper;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.TopologyPackage.Literals;
import org.opsbench.topology.ui.internal.policies.DiagramLayoutPolicy;

/** The canvas: zones behind devices, links on the connection layer, straight or at right angles. */
public final class DiagramPart extends AbstractGraphicalEditPart {

    /** Links by the device at their source and at their target, rebuilt after any change of the links. */
    private Map<Device, List<Link>> bySource;
    private Map<Device, List<Link>> byTarget;

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification change) {
            Object feature = change.getFeature();
            if (feature == Literals.DIAGRAM__ZONES || feature == Literals.DIAGRAM__DEVICES) {
                refreshChildren();
            } else if (feature == Literals.DIAGRAM__LINKS) {
                refreshLinks();
            } else if (feature == Literals.DIAGRAM__ROUTING) {
                refreshVisuals();
            }
        }
    };

    public DiagramPart(Diagram diagram) {
        setModel(diagram);
    }

    public Diagram diagram() {
        return (Diagram) getModel();
    }

    public DiagramEditing editing() {
        return (DiagramEditing) getViewer().getProperty(ViewerProperties.EDITING);
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(24));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new DiagramLayoutPolicy());
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
    }

    /** Zones first, so that they are drawn behind the devices. */
    @Override
    protected List<Object> getModelChildren() {
        List<Object> children = new ArrayList<>(diagram().getZones());
        children.addAll(diagram().getDevices());
        return children;
    }

    @Override
    protected void refreshVisuals() {
        ConnectionLayer links = (ConnectionLayer) getLayer(LayerConstants.CONNECTION_LAYER);
        links.setConnectionRouter(diagram().getRouting() == Routing.ORTHOGONAL ? new ManhattanConnectionRouter() : ConnectionRouter.NULL);
    }

    public List<Link> linksFrom(Device device) {
        indexLinks();
        return bySource.getOrDefault(device, List.of());
    }

    public List<Link> linksTo(Device device) {
        indexLinks();
        return byTarget.getOrDefault(device, List.of());
    }

    private void indexLinks() {
        if (bySource == null) {
            bySource = new HashMap<>();
            byTarget = new HashMap<>();
            for (Link link : diagram().getLinks()) {
                bySource.computeIfAbsent((Device) link.getSource().eContainer(), d -> new ArrayList<>()).add(link);
                byTarget.computeIfAbsent((Device) link.getTarget().eContainer(), d -> new ArrayList<>()).add(link);
            }
        }
    }

    private void refreshLinks() {
        bySource = null;
        for (Object child : getChildren()) {
            if (child instanceof DevicePart device) {
                device.refreshLinks();
            }
        }
    }

    @Override
    public void activate() {
        super.activate();
        diagram().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        diagram().eAdapters().remove(listener);
        super.deactivate();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class adapter) {
        if (adapter == SnapToHelper.class) {
            return new SnapToGrid(this);
        }
        return super.getAdapter(adapter);
    }

    /** @return the part showing a model object, or null */
    public EditPart partOf(Object model) {
        return (EditPart) getViewer().getEditPartRegistry().get(model);
    }
}
