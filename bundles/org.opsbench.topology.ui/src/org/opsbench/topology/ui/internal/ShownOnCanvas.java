package org.opsbench.topology.ui.internal;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.GraphicalViewer;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.ui.internal.editparts.DevicePart;
import org.opsbench.topology.ui.internal.editparts.LinkPart;
import org.opsbench.topology.ui.internal.figures.DeviceFigure;
import org.opsbench.topology.ui.internal.figures.TierColors;
import org.opsbench.topology.ui.internal.figures.ZoneFigure;

/** What the canvas shows of a diagram's elements, read from their figures on the UI thread (for the workbench tests). */
public final class ShownOnCanvas {

    private final GraphicalViewer viewer;

    public ShownOnCanvas(GraphicalViewer viewer) {
        this.viewer = viewer;
    }

    /** @return the badge a device shows, or null */
    public String badgeOf(Device device) {
        return viewer.getEditPartRegistry().get(device) instanceof DevicePart part ? ((DeviceFigure) part.getFigure()).badge() : null;
    }

    /** @return the equipment line a device shows (vendor, model, serial number), or null when it stands for no equipment */
    public String equipmentShown(Device device) {
        return viewer.getEditPartRegistry().get(device) instanceof DevicePart part ? ((DeviceFigure) part.getFigure()).equipmentText() : null;
    }

    /** @return the port names a link's figure shows at its source and target ends */
    public String[] portLabels(Link link) {
        return ((LinkPart) viewer.getEditPartRegistry().get(link)).portTexts();
    }

    /** @return where a link's port names are drawn, at its source and target ends (empty before they are laid out) */
    public org.eclipse.draw2d.geometry.Rectangle[] portLabelBounds(Link link) {
        return java.util.Arrays.stream(((LinkPart) viewer.getEditPartRegistry().get(link)).portLabels())
                .map(label -> label.getBounds().getCopy()).toArray(org.eclipse.draw2d.geometry.Rectangle[]::new);
    }

    /** @return whether the element's figure is marked as having a problem */
    public boolean isMarked(EObject element) {
        IFigure figure = viewer.getEditPartRegistry().get(element) instanceof GraphicalEditPart part ? part.getFigure() : null;
        return figure instanceof DeviceFigure device ? device.marked()
                : figure instanceof ZoneFigure zone ? zone.marked()
                : figure != null && figure.getForegroundColor() == TierColors.PROBLEM;
    }
}
