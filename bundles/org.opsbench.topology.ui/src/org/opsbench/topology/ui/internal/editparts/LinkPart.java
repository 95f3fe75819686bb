package org.opsbench.topology.ui.internal.editparts;

import java.util.List;

import org.eclipse.draw2d.ConnectionEndpointLocator;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.swt.SWT;
import org.opsbench.topology.DiagramEditing.Step;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Media;
import org.opsbench.topology.ui.internal.commands.Edit;
import org.opsbench.topology.ui.internal.figures.TierColors;
import org.opsbench.topology.ui.internal.properties.LinkProperties;

/** A link: a line between two devices with the port names at both ends; fibre drawn thicker, wireless and virtual dashed. */
public final class LinkPart extends AbstractConnectionEditPart {

    private Label sourcePort;
    private Label targetPort;

    /** Ports, media or bandwidth changed (Properties view, undo): the labels and line follow. */
    private final org.eclipse.emf.common.notify.Adapter listener = new org.eclipse.emf.common.notify.impl.AdapterImpl() {
        @Override
        public void notifyChanged(org.eclipse.emf.common.notify.Notification change) {
            if (!change.isTouch()) {
                refreshVisuals();
            }
        }
    };

    public LinkPart(Link link) {
        setModel(link);
    }

    @Override
    public void activate() {
        super.activate();
        link().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        link().eAdapters().remove(listener);
        super.deactivate();
    }

    public Link link() {
        return (Link) getModel();
    }

    @Override
    protected IFigure createFigure() {
        PolylineConnection line = new PolylineConnection();
        sourcePort = portLabel(line, true);
        targetPort = portLabel(line, false);
        return line;
    }

    private Label portLabel(PolylineConnection line, boolean atSource) {
        Label label = new Label();
        label.setForegroundColor(TierColors.PORT);
        line.add(label, new PortLabelLocator(line, atSource, label));
        return label;
    }

    /** Steps along the line a port label may move away from its device, and how many. */
    private static final int STEP = 10;
    private static final int STEPS = 8;

    /**
     * Puts a port name beside the line, next to its device; when the name would cover the port name
     * of another link at the same device (links leaving one side close together), it moves further
     * along its own line until it covers none.
     */
    private final class PortLabelLocator extends ConnectionEndpointLocator {
        private final boolean atSource;
        private final Label label;

        PortLabelLocator(PolylineConnection line, boolean atSource, Label label) {
            super(line, !atSource);
            this.atSource = atSource;
            this.label = label;
            setVDistance(-2);
        }

        @Override
        public void relocate(IFigure figure) {
            for (int step = 0; step <= STEPS; step++) {
                setUDistance(6 + step * STEP);
                super.relocate(figure);
                if (!coversAnother()) {
                    return;
                }
            }
        }

        /** @return whether the label covers a port name of another link at the same device */
        private boolean coversAnother() {
            Object device = atSource ? getSource() : getTarget();
            if (!(device instanceof org.eclipse.gef.GraphicalEditPart end)) {
                return false;
            }
            List<Object> links = new java.util.ArrayList<>(end.getSourceConnections());
            links.addAll(end.getTargetConnections());
            for (Object other : links) {
                if (other != LinkPart.this && other instanceof LinkPart link) {
                    for (Label placed : link.portLabels()) {
                        if (placed != null && placed.getParent() != null && !placed.getBounds().isEmpty()
                                && placed.getBounds().intersects(label.getBounds())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionEditPolicy() {
            @Override
            protected Command getDeleteCommand(GroupRequest request) {
                return new Edit(Step.DELETE.label(), () -> ((DiagramPart) getViewer().getContents()).editing().delete(List.of(link())));
            }
        });
    }

    @Override
    protected void refreshVisuals() {
        Link link = link();
        sourcePort.setText(link.getSource().getName());
        targetPort.setText(link.getTarget().getName());
        PolylineConnection line = (PolylineConnection) getFigure();
        line.setLineWidth(link.getMedia() == Media.FIBER ? 2 : 1);
        line.setLineStyle(link.getMedia() == Media.WIRELESS || link.getMedia() == Media.VIRTUAL ? SWT.LINE_DASH : SWT.LINE_SOLID);
        String problem = Problems.of(this);
        line.setForegroundColor(problem == null ? TierColors.LINK : TierColors.PROBLEM);
        String speed = link.getBandwidthMbps() >= 1000 ? link.getBandwidthMbps() / 1000 + " Gbit/s" : link.getBandwidthMbps() + " Mbit/s";
        line.setToolTip(new Label(link.getSource().getName() + " - " + link.getTarget().getName() + "\n"
                + link.getMedia().getLiteral() + ", " + speed + (problem == null ? "" : "\n\n" + problem)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class adapter) {
        if (adapter == org.eclipse.ui.views.properties.IPropertySource.class) {
            return new LinkProperties(link(), getViewer().getEditDomain().getCommandStack(),
                    ((DiagramPart) getViewer().getContents()).editing());
        }
        return super.getAdapter(adapter);
    }

    public Label[] portLabels() {
        return new Label[] { sourcePort, targetPort };
    }

    public String[] portTexts() {
        return new String[] { sourcePort.getText(), targetPort.getText() };
    }
}
